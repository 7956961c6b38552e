import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CODES,
  defineProgram,
  evaluateRequirements,
  programs,
  recommendCategories,
  validateApplication,
  type Requirement,
  type RequirementsResult,
} from '@endorsement-kit/sdk';
import {
  associateByWork,
  degreeTooLow,
  job,
  meetsAll,
  overlappingJobs,
  peerConsultation,
  registeredDraft,
  rscOneHourShort,
  rscSpreadOut,
  twinProvider,
  workBeforeDegree,
} from './fixtures/applications.js';
import { ASOF, validApplication } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';

const alliance = programs.alliance;
const AS_OF = '2025-06-01';

function find(result: RequirementsResult, id: string): Requirement {
  const requirement = result.requirements.find((r) => r.id === id);
  assert.ok(requirement, `expected a requirement ${id} in ${result.requirements.map((r) => r.id).join(', ')}`);
  return requirement;
}

function unmet(result: RequirementsResult): string[] {
  return result.requirements.filter((r) => !r.met && !r.later).map((r) => r.id);
}

for (const code of CODES) {
  test(`a complete application meets every requirement of ${code}`, () => {
    for (const asOf of ['2023-07-01', '2024-12-31', '2025-01-01', AS_OF]) {
      const result = evaluateRequirements(alliance, meetsAll(code), { asOf });
      assert.equal(result.category, code);
      assert.deepEqual(unmet(result), [], `${code} on ${asOf}`);
      assert.equal(result.met, true);
    }
  });
}

test('requirements are listed in the fixed order, only those that apply', () => {
  const ids = (code: (typeof CODES)[number], asOf = AS_OF) =>
    evaluateRequirements(alliance, meetsAll(code), { asOf }).requirements.map((r) => r.id);
  assert.deepEqual(ids('IFA'), ['education', 'training-hours', 'references', 'references-endorsed', 'membership', 'attestations']);
  assert.deepEqual(ids('IFS'), [
    'education',
    'work-years',
    'families-served',
    'training-hours',
    'rsc-hours',
    'references',
    'references-endorsed',
    'reference-rsc-provider',
    'transcripts',
    'membership',
    'attestations',
  ]);
  assert.deepEqual(ids('ECMHM-C'), [
    'education',
    'work-years',
    'training-hours',
    'training-rsc-provision',
    'training-dei',
    'rsc-hours',
    'rsc-about-provided',
    'rsc-provided-years',
    'leadership-years',
    'references',
    'references-endorsed',
    'reference-rsc-provider',
    'reference-supervisee',
    'transcripts',
    'membership',
    'attestations',
    'exam',
  ]);
  assert.deepEqual(ids('IFRS'), [
    'work-years',
    'training-hours',
    'training-rsc-provision',
    'training-dei',
    'rsc-hours',
    'leadership-years',
    'references',
    'references-endorsed',
    'transcripts',
    'membership',
    'attestations',
  ]);
});

test('met requirements say what was counted', () => {
  const result = evaluateRequirements(alliance, meetsAll('IMHS'), { asOf: AS_OF });
  assert.deepEqual(find(result, 'rsc-hours'), {
    id: 'rsc-hours',
    met: true,
    have: 52,
    need: 50,
    unit: 'hours',
    detail: '52 RSC hours within one 24-month period.',
  });
  assert.equal(find(result, 'training-hours').detail, '50 hours of specialized training.');
  assert.equal(find(result, 'work-years').detail, '12.8 years of paid work with infants and toddlers after your master’s degree.');
  assert.equal(find(result, 'work-years').have, 12.75);
});

test('one training hour short is unmet, and says so', () => {
  const app = meetsAll('IFS');
  app.training = [{ title: 'Infant mental health foundations', provider: 'Alliance', date: '2020-03-01', hours: 29, topics: ['iecmh'] }];
  const result = evaluateRequirements(alliance, app, { asOf: AS_OF });
  assert.deepEqual(find(result, 'training-hours'), {
    id: 'training-hours',
    met: false,
    have: 29,
    need: 30,
    unit: 'hours',
    detail: '1 more hour of specialized training.',
  });
  assert.equal(result.met, false);
  app.training.push({ title: 'Attachment', provider: 'Alliance', date: '2020-04-01', hours: 1, topics: ['iecmh'] });
  assert.equal(evaluateRequirements(alliance, app, { asOf: AS_OF }).met, true);
});

test('one RSC hour short names what is missing within one 24-month period', () => {
  const result = evaluateRequirements(alliance, rscOneHourShort(), { asOf: AS_OF });
  const rsc = find(result, 'rsc-hours');
  assert.equal(rsc.met, false);
  assert.equal(rsc.have, 49);
  assert.equal(
    rsc.detail,
    '1 more RSC hour within one 24-month period, from a provider endorsed as Infant Mental Health Specialist or Infant Mental Health Mentor – Clinical, received after your master’s degree.',
  );
  assert.deepEqual(unmet(result), ['rsc-hours']);
});

test('hours are compared exactly: 29.999 training hours do not meet 30, and are not shown as 30', () => {
  const app = meetsAll('IFS');
  const training = (hours: number) => ({
    title: 'Infant mental health',
    provider: 'Alliance',
    date: '2020-03-01',
    hours,
    topics: ['iecmh' as const],
  });
  app.training = [training(20), training(9.999)];
  const result = evaluateRequirements(alliance, app, { asOf: AS_OF });
  assert.deepEqual(find(result, 'training-hours'), {
    id: 'training-hours',
    met: false,
    have: 29.99,
    need: 30,
    unit: 'hours',
    detail: '0.01 more hours of specialized training.',
  });
  assert.equal(result.met, false);
  // Sums that binary floating point misses by a hair are counted as entered: 7.1 × 3 + 8.7 is 30.
  app.training = [training(7.1), training(7.1), training(7.1), training(8.7)];
  assert.deepEqual(
    { ...find(evaluateRequirements(alliance, app, { asOf: AS_OF }), 'training-hours'), detail: '' },
    { id: 'training-hours', met: true, have: 30, need: 30, unit: 'hours', detail: '' },
  );
});

test('RSC hours are compared exactly: 49.999 do not meet 50', () => {
  const app = rscOneHourShort();
  app.rscReceived[1] = { ...app.rscReceived[1]!, hours: 23.999 };
  const rsc = find(evaluateRequirements(alliance, app, { asOf: AS_OF }), 'rsc-hours');
  assert.equal(rsc.met, false);
  assert.equal(rsc.have, 49.99);
  assert.match(rsc.detail, /^0\.01 more RSC hours within one 24-month period/);
});

test('huge hours never make a sum infinite: more than a payload may hold does not count, and nothing throws', () => {
  const provider = { name: 'Dr. Grace Okafor', endorsement: 'IMHM-C' };
  const rsc = (hours: number) => ({
    provider,
    format: 'group',
    modality: 'virtual',
    start: '2023-01-09',
    end: '2023-12-18',
    hours,
    aboutRscProvided: true,
  });
  const draft = {
    category: 'IMHM-C',
    training: [
      { hours: 1e308, topics: ['dei'] },
      { hours: 1e308, topics: ['dei'] },
      { hours: 12, topics: ['dei'] },
    ],
    rscReceived: [rsc(1e308), rsc(1e308), rsc(6)],
  };
  const result = evaluateRequirements(alliance, draft, { asOf: AS_OF });
  for (const r of result.requirements) if (r.have !== undefined) assert.ok(Number.isFinite(r.have), `${r.id}: ${r.have}`);
  // Validation says an entry holds at most 100,000 hours; beyond that, like negative hours, it does not count.
  assert.equal(find(result, 'training-hours').have, 12);
  assert.equal(find(result, 'training-dei').have, 12);
  assert.equal(find(result, 'rsc-hours').have, 6);
  assert.equal(find(result, 'rsc-about-provided').have, 6);
  const atTheLimit = evaluateRequirements(
    alliance,
    { category: 'IMHM-C', training: [{ hours: 100_000 }, { hours: 100_000.5 }] },
    { asOf: AS_OF },
  );
  assert.equal(find(atTheLimit, 'training-hours').have, 100_000);
  const tooBig = validateApplication(
    alliance,
    { ...validApplication(), training: [{ ...validApplication().training[0]!, hours: 100_000.5 }] },
    { asOf: ASOF },
  );
  assert.ok(
    !tooBig.ok &&
      tooBig.issues.some((i) => i.code === 'too_big' && i.path.join('.') === 'training.0.hours' && i.message.includes('100,000')),
  );
  // Families served have no limit: a sum past the largest number stays the largest number.
  const families = evaluateRequirements(
    alliance,
    { ...meetsAll('IFS'), work: [job('IFS', { familiesServed: 1e308 }), job('IFS', { familiesServed: 1e308 })] },
    { asOf: AS_OF },
  );
  assert.equal(find(families, 'families-served').met, true);
  assert.ok(Number.isFinite(find(families, 'families-served').have));
  assert.ok(
    recommendCategories(alliance, draft, { asOf: AS_OF }).every((r) =>
      r.requirements.every((q) => q.have === undefined || Number.isFinite(q.have)),
    ),
  );
});

test('RSC spread over more than 24 months: only the best window counts', () => {
  const result = evaluateRequirements(alliance, rscSpreadOut(), { asOf: AS_OF });
  const rsc = find(result, 'rsc-hours');
  assert.equal(rsc.have, 18);
  assert.equal(rsc.met, false);
  assert.match(
    rsc.detail,
    /^6 more RSC hours within one 24-month period, from a provider endorsed as Infant Family Reflective Supervisor, Infant Mental Health Specialist, or Infant Mental Health Mentor – Clinical\.$/,
  );
});

test('a window is 24 months to the same date: an entry ending on that date fits, one day later does not', () => {
  const app = meetsAll('IFS');
  const provider = { name: 'Dr. Grace Okafor', endorsement: 'IMHS' as const };
  const entry = { provider, format: 'individual', modality: 'in-person', hours: 12 } as const;
  app.rscReceived = [
    { ...entry, start: '2021-03-15', end: '2021-09-15' },
    { ...entry, start: '2022-09-01', end: '2023-03-15' },
  ];
  assert.equal(find(evaluateRequirements(alliance, app, { asOf: AS_OF }), 'rsc-hours').have, 24);
  app.rscReceived[1] = { ...entry, start: '2022-09-01', end: '2023-03-16' };
  assert.equal(find(evaluateRequirements(alliance, app, { asOf: AS_OF }), 'rsc-hours').have, 12);
});

test('a degree below the level does not meet the education requirement', () => {
  const result = evaluateRequirements(alliance, degreeTooLow(), { asOf: AS_OF });
  assert.deepEqual(find(result, 'education'), {
    id: 'education',
    met: false,
    detail: 'Add a master’s degree or higher, with the date you completed it.',
  });
  // With no master's, nothing "after the degree" counts.
  assert.equal(find(result, 'work-years').have, 0);
  assert.equal(find(result, 'work-years').detail, 'Add a master’s degree or higher first: only work after it counts.');
  assert.equal(find(result, 'rsc-hours').have, 0);
  assert.equal(result.met, false);
});

test('a degree completed after asOf does not count yet', () => {
  const app = meetsAll('IFS');
  app.education = [{ ...app.education[0]!, completedOn: '2026-05-15' }];
  assert.equal(find(evaluateRequirements(alliance, app, { asOf: AS_OF }), 'education').met, false);
});

test('work that began before the degree counts from the degree on', () => {
  const result = evaluateRequirements(alliance, workBeforeDegree(), { asOf: AS_OF });
  const work = find(result, 'work-years');
  assert.equal(work.met, false);
  assert.equal(work.have, 1.29);
  assert.equal(work.detail, '0.8 more years of paid work with infants and toddlers after your master’s degree.');
  // IFRS has no "after the degree": the whole job counts.
  const ifrs = evaluateRequirements(alliance, { ...workBeforeDegree(), category: 'IFRS' }, { asOf: AS_OF });
  assert.equal(find(ifrs, 'work-years').have, 4.58);
});

test('RSC before the degree does not count where the rules say after', () => {
  // workBeforeDegree's master's is 2021-12-15: the 2021 RSC entry started before it.
  const result = evaluateRequirements(alliance, workBeforeDegree(), { asOf: AS_OF });
  assert.equal(find(result, 'rsc-hours').have, 26);
});

test('a peer or a provider without a qualifying endorsement does not count', () => {
  const result = evaluateRequirements(alliance, peerConsultation(), { asOf: AS_OF });
  assert.equal(find(result, 'rsc-hours').have, 0);
  assert.equal(find(result, 'rsc-hours').met, false);
  // An IFS provider does count where a program lists IFS.
  const program = defineProgram({
    id: 'peer-friendly',
    name: 'Peer-friendly AIMH',
    offers: { 'IMH-E': ['IFS'] },
    categories: { IFS: { rules: { rsc: { providers: ['IFS', 'IMHS'] } } } },
  });
  assert.equal(find(evaluateRequirements(program, peerConsultation(), { asOf: AS_OF }), 'rsc-hours').have, 20);
});

test('overlapping jobs are counted once; unpaid work and other age bands do not count', () => {
  const app = overlappingJobs();
  app.work.push(job('ECFS', { start: '2010-01-01', end: '2018-12-31', familiesServed: 40 }));
  const result = evaluateRequirements(alliance, app, { asOf: AS_OF });
  // 912 days: 2.497 years, reported rounded down.
  assert.equal(find(result, 'work-years').have, 2.49);
  assert.equal(find(result, 'work-years').met, true);
  assert.deepEqual(find(result, 'families-served'), {
    id: 'families-served',
    met: true,
    have: 11,
    need: 10,
    unit: 'families',
    detail: '11 families served in the work that counts.',
  });
});

test('years are days / 365.25 compared exactly: 730 days are not 2 years, 731 are', () => {
  const app = meetsAll('IFS');
  // 2022-01-01 to 2023-12-31, both ends included: 730 days, 1.9986 years, shown rounded down.
  app.work = [job('IFS', { start: '2022-01-01', end: '2023-12-31' })];
  assert.deepEqual(find(evaluateRequirements(alliance, app, { asOf: AS_OF }), 'work-years'), {
    id: 'work-years',
    met: false,
    have: 1.99,
    need: 2,
    unit: 'years',
    detail: '0.1 more years of paid work with infants and toddlers after your bachelor’s degree.',
  });
  // One day more: 731 days, 2.0014 years.
  app.work = [job('IFS', { start: '2022-01-01', end: '2024-01-01' })];
  assert.deepEqual(
    { ...find(evaluateRequirements(alliance, app, { asOf: AS_OF }), 'work-years'), detail: '' },
    { id: 'work-years', met: true, have: 2, need: 2, unit: 'years', detail: '' },
  );
  app.work = [job('IFS', { start: '2022-01-08', end: '2023-12-31' })];
  const short = find(evaluateRequirements(alliance, app, { asOf: AS_OF }), 'work-years');
  assert.equal(short.met, false);
  assert.equal(short.have, 1.97); // 723 days: 1.9795
  assert.equal(short.detail, '0.1 more years of paid work with infants and toddlers after your bachelor’s degree.');
});

test('an unmet count of years never shows have equal to need', () => {
  // 365 days of leadership are 0.9993 years: not 1 year, and not shown as 1 either.
  const ifrs = meetsAll('IFRS');
  ifrs.leadership = [{ ...ifrs.leadership[0]!, start: '2023-01-01', end: '2023-12-31' }];
  const oneYearShort = find(evaluateRequirements(alliance, ifrs, { asOf: AS_OF }), 'leadership-years');
  assert.equal(oneYearShort.met, false);
  assert.equal(oneYearShort.have, 0.99);
  ifrs.leadership = [{ ...ifrs.leadership[0]!, start: '2023-01-01', end: '2024-01-01' }];
  assert.equal(find(evaluateRequirements(alliance, ifrs, { asOf: AS_OF }), 'leadership-years').met, true);
  // The same for the work that stands in for an IFA's CDA, and for the years of RSC provided.
  const ifa = { ...associateByWork(), work: [job('IFA', { start: '2022-01-01', end: '2023-12-31' })] };
  assert.deepEqual(
    { ...find(evaluateRequirements(alliance, ifa, { asOf: AS_OF }), 'education'), detail: '' },
    { id: 'education', met: false, have: 1.99, need: 2, unit: 'years', detail: '' },
  );
  const mentor = meetsAll('IMHM-C');
  mentor.rscProvided = [{ ...mentor.rscProvided[0]!, start: '2021-01-01', end: '2023-12-31' }];
  const provided = find(evaluateRequirements(alliance, mentor, { asOf: AS_OF }), 'rsc-provided-years');
  assert.equal(provided.met, false);
  assert.equal(provided.have, 2.99);
  assert.ok(provided.have! < provided.need!);
});

test('work with both age bands counts for either endorsement; an open end runs to asOf and nothing after it counts', () => {
  const app = meetsAll('ECFS');
  app.work = [job('ECFS', { ageBand: 'both', start: '2024-06-01', familiesServed: 12 })];
  assert.equal(find(evaluateRequirements(alliance, app, { asOf: '2025-06-01' }), 'work-years').have, 1);
  assert.equal(find(evaluateRequirements(alliance, app, { asOf: '2026-06-01' }), 'work-years').have, 2);
  assert.equal(find(evaluateRequirements(alliance, app, { asOf: '2024-05-31' }), 'families-served').have, 0);
});

test('IFA: a CDA or 2 years of paid work with infants', () => {
  const result = evaluateRequirements(alliance, associateByWork(), { asOf: AS_OF });
  assert.deepEqual(find(result, 'education'), {
    id: 'education',
    met: true,
    have: 2.49,
    need: 2,
    unit: 'years',
    detail: '2.5 years of paid work with infants and toddlers stand in for a CDA credential or higher.',
  });
  assert.equal(result.met, true);
  const short = { ...associateByWork(), work: [job('IFA', { start: '2022-01-01', end: '2023-06-30' })] };
  const education = find(evaluateRequirements(alliance, short, { asOf: AS_OF }), 'education');
  assert.equal(education.met, false);
  // 1.49 years: what is missing is rounded up, so the sentence never asks for too little.
  assert.equal(education.detail, 'Add a CDA credential or higher, or 0.6 more years of paid work with infants and toddlers.');
  // No transcript for a CDA; one for any degree claimed.
  assert.equal(
    evaluateRequirements(alliance, meetsAll('IFA'), { asOf: AS_OF }).requirements.some((r) => r.id === 'transcripts'),
    false,
  );
  const withDegree = meetsAll('IFA');
  withDegree.education.push({
    level: 'associate',
    field: 'Early Childhood',
    institution: 'Springfield CC',
    completedOn: '2014-05-01',
    transcript: 'not-requested',
  });
  assert.deepEqual(find(evaluateRequirements(alliance, withDegree, { asOf: AS_OF }), 'transcripts'), {
    id: 'transcripts',
    met: false,
    detail: 'Request the transcript of 1 degree.',
  });
});

test('IMHS: exam and 30 training hours until 2024-12-31, 33 incl. 3 DEI from 2025-01-01', () => {
  const app = meetsAll('IMHS');
  app.training = [{ title: 'Infant mental health', provider: 'Alliance', date: '2022-01-01', hours: 31, topics: ['iecmh'] }];
  const before = evaluateRequirements(alliance, app, { asOf: '2024-12-31' });
  assert.equal(before.met, true);
  assert.deepEqual(find(before, 'exam'), {
    id: 'exam',
    met: false,
    later: true,
    detail: 'A written exam follows once your application is approved.',
  });
  assert.equal(find(before, 'training-hours').need, 30);
  assert.equal(
    before.requirements.some((r) => r.id === 'training-dei'),
    false,
  );

  const after = evaluateRequirements(alliance, app, { asOf: '2025-01-01' });
  assert.equal(after.met, false);
  assert.equal(
    after.requirements.some((r) => r.id === 'exam'),
    false,
  );
  assert.deepEqual(find(after, 'training-hours'), {
    id: 'training-hours',
    met: false,
    have: 31,
    need: 33,
    unit: 'hours',
    detail: '2 more hours of specialized training.',
  });
  assert.equal(find(after, 'training-dei').detail, '3 more training hours on diversity, equity and inclusion.');
});

test('Mentor-Clinical: 30 training hours until 2023-12-31, 48 incl. 3 DEI from 2024-01-01', () => {
  const app = meetsAll('IMHM-C');
  app.training = [
    { title: 'Infant mental health', provider: 'Alliance', date: '2022-01-01', hours: 20, topics: ['iecmh'] },
    { title: 'Providing RSC', provider: 'Alliance', date: '2022-02-01', hours: 15, topics: ['rsc-provision'] },
  ];
  const before = evaluateRequirements(alliance, app, { asOf: '2023-12-31' });
  assert.equal(before.met, true);
  assert.equal(find(before, 'training-hours').need, 30);
  assert.equal(find(before, 'exam').later, true);
  const after = evaluateRequirements(alliance, app, { asOf: '2024-01-01' });
  assert.deepEqual(unmet(after), ['training-hours', 'training-dei']);
  assert.equal(find(after, 'training-hours').need, 48);
});

test('a provider holding the twin endorsement counts the same (ECMHS for IMHS)', () => {
  const result = evaluateRequirements(alliance, twinProvider(), { asOf: AS_OF });
  assert.equal(find(result, 'rsc-hours').have, 52);
  assert.equal(result.met, true);
  // The providers are named in the category's own endorsement.
  const ecfs = evaluateRequirements(alliance, rscSpreadOut(), { asOf: AS_OF });
  // By the labels the RSC step's provider list shows (issue 11, point 7), not by code.
  assert.match(
    find(ecfs, 'rsc-hours').detail,
    /Infant Family Reflective Supervisor, Infant Mental Health Specialist, or Infant Mental Health Mentor – Clinical\./,
  );
  const spreadEc = { ...rscSpreadOut(), endorsement: 'ECMH-E', category: 'ECFS' };
  assert.match(
    find(evaluateRequirements(alliance, spreadEc, { asOf: AS_OF }), 'rsc-hours').detail,
    /Early Childhood Family Reflective Supervisor, Early Childhood Mental Health Specialist, or Early Childhood Mental Health Mentor – Clinical\./,
  );
});

test('RSC before the master\'s counts for Mentor-Clinical (no "after the degree" in its row), not for IMHS', () => {
  const app = meetsAll('IMHM-C');
  app.education = app.education.map((e) => (e.level === 'master' ? { ...e, completedOn: '2021-06-01' } : e));
  const mentor = evaluateRequirements(alliance, app, { asOf: AS_OF });
  assert.equal(find(mentor, 'rsc-hours').have, 52);
  assert.equal(find(mentor, 'rsc-hours').met, true);
  const specialist = evaluateRequirements(alliance, { ...app, category: 'IMHS' }, { asOf: AS_OF });
  assert.equal(find(specialist, 'rsc-hours').have, 26);
  assert.equal(find(specialist, 'rsc-hours').met, false);
});

test('Mentor-Clinical: the about-RSC-provided share is counted in the same window', () => {
  const app = meetsAll('IMHM-C');
  const provider = app.rscReceived[0]!.provider;
  const entry = { provider, format: 'individual', modality: 'in-person' } as const;
  app.rscReceived = [
    // 2016-2017: 80 hours, none about the RSC provided.
    { ...entry, start: '2016-01-04', end: '2017-12-18', hours: 80, aboutRscProvided: false },
    // 2021-2022: 50 hours, 25 of them about it. Only this window meets both.
    { ...entry, start: '2021-01-04', end: '2021-12-20', hours: 25, aboutRscProvided: true },
    { ...entry, start: '2022-01-10', end: '2022-12-19', hours: 25 },
  ];
  const result = evaluateRequirements(alliance, app, { asOf: AS_OF });
  assert.equal(find(result, 'rsc-hours').have, 50);
  assert.equal(find(result, 'rsc-about-provided').have, 25);
  assert.equal(result.met, true);
  app.rscReceived[1] = { ...entry, start: '2021-01-04', end: '2021-12-20', hours: 25, aboutRscProvided: false };
  const short = evaluateRequirements(alliance, app, { asOf: AS_OF });
  assert.deepEqual(unmet(short), ['rsc-about-provided']);
  assert.equal(find(short, 'rsc-about-provided').detail, '25 more RSC hours about the RSC you provide, within the same 24-month period.');
});

test('Mentor-Clinical: with no window meeting both, the one with the most hours is reported, its share counted in it', () => {
  const app = meetsAll('IMHM-C');
  const provider = app.rscReceived[0]!.provider;
  const entry = { provider, format: 'individual', modality: 'in-person' } as const;
  app.rscReceived = [
    // 2018: 45 hours, none about the RSC provided; 2023: 30 hours, all about it. Neither meets both.
    { ...entry, start: '2018-01-08', end: '2018-12-17', hours: 45, aboutRscProvided: false },
    { ...entry, start: '2023-01-09', end: '2023-12-18', hours: 30, aboutRscProvided: true },
  ];
  const result = evaluateRequirements(alliance, app, { asOf: AS_OF });
  assert.deepEqual(find(result, 'rsc-hours'), {
    id: 'rsc-hours',
    met: false,
    have: 45,
    need: 50,
    unit: 'hours',
    detail: '5 more RSC hours within one 24-month period, from a provider endorsed as Infant Mental Health Mentor – Clinical.',
  });
  assert.deepEqual(find(result, 'rsc-about-provided'), {
    id: 'rsc-about-provided',
    met: false,
    have: 0,
    need: 25,
    unit: 'hours',
    detail: '25 more RSC hours about the RSC you provide, within the same 24-month period.',
  });
  // Equal hours: the window with more about the RSC provided.
  app.rscReceived = [
    { ...entry, start: '2018-01-08', end: '2018-12-17', hours: 40, aboutRscProvided: false },
    { ...entry, start: '2023-01-09', end: '2023-06-19', hours: 30, aboutRscProvided: false },
    { ...entry, start: '2023-07-10', end: '2023-12-18', hours: 10, aboutRscProvided: true },
  ];
  const tie = evaluateRequirements(alliance, app, { asOf: AS_OF });
  assert.equal(find(tie, 'rsc-hours').have, 40);
  assert.equal(find(tie, 'rsc-about-provided').have, 10);
});

test('leadership counts only the levels the rules list; RSC provided is a union of ranges', () => {
  const app = meetsAll('IMHM-C');
  app.leadership = [
    { activity: 'County coalition', level: 'local', start: '2015-01-01', description: 'Member.' },
    { activity: 'Regional network', level: 'regional', start: '2023-06-01', description: 'Co-chair.' },
  ];
  app.rscProvided = [
    { role: 'RSC for home visitors', start: '2022-01-01', end: '2023-12-31', description: 'Group RSC.' },
    { role: 'RSC for nurses', start: '2023-01-01', end: '2024-06-30', description: 'Individual RSC.' },
  ];
  const result = evaluateRequirements(alliance, app, { asOf: AS_OF });
  assert.equal(find(result, 'leadership-years').have, 2);
  assert.equal(find(result, 'leadership-years').detail, '1 more year of leadership at the regional, state, or national level.');
  // 912 days: 2.497 years, reported rounded down.
  assert.equal(find(result, 'rsc-provided-years').have, 2.49);
  // Policy and faculty mentors: any level counts.
  assert.equal(find(evaluateRequirements(alliance, { ...app, category: 'IMHM-P' }, { asOf: AS_OF }), 'leadership-years').have, 10.41); // 3,805 days: 10.4175
});

test('references: count, endorsed and required roles', () => {
  const app = meetsAll('IMHM-C');
  app.references = [
    { role: 'supervisor', name: 'Maria Chen', email: 'maria.chen@example.org', waiveRight: true },
    { role: 'rsc-provider', name: 'Grace Okafor', email: 'not an email', endorsed: true, waiveRight: true },
  ];
  const result = evaluateRequirements(alliance, app, { asOf: AS_OF });
  assert.deepEqual(unmet(result), ['references', 'references-endorsed', 'reference-rsc-provider', 'reference-supervisee']);
  assert.equal(find(result, 'references').detail, 'Add 2 more references, each with a name and an email.');
  assert.equal(find(result, 'references-endorsed').detail, 'Add a reference from someone who holds an endorsement.');
  assert.equal(find(result, 'reference-rsc-provider').detail, 'Add a reference from your RSC provider.');
  assert.equal(find(result, 'reference-supervisee').detail, 'Add a reference from someone you supervise.');
});

test('membership, transcripts and attestations', () => {
  const app = meetsAll('IMHS');
  const draft = {
    ...app,
    membership: { association: '  ' },
    education: app.education.map((e) => ({ ...e, transcript: 'not-requested' })),
    attestations: {
      codeOfEthics: app.attestations.codeOfEthics,
      endorsementAgreement: { accepted: false, signedName: 'Rosa Delgado', signedOn: '2023-06-01' },
    },
  };
  const result = evaluateRequirements(alliance, draft, { asOf: AS_OF });
  assert.deepEqual(unmet(result), ['transcripts', 'membership', 'attestations']);
  assert.equal(find(result, 'transcripts').detail, 'Request the transcripts of 2 degrees.');
  assert.equal(find(result, 'attestations').detail, 'Sign the Endorsement Agreement.');
});

test('a program with overrides from defineProgram', () => {
  const program = defineProgram({
    id: 'aaimh-wa',
    name: 'AAIMH WA',
    offers: { 'IMH-E': ['IFA', 'IFS'] },
    categories: {
      IFS: {
        rules: {
          training: {
            hours: [
              { from: '2000-01-01', value: 30 },
              { from: '2026-01-01', value: 60 },
            ],
          },
          rsc: { hours: 12, windowMonths: 12 },
          membership: false,
        },
      },
    },
  });
  const app = { ...rscSpreadOut(), program: 'aaimh-wa' };
  const now = evaluateRequirements(program, app, { asOf: AS_OF });
  assert.equal(now.met, true);
  assert.deepEqual(find(now, 'rsc-hours'), {
    id: 'rsc-hours',
    met: true,
    have: 18,
    need: 12,
    unit: 'hours',
    detail: '18 RSC hours within one 12-month period.',
  });
  assert.equal(
    now.requirements.some((r) => r.id === 'membership'),
    false,
  );
  const later = evaluateRequirements(program, app, { asOf: '2026-01-01' });
  assert.deepEqual(unmet(later), ['training-hours']);
  assert.equal(find(later, 'training-hours').detail, '10 more hours of specialized training.');
  // A program's own wording wins over the SDK's.
  const worded = defineProgram({
    id: 'worded',
    name: 'Worded',
    offers: { 'IMH-E': ['IFA'] },
    text: { en: { 'requirement.training-hours.met': '{have} hours of in-service training.' } },
  });
  assert.equal(
    find(evaluateRequirements(worded, meetsAll('IFA'), { asOf: AS_OF }), 'training-hours').detail,
    '50 hours of in-service training.',
  );
});

test('a category missing or not offered gives one requirement, no throw', () => {
  const program = defineProgram({ id: 'infant-only', name: 'Infant Only AIMH', offers: { 'IMH-E': ['IFA', 'IFS'] } });
  assert.deepEqual(evaluateRequirements(program, meetsAll('IMHS'), { asOf: AS_OF }), {
    category: 'IMHS',
    met: false,
    requirements: [{ id: 'category', met: false, detail: 'Infant Only AIMH does not offer Infant Mental Health Specialist (IMHS).' }],
  });
  assert.deepEqual(
    evaluateRequirements(program, { category: 'ECFS' }, { asOf: AS_OF, locale: 'es' }).requirements[0]?.detail,
    'Infant Only AIMH no ofrece la categoría Especialista en Familias en la Primera Infancia (ECFS).',
  );
  assert.deepEqual(evaluateRequirements(alliance, { category: 'IMHX' }, { asOf: AS_OF }), {
    category: null,
    met: false,
    requirements: [{ id: 'category', met: false, detail: 'Choose a category.' }],
  });
});

test('partial drafts: {} and missing arrays', () => {
  assert.equal(evaluateRequirements(alliance, {}).category, null);
  const result = evaluateRequirements(alliance, registeredDraft('IFS'), { asOf: AS_OF });
  assert.equal(result.met, false);
  assert.deepEqual(find(result, 'training-hours'), {
    id: 'training-hours',
    met: false,
    have: 0,
    need: 30,
    unit: 'hours',
    detail: '30 more hours of specialized training.',
  });
  assert.equal(find(result, 'rsc-hours').have, 0);
  assert.equal(find(result, 'references').detail, 'Add 3 more references, each with a name and an email.');
  assert.equal(find(result, 'transcripts').detail, 'Add your degree and request its transcript.');
  assert.equal(find(result, 'attestations').detail, 'Sign the Code of Ethics and the Endorsement Agreement.');
});

test('malformed entries are skipped, not thrown on', () => {
  const draft = {
    category: 'IFS',
    education: [{ level: 'bachelor', completedOn: '2010-02-30' }, null, 'x', { level: 'phd', completedOn: '2010-01-01' }],
    work: [
      { start: '2020-13-01', paid: true, ageBand: 'infant' },
      { start: '2021-01-01', end: '2020-01-01', paid: true, ageBand: 'infant' },
    ],
    training: [
      { hours: '30' },
      { hours: Number.NaN },
      { hours: -5 },
      { hours: 12, date: 'soon' },
      { hours: 10 },
      { hours: 2, date: null },
      { hours: 4, date: '2099-01-01' },
    ],
    rscReceived: { length: 3 },
    references: [
      { name: 'A', email: 'a@example.org' },
      { name: '', email: 'b@example.org' },
    ],
  };
  const result = evaluateRequirements(alliance, draft, { asOf: AS_OF });
  assert.equal(find(result, 'education').met, false);
  assert.equal(find(result, 'training-hours').have, 12);
  assert.equal(find(result, 'references').have, 1);
});

test('details in Spanish', () => {
  const result = evaluateRequirements(alliance, rscOneHourShort(), { asOf: AS_OF, locale: 'es' });
  assert.equal(
    find(result, 'rsc-hours').detail,
    'Falta 1 hora de RSC en un mismo período de 24 meses, con un/a proveedor/a con Respaldo como Especialista en Salud Mental Infantil o Mentor/a en Salud Mental Infantil – Clínica, recibida después de su maestría.',
  );
  assert.equal(find(result, 'work-years').detail, '12,8 años de trabajo remunerado con bebés y niños pequeños después de su maestría.');
  assert.equal(find(result, 'education').detail, 'Tiene una maestría (se requiere una maestría o superior).');
  const draft = evaluateRequirements(alliance, registeredDraft('ECMHM-C'), { asOf: AS_OF, locale: 'es-MX' });
  assert.equal(find(draft, 'training-hours').detail, 'Faltan 48 horas de capacitación especializada.');
  assert.equal(find(draft, 'leadership-years').detail, 'Faltan 3 años de liderazgo a nivel regional, estatal o nacional.');
  assert.equal(find(draft, 'reference-supervisee').detail, 'Agregue una referencia de alguien a quien usted supervisa.');
  assert.equal(find(draft, 'exam').detail, 'Una vez aprobada su solicitud, deberá presentar un examen escrito.');
});

test('asOf defaults to today; bad options throw a TypeError naming the option', () => {
  assert.equal(
    evaluateRequirements(alliance, meetsAll('IMHS')).requirements.some((r) => r.id === 'exam'),
    false,
  );
  assert.throws(
    () => evaluateRequirements(alliance, {}, { asOf: '2025-02-30' }),
    (e: unknown) => e instanceof TypeError && /`asOf`/.test(e.message),
  );
  assert.throws(
    () => evaluateRequirements(alliance, {}, { locale: 'not a locale!' }),
    (e: unknown) => e instanceof TypeError && /`locale`/.test(e.message),
  );
});

test('a day or so past a whole year missing reads as that many years, not a tenth more', () => {
  // 2023-01-01 to 2023-12-31: 365 days, 0.9993 of a year; 2 are needed, so 1.0007 are missing.
  const result = evaluateRequirements(
    programs.alliance,
    {
      endorsement: 'IMH-E',
      category: 'IFRS',
      work: [
        {
          employer: 'A',
          role: 'Home visitor',
          start: '2023-01-01',
          end: '2023-12-31',
          paid: true,
          ageBand: 'infant',
          services: [],
          description: 'x',
        },
      ],
    },
    { asOf: '2025-06-01' },
  );
  const work = result.requirements.find((r) => r.id === 'work-years')!;
  assert.equal(work.met, false);
  assert.equal(work.have, 0.99);
  assert.equal(work.detail, '1 more year of paid work with infants and toddlers.');
});
