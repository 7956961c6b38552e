import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  CODES,
  evaluateRequirements,
  programs,
  recommendCategories,
  twinOf,
  type CategoryRecommendation,
  type RequirementsResult,
} from '@endorsement-kit/sdk';

// The contract's advancement order, written out: a test should not take it from the code it checks.
const ADVANCEMENT = ['IMHM-C', 'IMHM-P', 'IMHM-RF', 'IMHS', 'IFRS', 'IFS', 'IFA'];

const alliance = programs.alliance;
const DAY = 86_400_000;
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

const anyDate = fc.oneof(
  fc.integer({ min: dayOf('2005-01-01'), max: dayOf('2027-12-31') }).map(isoOf),
  fc.constantFrom('2023-02-29', '2024-02-29', '2023-13-01', '0000-00-00', '', '2023-1-1'),
  fc.jsonValue(),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.jsonValue());
const entries = (model: Record<string, fc.Arbitrary<unknown>>) =>
  maybe(fc.array(maybe(fc.record(model, { requiredKeys: [] })), { maxLength: 6 }));
const hours = fc.oneof(
  fc.double({ min: -10, max: 200, noNaN: false }),
  fc.integer({ min: 0, max: 80 }),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constantFrom(1e308, Number.MAX_VALUE),
);

/** A draft of the right shape with any part missing, impossible or of the wrong type. */
const draftArb = fc.record(
  {
    category: maybe(fc.constantFrom(...CODES)),
    endorsement: maybe(fc.constantFrom('IMH-E', 'ECMH-E')),
    education: entries({
      level: maybe(fc.constantFrom('cda', 'associate', 'bachelor', 'master', 'doctorate')),
      completedOn: anyDate,
      transcript: maybe(fc.constantFrom('not-requested', 'requested', 'received')),
    }),
    work: entries({
      start: anyDate,
      end: anyDate,
      paid: maybe(fc.boolean()),
      ageBand: maybe(fc.constantFrom('infant', 'early-childhood', 'both')),
      familiesServed: maybe(fc.integer({ min: 0, max: 50 })),
    }),
    training: entries({ date: anyDate, hours, topics: maybe(fc.subarray(['iecmh', 'rsc-provision', 'dei'])) }),
    rscReceived: entries({
      provider: maybe(fc.record({ name: fc.string(), endorsement: maybe(fc.constantFrom(...CODES)) }, { requiredKeys: [] })),
      start: anyDate,
      end: anyDate,
      hours,
      aboutRscProvided: maybe(fc.boolean()),
    }),
    rscProvided: entries({ start: anyDate, end: anyDate }),
    leadership: entries({ level: maybe(fc.constantFrom('local', 'regional', 'state', 'national')), start: anyDate, end: anyDate }),
    references: entries({
      role: maybe(fc.constantFrom('supervisor', 'rsc-provider', 'colleague', 'supervisee', 'service-recipient')),
      name: maybe(fc.string()),
      email: maybe(fc.emailAddress()),
      endorsed: maybe(fc.boolean()),
    }),
    membership: maybe(fc.record({ association: maybe(fc.string()) }, { requiredKeys: [] })),
    attestations: maybe(
      fc.record(
        { codeOfEthics: maybe(fc.record({ accepted: maybe(fc.boolean()), signedName: maybe(fc.string()) }, { requiredKeys: [] })) },
        { requiredKeys: [] },
      ),
    ),
  },
  { requiredKeys: [] },
);
const asOfArb = fc.integer({ min: dayOf('2015-01-01'), max: dayOf('2027-12-31') }).map(isoOf);
const localeArb = fc.constantFrom('en', 'es', 'es-MX', 'fr');

function assertWellFormed(result: RequirementsResult): void {
  assert.ok(result.requirements.length > 0);
  for (const r of result.requirements) {
    assert.equal(typeof r.met, 'boolean');
    assert.ok(r.detail.length > 0 && !r.detail.startsWith('requirement.') && !/\{\w+\}/.test(r.detail), r.detail);
    for (const n of [r.have, r.need]) if (n !== undefined) assert.ok(Number.isFinite(n) && n >= 0, `${r.id}: ${n}`);
  }
  assert.equal(
    result.met,
    result.requirements.every((r) => r.met || r.later === true),
  );
}

// "Fewest unmet requirements", read literally: every one with `met: false`, the exam (`later`) included.
function unmet(result: CategoryRecommendation): number {
  return result.requirements.filter((r) => !r.met).length;
}

test('never throws on any JSON value, and always answers in shape', () => {
  fc.assert(
    fc.property(fc.oneof(fc.jsonValue(), draftArb), asOfArb, localeArb, (draft, asOf, locale) => {
      assertWellFormed(evaluateRequirements(alliance, draft, { asOf, locale }));
      for (const result of recommendCategories(alliance, draft, { asOf, locale })) assertWellFormed(result);
    }),
    { numRuns: 300 },
  );
});

test('recommendations are ranked: met first by advancement, then by fewest unmet, ties by advancement', () => {
  const rank = (r: CategoryRecommendation) => ADVANCEMENT.indexOf(r.category.startsWith('EC') ? twinOf(r.category) : r.category);
  fc.assert(
    fc.property(draftArb, asOfArb, (draft, asOf) => {
      const results = recommendCategories(alliance, draft, { asOf });
      for (let i = 1; i < results.length; i++) {
        const [a, b] = [results[i - 1]!, results[i]!];
        const key = (r: CategoryRecommendation) => [r.met ? 0 : 1, r.met ? 0 : unmet(r), rank(r)];
        const [ka, kb] = [key(a), key(b)];
        const order = ka.findIndex((v, j) => v !== kb[j]);
        assert.ok(order === -1 || ka[order]! < kb[order]!, `${a.category} before ${b.category}`);
      }
    }),
  );
});

test('years are the union of date ranges up to asOf, in days / 365.25, met exactly at the threshold and shown rounded down', () => {
  const range = fc.record({
    start: fc.integer({ min: dayOf('2014-01-01'), max: dayOf('2026-12-31') }),
    length: fc.option(fc.integer({ min: -30, max: 2000 }), { nil: undefined }),
  });
  fc.assert(
    fc.property(fc.array(range, { maxLength: 6 }), asOfArb, (ranges, asOf) => {
      const leadership = ranges.map((r) => ({
        activity: 'Leadership',
        level: 'local',
        start: isoOf(r.start),
        ...(r.length === undefined ? {} : { end: isoOf(r.start + r.length) }),
        description: 'Leads.',
      }));
      const days = new Set<number>();
      const asOfDay = dayOf(asOf);
      for (const r of ranges) {
        if (r.length !== undefined && r.length < 0) continue;
        const end = Math.min(r.length === undefined ? asOfDay : r.start + r.length, asOfDay);
        for (let d = r.start; d <= end; d++) days.add(d);
      }
      const result = evaluateRequirements(alliance, { category: 'IMHM-P', leadership }, { asOf });
      const requirement = result.requirements.find((r) => r.id === 'leadership-years');
      assert.equal(requirement?.have, Math.floor((days.size * 400) / 1461) / 100);
      assert.equal(requirement?.met, days.size / 365.25 >= 3);
      if (!requirement?.met) assert.ok(requirement!.have! < requirement!.need!);
    }),
  );
});

test('RSC hours in a window: at most all qualifying hours, at least the largest entry, never fewer with one more entry', () => {
  const entry = fc.record({
    start: fc.integer({ min: dayOf('2015-01-01'), max: dayOf('2024-12-31') }),
    length: fc.integer({ min: 0, max: 900 }),
    hours: fc.integer({ min: 0, max: 40 }),
    endorsement: fc.constantFrom('IFRS', 'ECMHS', 'IMHM-C', 'IFS', undefined),
  });
  const toEntry = (e: { start: number; length: number; hours: number; endorsement: string | undefined }) => ({
    provider: { name: 'Provider', ...(e.endorsement ? { endorsement: e.endorsement } : {}) },
    format: 'group',
    modality: 'virtual',
    start: isoOf(e.start),
    end: isoOf(e.start + e.length),
    hours: e.hours,
  });
  const have = (list: unknown[]) =>
    evaluateRequirements(alliance, { category: 'IFRS', rscReceived: list }, { asOf: '2025-06-01' }).requirements.find(
      (r) => r.id === 'rsc-hours',
    )!.have!;
  fc.assert(
    fc.property(fc.array(entry, { maxLength: 6 }), entry, (list, extra) => {
      const qualifying = list.filter((e) => e.endorsement && e.endorsement !== 'IFS' && e.start + e.length <= dayOf('2025-06-01'));
      const got = have(list.map(toEntry));
      assert.ok(got <= qualifying.reduce((s, e) => s + e.hours, 0));
      const fits = qualifying.filter((e) => e.length <= 24 * 28);
      assert.ok(got >= Math.max(0, ...fits.map((e) => e.hours)));
      assert.ok(have([...list, extra].map(toEntry)) >= got);
    }),
  );
});
