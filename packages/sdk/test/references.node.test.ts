// Reference ratings in the SDK: the program's settings and their defaults, the rules that judge a
// rater's form (counted, flags, missing answers), the slots, and evaluateRequirements with ratings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  defineProgram,
  DEFAULT_REFERENCE_SLOTS,
  PLACEHOLDER_RATING_FORM,
  evaluateRating,
  evaluateRequirements,
  fillSlots,
  isConfigError,
  missingRatingAnswers,
  programs,
  rateReferences,
  ratingsStillNeeded,
  trackReferenceRatings,
  referenceSettings,
  raterAnswersSchema,
  referenceRequestInputSchema,
  resolveRatingForm,
  type OpenReferenceSlot,
  type RaterAnswers,
  type RatingSummary,
  type ReferenceRequestView,
} from '@endorsement-kit/sdk';
import { meetsAll } from './fixtures/applications.js';
import { ratingChecksEn } from '../src/i18n/en/rating-checks.js';
import { ratingChecksEs } from '../src/i18n/es/rating-checks.js';

const program = programs.alliance;
const form = resolveRatingForm(program, 'IFS', { asOf: '2026-03-01', locale: 'en' });
const items = form.domains.flatMap((domain) => domain.items.map((item) => item.id));

function answers(overrides: Partial<RaterAnswers> = {}): RaterAnswers {
  return {
    relationship: 'supervisor',
    current: true,
    knownMonths: 30,
    capacity: 'Her clinical supervisor',
    endorsement: 'IMHM-C',
    title: 'Clinical Director',
    organization: 'Bright Start',
    servesAgeBand: true,
    ratings: Object.fromEntries(items.map((id) => [id, 3])),
    comments: { reflection: 'Thoughtful.' },
    recommendation: 'recommend',
    signature: { signedName: 'Lee Park', signedOn: '2026-03-04' },
    ...overrides,
  };
}

const nei = (count: number) => Object.fromEntries(items.map((id, i) => [id, i < count ? ('nei' as const) : 4]));

test('defaults: 6 NEI, 12 months, reminders 7/14/28, 60-day links, 48 h resend, 8 requests, EASy order, never released', () => {
  const r = referenceSettings(program);
  assert.equal(r.invalidAtNotEnoughInformation, 6);
  assert.equal(r.minKnownMonths, 12);
  assert.equal(r.validForMonths, undefined);
  assert.deepEqual(r.reminderDays, [7, 14, 28]);
  assert.equal(r.linkDays, 60);
  assert.equal(r.resendHours, 48);
  assert.equal(r.maxRequests, 8);
  assert.equal(r.submitBeforeRatings, false);
  assert.equal(r.unwaivedRelease, 'never');
  assert.equal(r.form, undefined, 'no form of its own: the placeholder applies');
  assert.deepEqual(
    fillSlots(program, 'IMHS', []).map((fill) => fill.slot.id),
    ['supervisor', 'rsc-provider', 'endorsed'],
  );
  assert.deepEqual(
    fillSlots(program, 'ECMHS', []).map((fill) => fill.slot),
    DEFAULT_REFERENCE_SLOTS.IMHS,
    'the twin shares its slots',
  );
});

test('the kit form is a marked placeholder, in English and Spanish, with three domains and three recommendations', () => {
  assert.equal(form.placeholder, true);
  assert.deepEqual(
    form.domains.map((d) => d.label),
    ['Reflection', 'Working with Others', 'Thinking'],
  );
  assert.ok(form.domains.every((d) => d.items.every((item) => item.text.includes('PLACEHOLDER'))));
  const es = resolveRatingForm(program, 'IFS', { locale: 'es' });
  assert.deepEqual(
    es.domains.map((d) => d.label),
    ['Reflexión', 'Trabajo con otros', 'Pensamiento'],
  );
  assert.ok(es.domains[0]!.items[0]!.text.includes('TEXTO DE EJEMPLO'));
  assert.deepEqual(
    form.recommendations.map((o) => [o.value, o.flagged]),
    [
      ['recommend', false],
      ['recommend-with-reservations', true],
      ['do-not-recommend', true],
    ],
  );
  assert.equal(form.asksRscProvider, false);
  assert.equal(resolveRatingForm(program, 'ECFRS').asksRscProvider, true);
});

test('settings are dated: the form and thresholds in force on the day are used', () => {
  const custom = defineProgram({
    id: 'dated',
    name: 'Dated AIMH',
    offers: { 'IMH-E': ['IFS'] },
    references: {
      invalidAtNotEnoughInformation: [
        { from: '2000-01-01', value: 6 },
        { from: '2026-01-01', value: 3 },
      ],
      minKnownMonths: 24,
      validForMonths: 12,
      reminderDays: [10, 3],
      form: [
        {
          from: '2000-01-01',
          value: {
            domains: [{ id: 'old', label: 'Old', items: [{ id: 'o1', text: 'Old item' }] }],
            scale: [
              { value: 1, label: 'No' },
              { value: 2, label: 'Yes' },
            ],
            notEnoughInformation: 'No idea',
            recommendations: [{ value: 'yes', label: 'Yes', flagged: false }],
          },
        },
        { from: '2026-01-01', value: { ...structuredClone(PLACEHOLDER_RATING_FORM), placeholder: false } as never },
      ],
    },
  });
  assert.deepEqual(referenceSettings(custom).reminderDays, [3, 10], 'sorted');
  const old = resolveRatingForm(custom, 'IFS', { asOf: '2025-06-01' });
  assert.equal(old.domains[0]!.label, 'Old');
  assert.equal(old.placeholder, false, 'a pasted form is the association’s own');
  assert.equal(old.invalidAtNotEnoughInformation, 6);
  assert.equal(resolveRatingForm(custom, 'IFS', { asOf: '2026-06-01' }).invalidAtNotEnoughInformation, 3);

  const three = { ...answers(), ratings: nei(3), signature: { signedName: 'L', signedOn: '2026-02-01' } };
  assert.equal(evaluateRating(custom, three, { asOf: '2026-03-01' }).counted, false, '3 NEI count against the 2026 threshold');
  const stale = evaluateRating(custom, answers({ ratings: nei(0), knownMonths: 13 }), { asOf: '2027-03-05', completedOn: '2026-03-04' });
  assert.deepEqual(stale.flags, ['stale', 'known-briefly']);
  assert.equal(stale.counted, false);
  assert.equal(evaluateRating(custom, answers({ ratings: nei(0) }), { asOf: '2027-03-03', completedOn: '2026-03-04' }).counted, true);
});

test('a bad references block is a ConfigError naming the path', () => {
  assert.throws(
    () => defineProgram({ id: 'x', name: 'X', offers: { 'IMH-E': ['IFA'] }, references: { linkDays: 0 } }),
    (e) => isConfigError(e) && String(e.message).includes('references.linkDays'),
  );
  assert.throws(
    () => defineProgram({ id: 'x', name: 'X', offers: { 'IMH-E': ['IFA'] }, references: { unwaivedRelease: 'always' as never } }),
    isConfigError,
  );
});

test('evaluateRating: 6 "not enough information" answers and the form does not count; 5 and it does', () => {
  const six = evaluateRating(program, answers({ ratings: nei(6) }), { asOf: '2026-03-05' });
  assert.deepEqual(six, { counted: false, notEnoughInformation: 6, flags: ['not-enough-information'] });
  const five = evaluateRating(program, answers({ ratings: nei(5) }), { asOf: '2026-03-05' });
  assert.deepEqual(five, { counted: true, notEnoughInformation: 5, flags: [] });
});

test('evaluateRating flags, without refusing, a rater known under 12 months and a flagged recommendation', () => {
  const flagged = evaluateRating(program, answers({ knownMonths: 11, recommendation: 'do-not-recommend' }), { asOf: '2026-03-05' });
  assert.deepEqual(flagged, { counted: true, notEnoughInformation: 0, flags: ['known-briefly', 'recommendation'] });
  assert.deepEqual(evaluateRating(program, answers({ knownMonths: 12 }), { asOf: '2026-03-05' }).flags, []);
  assert.deepEqual(evaluateRating(program, answers({ recommendation: 'recommend-with-reservations' })).flags, ['recommendation']);
  assert.deepEqual(
    evaluateRating(program, answers(), { asOf: '2040-01-01' }).flags,
    [],
    'no staleness unless the program sets validForMonths',
  );
});

test('missingRatingAnswers lists each missing answer with a path, in form order, in the rater’s language', () => {
  assert.deepEqual(missingRatingAnswers(program, answers(), { code: 'IFS' }), []);
  const partial = { relationship: 'colleague' as const, ratings: { [items[0]!]: 'nei' as const, [items[1]!]: 9 } };
  const issues = missingRatingAnswers(program, partial, { code: 'IMHM-C', locale: 'en' });
  assert.deepEqual(
    issues.slice(0, 8).map((i) => i.path.join('.')),
    ['current', 'knownMonths', 'capacity', 'endorsement', 'title', 'organization', 'servesAgeBand', 'knowsAsRscProvider'],
  );
  const bad = issues.find((i) => i.path[1] === items[1]);
  assert.equal(bad?.code, 'invalid_option');
  assert.ok(!issues.some((i) => i.path[1] === items[0]), 'NEI is an answer');
  assert.equal(issues.filter((i) => i.path[0] === 'ratings').length, items.length - 1);
  assert.deepEqual(
    issues.slice(-3).map((i) => i.path.join('.')),
    ['recommendation', 'signature.signedName', 'signature.signedOn'],
  );
  assert.match(issues.find((i) => i.path[0] === 'servesAgeBand')!.message, /prenatal|36/);
  const es = missingRatingAnswers(program, {}, { code: 'IFS', locale: 'es' });
  assert.equal(es[0]!.message, 'Seleccione cómo conoce al/a la solicitante');
  assert.ok(!es.some((i) => i.path[0] === 'knowsAsRscProvider'), 'IFS raters are not asked about RSC provision');
});

test('the wire schemas accept a complete form and refuse unknown keys and huge text', () => {
  assert.equal(raterAnswersSchema.safeParse(answers()).success, true);
  assert.equal(raterAnswersSchema.safeParse({ ...answers(), extra: 1 }).success, false);
  assert.equal(
    referenceRequestInputSchema.safeParse({
      name: 'A',
      email: 'a@example.org',
      role: 'colleague',
      waiveRight: false,
      note: 'x'.repeat(1001),
    }).success,
    false,
  );
});

const summary = (
  requestId: string,
  role: RatingSummary['role'],
  endorsed: boolean,
  overrides: Partial<RatingSummary> = {},
): RatingSummary => ({
  requestId,
  role,
  endorsed,
  current: true,
  state: 'submitted',
  counted: true,
  ...overrides,
});

test('fillSlots: only submitted, counted ratings fill a slot; one rating may fill several', () => {
  const ratings = [
    summary('a', 'supervisor', true),
    summary('b', 'rsc-provider', false, { counted: false }),
    summary('c', 'colleague', false, { state: 'in_progress', counted: false }),
  ];
  assert.deepEqual(
    fillSlots(program, 'IMHS', ratings).map((f) => [f.slot.id, f.have, f.met]),
    [
      ['supervisor', 1, true],
      ['rsc-provider', 0, false],
      ['endorsed', 1, true],
    ],
  );
  const ifa = fillSlots(program, 'IFA', [summary('a', 'supervisor', false, { current: false })]);
  assert.equal(ifa[0]!.met, false, 'IFA asks for a current supervisor');
});

test('evaluateRequirements without ratings is unchanged; with ratings only counted forms count and slots appear', () => {
  const application = meetsAll('IMHS');
  const plain = evaluateRequirements(program, application, { asOf: '2026-03-01' });
  assert.equal(plain.met, true);
  assert.ok(!plain.requirements.some((r) => r.id.startsWith('reference-slot-')));

  const ratings = [
    summary('a', 'supervisor', true),
    summary('b', 'rsc-provider', true),
    summary('c', 'colleague', false, { counted: false }),
  ];
  const rated = evaluateRequirements(program, application, { asOf: '2026-03-01', ratings: rateReferences(ratings) });
  assert.equal(rated.met, false);
  const references = rated.requirements.find((r) => r.id === 'references')!;
  assert.deepEqual([references.have, references.need, references.met], [2, 3, false]);
  assert.equal(references.detail, 'Rating forms still to count: 1.');
  assert.deepEqual(
    rated.requirements.filter((r) => r.id.startsWith('reference-slot-')).map((r) => [r.id, r.met]),
    [
      ['reference-slot-supervisor', true],
      ['reference-slot-rsc-provider', true],
      ['reference-slot-endorsed', true],
    ],
  );
  const all = evaluateRequirements(program, application, {
    asOf: '2026-03-01',
    ratings: rateReferences([...ratings.slice(0, 2), summary('c', 'colleague', false)]),
  });
  assert.equal(all.met, true);
  const es = evaluateRequirements(program, application, { asOf: '2026-03-01', ratings: rateReferences([]), locale: 'es' });
  assert.match(es.requirements.find((r) => r.id === 'reference-slot-rsc-provider')!.detail, /Faltan formularios válidos de Su proveedor/);
  assert.throws(() => evaluateRequirements(program, application, { ratings: [] as never }), TypeError);
  assert.throws(() => rateReferences({} as never), TypeError);
});

test('the rating checks speak English and Spanish: the same keys and placeholders', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  assert.deepEqual(Object.keys(ratingChecksEs).sort(), Object.keys(ratingChecksEn).sort());
  for (const [key, text] of Object.entries(ratingChecksEn)) {
    assert.ok(text.trim() && ratingChecksEs[key]!.trim(), key);
    assert.deepEqual(placeholders(ratingChecksEs[key]!), placeholders(text), key);
  }
});

test("ratingsStillNeeded: the applicant's own list against the ratings-first rule", () => {
  const application = meetsAll('IMHS');
  const request = (id: string, state: ReferenceRequestView['state'], counts?: boolean): ReferenceRequestView => ({
    id,
    name: id,
    email: `${id}@example.org`,
    role: 'supervisor',
    waiveRight: true,
    language: 'en',
    state,
    sentAt: '2026-01-01T00:00:00.000Z',
    canResendAt: null,
    expiresAt: null,
    ...(counts === undefined ? {} : { counts }),
  });
  const requests = [request('a', 'submitted', true), request('b', 'submitted', false), request('c', 'invited')];
  assert.deepEqual(ratingsStillNeeded(programs.alliance, application, requests, { submitBeforeRatings: false }), {
    submitted: 1,
    needed: 3,
  });
  assert.equal(ratingsStillNeeded(programs.alliance, application, requests, { submitBeforeRatings: true }), undefined);
  const allIn = ['a', 'b', 'c'].map((id) => request(id, 'submitted', true));
  assert.equal(ratingsStillNeeded(programs.alliance, application, allIn, { submitBeforeRatings: false }), undefined);
  const endorsedSlot = { id: 'endorsed', label: { en: 'An endorsed professional', es: 'Un/a profesional con respaldo' }, missing: 1 };
  assert.deepEqual(ratingsStillNeeded(programs.alliance, application, allIn, { submitBeforeRatings: false, openSlots: [endorsedSlot] }), {
    submitted: 3,
    needed: 3,
    stillNeeded: 'Still needed: An endorsed professional.',
  });
  assert.equal(
    ratingsStillNeeded(programs.alliance, application, allIn, { submitBeforeRatings: false, openSlots: [endorsedSlot], locale: 'es' })
      ?.stillNeeded,
    'Aún falta: Un/a profesional con respaldo.',
  );
  assert.equal(
    ratingsStillNeeded(programs.alliance, application, allIn, { submitBeforeRatings: true, openSlots: [endorsedSlot] }),
    undefined,
  );
});

test('trackReferenceRatings: the tracker\'s "3 references" counts the applicant\'s counted forms, and says when their ratings are unknown', () => {
  const application = meetsAll('IMHS');
  const request = (id: string, state: ReferenceRequestView['state'], counts?: boolean): ReferenceRequestView => ({
    id,
    name: id,
    email: `${id}@example.org`,
    role: 'supervisor',
    waiveRight: true,
    language: 'en',
    state,
    sentAt: '2026-01-01T00:00:00.000Z',
    canResendAt: null,
    expiresAt: null,
    ...(counts === undefined ? {} : { counts }),
  });
  const listed = evaluateRequirements(programs.alliance, application);
  assert.equal(listed.requirements.find((r) => r.id === 'references')?.met, true, 'the draft lists three references');
  const references = (requests: ReferenceRequestView[] | undefined, locale = 'en') =>
    trackReferenceRatings(programs.alliance, evaluateRequirements(programs.alliance, application, { locale }), requests, { locale });
  const reference = (result: ReturnType<typeof references>) => result.requirements.find((r) => r.id === 'references')!;

  const unknown = references(undefined);
  assert.deepEqual([reference(unknown).met, unknown.met], [false, false]);
  assert.equal(reference(unknown).detail, 'References listed: 3; their rating forms are not received yet.');
  assert.equal(
    reference(references(undefined, 'es')).detail,
    'Referencias en la lista: 3; aún no se han recibido sus formularios de calificación.',
  );
  // Too few listed: the list's words, which say what to add.
  const short = { ...application, references: application.references.slice(0, 2) };
  const shortResult = evaluateRequirements(programs.alliance, short);
  assert.deepEqual(trackReferenceRatings(programs.alliance, shortResult, undefined), shortResult);

  const two = [request('a', 'submitted', true), request('b', 'submitted', true), request('c', 'submitted', false), request('d', 'invited')];
  assert.deepEqual(
    { met: reference(references(two)).met, have: reference(references(two)).have, detail: reference(references(two)).detail },
    { met: false, have: 2, detail: 'Rating forms still to count: 1.' },
  );
  assert.equal(reference(references(two, 'es')).detail, 'Formularios que aún deben contar: 1.');
  const three = [...two, request('e', 'submitted', true)];
  assert.deepEqual([reference(references(three)).met, reference(references(three)).detail], [true, '3 rating forms count.']);
  // Only `references` moves: the other requirements are as evaluated.
  const others = (result: ReturnType<typeof references>) => result.requirements.filter((r) => r.id !== 'references');
  assert.deepEqual(others(references(three)), others(listed));
  assert.equal(references(three).met, listed.met);

  // The receiver's open slots: enough forms count, but not the slots: not met, naming each open slot.
  const endorsed = { id: 'endorsed', label: { en: 'An endorsed professional', es: 'Un/a profesional con respaldo' }, missing: 1 };
  const rsc = { id: 'rsc', label: 'Your RSC provider', missing: 2 };
  const slotted = (requests: ReferenceRequestView[], openSlots: OpenReferenceSlot[], locale = 'en') =>
    reference(
      trackReferenceRatings(programs.alliance, evaluateRequirements(programs.alliance, application, { locale }), requests, {
        locale,
        openSlots,
      }),
    );
  assert.deepEqual(
    [slotted(three, [endorsed]).met, slotted(three, [endorsed]).have, slotted(three, [endorsed]).detail],
    [false, 3, 'Still needed: An endorsed professional.'],
  );
  assert.equal(slotted(three, [endorsed], 'es').detail, 'Aún falta: Un/a profesional con respaldo.');
  assert.equal(
    slotted(two, [endorsed, rsc]).detail,
    'Rating forms still to count: 1. Still needed: An endorsed professional; Your RSC provider (2 forms).',
  );
  assert.deepEqual([slotted(three, []).met, slotted(three, []).detail], [true, '3 rating forms count.']);
  const open = trackReferenceRatings(programs.alliance, listed, three, { openSlots: [endorsed] });
  assert.equal(open.met, false, 'the whole tracker is not met while a slot is open');
});
