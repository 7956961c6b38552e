import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEndorsementClient, customBackend, defineProgram, hourTotals, memoryStore, programs, recommendForProfile, isSubmissionError } from '@endorsement-kit/sdk';

const asOf = '2026-11-26';

test('a bachelor with three years, twelve families, 40 training and 30 RSC hours fits IFS best', () => {
  const ranked = recommendForProfile(
    programs.first5Alabama,
    { endorsement: 'IMH-E', education: 'bachelor', workYears: 3, familiesServed: 12, trainingHours: 40, rscHours: 30 },
    { asOf },
  );
  assert.deepEqual(
    ranked.filter((r) => r.met).map((r) => r.category),
    ['IFS', 'IFA'],
  );
  const imhs = ranked.find((r) => r.category === 'IMHS');
  assert.ok(imhs && !imhs.met);
  assert.ok(imhs.requirements.some((r) => r.id === 'education' && !r.met));
  // paperwork every applicant does later is not what a profile is judged on
  assert.ok(ranked.every((r) => r.requirements.every((q) => !['references', 'membership', 'attestations', 'transcripts'].includes(q.id))));
});

test('a profile for the early-childhood endorsement ranks only its categories, and an empty one never throws', () => {
  const ranked = recommendForProfile(programs.alliance, { endorsement: 'ECMH-E', education: 'master', workYears: 2.5, trainingHours: 35, deiHours: 3, rscHours: 55 }, { asOf });
  assert.ok(ranked.every((r) => r.category.startsWith('EC')));
  assert.equal(ranked[0]?.category, 'ECMHS');
  assert.doesNotThrow(() => recommendForProfile(programs.alliance, {}, { asOf }));
  assert.doesNotThrow(() => recommendForProfile(programs.alliance, { workYears: Number.NaN, trainingHours: -4 } as never, { asOf }));
});

test('a malformed asOf is a TypeError naming the option, as for recommendCategories', () => {
  assert.throws(() => recommendForProfile(programs.alliance, { endorsement: 'IMH-E' }, { asOf: '2025-13-45' }), (error: unknown) => error instanceof TypeError && /`asOf`/.test(error.message));
});

test('hourTotals sums training (with DEI and RSC-provision) and RSC hours, skipping unusable entries', () => {
  const totals = hourTotals({
    training: [
      { hours: 20, topics: ['iecmh'] },
      { hours: 3.5, topics: ['dei'] },
      { hours: 15, topics: ['rsc-provision', 'dei'] },
      { hours: 'ten', topics: ['dei'] },
      null,
    ],
    rscReceived: [{ hours: 12, aboutRscProvided: true }, { hours: 6 }, { hours: -3 }],
  });
  assert.deepEqual(totals, { training: { hours: 38.5, dei: 18.5, rscProvision: 15 }, rscReceived: { hours: 18, aboutRscProvided: 12 } });
  assert.deepEqual(hourTotals(undefined), { training: { hours: 0, dei: 0, rscProvision: 0 }, rscReceived: { hours: 0, aboutRscProvided: 0 } });
});

test('the client language can change while drafts stay open', async () => {
  const backend = customBackend({
    register: async () => ({ id: 'r', receivedAt: new Date().toISOString(), status: 'registered' }),
    submit: async () => ({ id: 'a', receivedAt: new Date().toISOString(), status: 'received' }),
    status: async (id) => ({ id, receivedAt: new Date().toISOString(), status: 'received' }),
  });
  const client = createEndorsementClient({ program: programs.first5Alabama, backend, store: memoryStore() });
  try {
    const draft = await client.open();
    draft.set('applicant.givenName', 'Ana');
    const english = await draft.register().catch((e: unknown) => e);
    assert.ok(isSubmissionError(english));
    client.locale = 'es';
    assert.equal(client.locale, 'es');
    assert.equal(draft.get('applicant.givenName'), 'Ana');
    const spanish = await draft.register().catch((e: unknown) => e);
    assert.ok(isSubmissionError(spanish));
    assert.notEqual(spanish.message, english.message);
    assert.notEqual(spanish.issues[0]?.message, english.issues[0]?.message);
    assert.throws(() => {
      client.locale = '';
    }, TypeError);
  } finally {
    await client.dispose();
  }
});

test('a profile without an endorsement ranks every offered category, of one endorsement or both', () => {
  const lakeview = defineProgram({ id: 'lakeview', name: 'Lakeview', offers: { 'ECMH-E': ['ECFA', 'ECFS'] } });
  const profile = { education: 'bachelor', workYears: 3, familiesServed: 12, trainingHours: 40, rscHours: 30 } as const;
  assert.deepEqual(
    recommendForProfile(lakeview, profile, { asOf }).map((r) => [r.category, r.met]),
    [['ECFS', true], ['ECFA', true]],
  );
  const both = recommendForProfile(programs.alliance, profile, { asOf }).map((r) => r.category);
  assert.equal(both.length, 14);
  assert.deepEqual(both.slice(0, 4).sort(), ['ECFA', 'ECFS', 'IFA', 'IFS']);
});
