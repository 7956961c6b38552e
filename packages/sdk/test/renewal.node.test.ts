// Renewal in the SDK (issue 21 point 2): the program's renewal settings and their defaults, the
// dates of a cycle, and evaluateRenewal's live checklist (hours by category, the Mentor exception,
// the first year exempt, attestations, membership, the late fee).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  defineProgram,
  evaluateRenewal,
  isConfigError,
  nextRenewalCycle,
  programs,
  renewalCycle,
  renewalPhase,
  renewalSchema,
  renewalSettings,
  validateRenewal,
  type RenewalCycle,
} from '@endorsement-kit/sdk';
import { renewalEn } from '../src/i18n/en/renewal.js';
import { renewalEs } from '../src/i18n/es/renewal.js';

const alliance = programs.alliance;
// South Carolina's calendar (journey.md §2.2): due 31 January, late until 28 February, fees.
const carolina = defineProgram({
  id: 'sc-aimh',
  name: 'SC AIMH',
  offers: { 'IMH-E': ['IFS', 'IMHS', 'IMHM-C'] },
  renewal: {
    windowOpens: '11-01',
    due: '01-31',
    lateUntil: '02-28',
    fees: { renewal: 25, late: 25, inactive: 25, reinstatement: 50 },
    inactive: { maxMonths: 12 },
  },
});

const signature = { accepted: true, signedName: 'Ana Ruiz', signedOn: '2026-11-01' };
const training = (hours: number, date: string, topics: string[] = ['iecmh']) => ({
  title: 'Course',
  provider: 'AIMH',
  date,
  hours,
  topics,
});
const rsc = (hours: number, start: string, end: string) => ({
  provider: { name: 'Lee Park', endorsement: 'IMHM-C' },
  format: 'individual',
  modality: 'virtual',
  start,
  end,
  hours,
});
const complete = {
  training: [training(14, '2026-02-10'), training(1, '2026-03-01', ['dei']), training(3, '2026-04-01', ['rsc-provision'])],
  rscReceived: [rsc(12, '2026-01-10', '2026-09-30')],
  providesRsc: true,
  membership: { association: 'The Alliance', expiresOn: '2027-06-30' },
  attestations: { codeOfEthics: signature, noSanction: signature },
};

test('the defaults: a yearly cycle, window 1 October, due 31 December, 15/1/3 hours, 12 RSC by category, both attestations, reminders 30, 7, 1', () => {
  const settings = renewalSettings(alliance);
  assert.equal(alliance.renewal, undefined, 'the built program carries nothing it did not configure');
  assert.equal(settings.cycleYears, 1);
  assert.equal(settings.windowOpens, '10-01');
  assert.equal(settings.due, '12-31');
  assert.equal(settings.lateUntil, null);
  assert.deepEqual(settings.reminderDays, [30, 7, 1]);
  assert.deepEqual(settings.attestations, ['code-of-ethics', 'no-sanction']);
  assert.deepEqual(settings.inactive, { maxMonths: 24 });
  assert.deepEqual(settings.reinstatement, { withinMonths: null, ratings: 3 });
  const hours = settings.hours as { training: number; dei: number; rscProvision: number; rscReceived: Record<string, number> };
  assert.deepEqual([hours.training, hours.dei, hours.rscProvision], [15, 1, 3]);
  assert.equal(hours.rscReceived['IMHS'], 12);
  assert.equal(hours.rscReceived['IFA'], undefined, 'IFA needs no RSC received');
});

test('a configuration is checked: a day that is not in every year, a cycle of 0 years and an unknown key are refused', () => {
  const base = { id: 'x', name: 'X', offers: { 'IMH-E': ['IFS' as const] } };
  for (const renewal of [{ due: '02-29' }, { due: '13-01' }, { cycleYears: 0 }, { reminderDays: [0] }, { dueDate: '12-31' }]) {
    assert.throws(
      () => defineProgram({ ...base, renewal } as never),
      (error: unknown) => isConfigError(error) && /renewal/.test(error.message),
      JSON.stringify(renewal),
    );
  }
  const dated = defineProgram({
    ...base,
    renewal: {
      hours: [
        { from: '2000-01-01', value: { training: 15, dei: 0, rscProvision: 3, rscReceived: {}, reduced: null } },
        { from: '2027-01-01', value: { training: 15, dei: 1, rscProvision: 3, rscReceived: {}, reduced: null } },
      ],
    },
  });
  const cycle2026 = nextRenewalCycle(dated, '2025-12-31');
  const cycle2027 = nextRenewalCycle(dated, '2026-12-31');
  const ids = (cycle: RenewalCycle) =>
    evaluateRenewal(dated, {}, { category: 'IFS', endorsedOn: '2020-01-01', cycle, asOf: cycle.dueOn }).checks.map((c) => c.id);
  assert.ok(!ids(cycle2026).includes('training-dei'), 'the DEI hour took effect in 2027: the rules of the due date apply');
  assert.ok(ids(cycle2027).includes('training-dei'));
});

test('the dates of a cycle: endorsed before the window, due that year; after the window opened, the next year; after a renewal, a cycle later', () => {
  assert.deepEqual(renewalCycle(alliance, { endorsedOn: '2026-03-02' }), {
    periodStart: '2026-03-02',
    windowOpensOn: '2026-10-01',
    dueOn: '2026-12-31',
    lateUntil: null,
    removalOn: '2027-01-01',
    firstRenewal: true,
  });
  assert.equal(renewalCycle(alliance, { endorsedOn: '2026-10-01' }).dueOn, '2027-12-31');
  const imported = renewalCycle(alliance, { endorsedOn: '2015-06-01', lastRenewedOn: '2025-11-20' });
  assert.deepEqual([imported.periodStart, imported.dueOn, imported.firstRenewal], ['2026-01-01', '2026-12-31', false]);
  // A renewal sent late (in January) covers the cycle that was due in December.
  assert.equal(renewalCycle(carolina, { endorsedOn: '2015-06-01', lastRenewedOn: '2026-02-10' }).dueOn, '2027-01-31');
  assert.deepEqual(nextRenewalCycle(carolina, '2027-01-31'), {
    periodStart: '2027-02-01',
    windowOpensOn: '2027-11-01',
    dueOn: '2028-01-31',
    lateUntil: '2028-02-28',
    removalOn: '2028-02-29',
    firstRenewal: false,
  });
  const pennsylvania = defineProgram({ id: 'pa', name: 'PA-AIMH', offers: { 'IMH-E': ['IFS'] }, renewal: { cycleYears: 3 } });
  assert.equal(renewalCycle(pennsylvania, { endorsedOn: '2025-02-01' }).dueOn, '2027-12-31');
  assert.equal(nextRenewalCycle(pennsylvania, '2027-12-31').dueOn, '2030-12-31');
  const cycle = nextRenewalCycle(carolina, '2027-01-31');
  assert.deepEqual(
    ['2027-10-31', '2027-11-01', '2028-01-31', '2028-02-01', '2028-02-28', '2028-02-29'].map((day) => renewalPhase(cycle, day)),
    ['not-open', 'open', 'open', 'late', 'late', 'removed'],
  );
  assert.throws(() => renewalCycle(alliance, { endorsedOn: '1 March 2026' }), TypeError);
});

test('a complete renewal meets every check; each missing piece says what is missing, in English and Spanish', () => {
  const cycle = renewalCycle(alliance, { endorsedOn: '2015-06-01', lastRenewedOn: '2025-11-20' });
  const options = { category: 'IMHS', endorsedOn: '2015-06-01', cycle, asOf: '2026-11-15' } as const;
  const result = evaluateRenewal(alliance, complete, options);
  assert.equal(result.met, true, JSON.stringify(result.checks.filter((c) => !c.met)));
  assert.deepEqual(
    result.checks.map((c) => c.id),
    [
      'training-hours',
      'training-dei',
      'training-rsc-provision',
      'rsc-hours',
      'membership',
      'attestation-code-of-ethics',
      'attestation-no-sanction',
    ],
  );
  assert.equal(result.phase, 'open');
  assert.equal(result.exempt, false);

  const empty = evaluateRenewal(alliance, { providesRsc: true }, options);
  assert.equal(empty.met, false);
  assert.deepEqual(
    empty.checks.map((c) => [c.id, c.met, c.have ?? null, c.need ?? null]),
    [
      ['training-hours', false, 0, 15],
      ['training-dei', false, 0, 1],
      ['training-rsc-provision', false, 0, 3],
      ['rsc-hours', false, 0, 12],
      ['membership', false, null, null],
      ['attestation-code-of-ethics', false, null, null],
      ['attestation-no-sanction', false, null, null],
    ],
  );
  assert.equal(empty.checks[0]!.detail, '15 more hours of relationship-based training since January 1, 2026 (of 15).');
  const spanish = evaluateRenewal(alliance, { providesRsc: true }, { ...options, locale: 'es' });
  assert.equal(spanish.checks[0]!.detail, 'Faltan 15 horas de capacitación basada en relaciones desde el 1 de enero de 2026 (de 15).');
  assert.equal(spanish.checks[6]!.detail, 'Declare que ninguna junta de licencias le ha sancionado.');

  // Hours before the period (the last cycle's), after asOf, or an expired membership do not count.
  const outside = {
    ...complete,
    training: [training(15, '2025-12-20'), training(1, '2026-12-01', ['dei'])],
    membership: { association: 'The Alliance', expiresOn: '2026-11-14' },
  };
  const missing = evaluateRenewal(alliance, outside, options)
    .checks.filter((c) => !c.met)
    .map((c) => c.id);
  assert.deepEqual(missing, ['training-hours', 'training-dei', 'training-rsc-provision', 'membership']);
  // Not providing RSC: no RSC-provision hours asked.
  const notProviding = evaluateRenewal(alliance, { ...complete, providesRsc: false, training: complete.training.slice(0, 2) }, options);
  assert.equal(notProviding.met, true);
  assert.ok(!notProviding.checks.some((c) => c.id === 'training-rsc-provision'));
  // Never throws on junk.
  for (const junk of [null, 3, 'x', [], { training: 'x', rscReceived: [null, { hours: -1 }], attestations: 5 }]) {
    assert.equal(evaluateRenewal(alliance, junk, options).met, false);
  }
});

test('RSC received by category, and the Mentor exception after three years endorsed', () => {
  const cycle = renewalCycle(alliance, { endorsedOn: '2015-06-01', lastRenewedOn: '2025-11-20' });
  const rscNeed = (category: 'IFA' | 'IFS' | 'IMHM-C', endorsedOn: string) =>
    evaluateRenewal(alliance, {}, { category, endorsedOn, cycle, asOf: '2026-11-01' }).checks.find((c) => c.id === 'rsc-hours')?.need;
  assert.equal(rscNeed('IFA', '2015-06-01'), undefined);
  assert.equal(rscNeed('IFS', '2015-06-01'), 12);
  assert.equal(rscNeed('IMHM-C', '2024-06-01'), 12, 'a Mentor endorsed under three years before the due date');
  assert.equal(rscNeed('IMHM-C', '2023-06-01'), 10, 'three years and more: 10');
  const ten = { ...complete, rscReceived: [rsc(10, '2026-01-10', '2026-09-30')] };
  assert.equal(evaluateRenewal(alliance, ten, { category: 'IMHM-C', endorsedOn: '2015-06-01', cycle, asOf: '2026-11-01' }).met, true);
});

test('the first renewal is exempt from hours; the late fee is added after the due date; a 3-year cycle asks three years of hours', () => {
  const first = renewalCycle(carolina, { endorsedOn: '2026-03-02' });
  const exempt = evaluateRenewal(carolina, {}, { category: 'IMHS', endorsedOn: '2026-03-02', cycle: first, asOf: '2026-12-01' });
  assert.equal(exempt.exempt, true);
  assert.deepEqual(
    exempt.checks.map((c) => c.id),
    ['membership', 'attestation-code-of-ethics', 'attestation-no-sanction'],
  );
  assert.match(exempt.note ?? '', /No hours are due for your first renewal/);
  // The older `renewal.fees` (whole dollars), read as cents since the program's schedule has no renewal fees.
  assert.deepEqual([exempt.fees.renewal, exempt.fees.late, exempt.fees.total, exempt.fees.currency], [2500, 0, 2500, 'USD']);
  const late = evaluateRenewal(carolina, {}, { category: 'IMHS', endorsedOn: '2026-03-02', cycle: first, asOf: '2027-02-10' });
  assert.equal(late.phase, 'late');
  assert.deepEqual([late.fees.renewal, late.fees.late, late.fees.total], [2500, 2500, 5000]);
  const strict = defineProgram({ id: 'y', name: 'Y', offers: { 'IMH-E': ['IFS'] }, renewal: { firstYearExempt: false, cycleYears: 3 } });
  const cycle = renewalCycle(strict, { endorsedOn: '2025-02-01' });
  const need = evaluateRenewal(strict, {}, { category: 'IFS', endorsedOn: '2025-02-01', cycle, asOf: '2027-01-01' }).checks[0]!;
  assert.deepEqual([need.id, need.need], ['training-hours', 45]);
});

test('the renewal payload schema takes the application entries and the two attestations', () => {
  assert.equal(renewalSchema.safeParse(complete).success, true);
  assert.equal(renewalSchema.safeParse({ ...complete, extra: 1 }).success, false);
  assert.equal(
    renewalSchema.safeParse({ ...complete, attestations: { noSanction: { accepted: false, signedName: 'A', signedOn: '2026-01-01' } } })
      .success,
    false,
  );
});

test('Spanish has every renewal message of English, with the same placeholders', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  assert.deepEqual(Object.keys(renewalEs).sort(), Object.keys(renewalEn).sort());
  for (const [key, text] of Object.entries(renewalEn)) assert.deepEqual(placeholders(renewalEs[key]!), placeholders(text), key);
});

test('validateRenewal words a renewal’s shape problems as the application does', () => {
  assert.equal(validateRenewal(alliance, complete, { asOf: '2026-11-15' }).ok, true);
  const result = validateRenewal(
    alliance,
    { ...complete, training: [{ ...training(3, '2027-01-01'), title: '' }], rscReceived: [rsc(2, '2026-05-01', '2026-04-01')] },
    { asOf: '2026-11-15', locale: 'es' },
  );
  assert.equal(result.ok, false);
  if (!result.ok)
    assert.deepEqual(
      result.issues.map((i) => i.path.join('.')),
      ['training.0.title', 'rscReceived.0.end', 'training.0.date'],
    );
});

test('one hour is said in the singular, in English and Spanish: "1 more hour", not "1 more hours"; other counts stay plural', () => {
  const cycle = renewalCycle(alliance, { endorsedOn: '2015-06-01', lastRenewedOn: '2025-11-20' });
  const options = { category: 'IMHS', endorsedOn: '2015-06-01', cycle, asOf: '2026-11-15' } as const;
  // 14 of 15 training hours, none on DEI (1 needed), 11 of 12 RSC hours, 1 hour on providing RSC.
  const draft = {
    ...complete,
    training: [training(13, '2026-02-10'), training(1, '2026-04-01', ['rsc-provision'])],
    rscReceived: [rsc(11, '2026-01-10', '2026-09-30')],
  };
  const details = (locale: 'en' | 'es') =>
    Object.fromEntries(evaluateRenewal(alliance, draft, { ...options, locale }).checks.map((c) => [c.id, c.detail]));
  const en = details('en');
  assert.equal(en['training-hours'], '1 more hour of relationship-based training since January 1, 2026 (of 15).');
  assert.equal(en['training-dei'], '1 more hour of training on diversity, equity and inclusion (of 1).');
  assert.equal(en['training-rsc-provision'], '2 more hours of training on providing reflective supervision, as you provide it (of 3).');
  assert.equal(en['rsc-hours'], '1 more hour of reflective supervision/consultation received since January 1, 2026 (of 12).');
  const es = details('es');
  assert.equal(es['training-hours'], 'Falta 1 hora de capacitación basada en relaciones desde el 1 de enero de 2026 (de 15).');
  assert.equal(es['training-dei'], 'Falta 1 hora de capacitación en diversidad, equidad e inclusión (de 1).');
  assert.equal(
    es['training-rsc-provision'],
    'Faltan 2 horas de capacitación sobre cómo brindar supervisión reflexiva, ya que usted la brinda (de 3).',
  );
  // Met with exactly one hour: "1 hour", and 1.5 stays plural.
  const one = defineProgram({
    id: 'one-hour',
    name: 'One',
    offers: { 'IMH-E': ['IMHS'] },
    renewal: {
      hours: [{ from: '2000-01-01', value: { training: 1, dei: 0, rscProvision: 0, rscReceived: { IMHS: 1.5 }, reduced: null } }],
    },
  });
  const met = evaluateRenewal(
    one,
    { ...draft, training: [training(1, '2026-02-10')], rscReceived: [rsc(1.5, '2026-01-10', '2026-09-30')] },
    options,
  ).checks;
  assert.equal(met.find((c) => c.id === 'training-hours')!.detail, '1 hour of relationship-based training since January 1, 2026.');
  assert.equal(
    met.find((c) => c.id === 'rsc-hours')!.detail,
    '1.5 hours of reflective supervision/consultation received since January 1, 2026.',
  );
});
