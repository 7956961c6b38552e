// The validators check `answers` by hand (parseAnswers) instead of with the exported schemas'
// `z.record(z.string(), answerSchema)`, to keep zod's record and union out of what validating
// costs. This holds the two to the same issues and the same value, for any input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applicationSchema, registrationSchema } from '@endorsement-kit/sdk';
import { parseAnswers } from '../src/validation/answers-shape.js';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';

type Described = { code: string; path: PropertyKey[]; expected?: string };
const describe = (issue: { code: string; path: readonly PropertyKey[]; expected?: unknown }): Described => ({
  code: issue.code,
  path: [...issue.path],
  ...(typeof issue.expected === 'string' ? { expected: issue.expected } : {}),
});

function assertSameAsSchema(answers: unknown): void {
  for (const [schema, valid] of [
    [registrationSchema, validRegistration],
    [applicationSchema, validApplication],
  ] as const) {
    const parsed = schema.safeParse({ ...valid(), answers });
    const byHand = parseAnswers(answers);
    const schemaIssues = parsed.success ? [] : parsed.error.issues.filter((issue) => issue.path[0] === 'answers').map(describe);
    assert.deepStrictEqual(byHand.issues.map(describe), schemaIssues, 'the same issues as the schema');
    // The rest of the payload is valid: the schema fails on answers alone.
    assert.equal(parsed.success, byHand.issues.length === 0);
    if (parsed.success) assert.deepStrictEqual(byHand.value, parsed.data.answers, 'the same value as the schema');
  }
}

test('parseAnswers reports what the exported schemas report about answers, and returns what they return', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withSparseArray: true, withBoxedValues: true }),
        fc.dictionary(
          fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', '0', '12')),
          fc.oneof(
            fc.string(),
            fc.double(),
            fc.boolean(),
            fc.array(fc.string()),
            fc.sparseArray(fc.string()),
            fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null))),
            fc.anything(),
          ),
          { noNullPrototype: false },
        ),
      ),
      (answers) => assertSameAsSchema(answers),
    ),
    { numRuns: 2000 },
  );
});

test('parseAnswers and the schemas agree on the awkward cases', () => {
  const symbolKeyed: Record<PropertyKey, unknown> = { a: 'x' };
  symbolKeyed[Symbol('s')] = 'y';
  const hidden = Object.defineProperty({ a: 'x' }, 'b', { value: 1, enumerable: false });
  class Answers {
    a = 'x';
  }
  const cases: unknown[] = [
    undefined,
    null,
    [],
    ['a'],
    'text',
    {},
    { a: 'x', b: 1, c: true, d: ['p', 'q'] },
    { a: Number.NaN },
    { a: Number.POSITIVE_INFINITY },
    { a: undefined },
    { a: null },
    { a: [1] },
    { a: {} },
    // eslint-disable-next-line no-sparse-arrays
    { a: [, 'x'] },
    JSON.parse('{"__proto__": "x", "a": "y"}'),
    JSON.parse('{"__proto__": 1}'),
    { constructor: 'x' },
    { constructor: { prototype: {} } },
    Object.create(null),
    Object.assign(Object.create(null), { a: 'x' }),
    new Answers(),
    new Date(0),
    new Map([['a', 'x']]),
    symbolKeyed,
    hidden,
  ];
  for (const answers of cases) assertSameAsSchema(answers);
});

test('parseAnswers returns a copy, as the schemas do', () => {
  const answers = { a: ['x'], b: 'y' };
  const { value } = parseAnswers(answers) as { value: typeof answers };
  assert.deepStrictEqual(value, answers);
  assert.notEqual(value, answers);
  assert.notEqual(value.a, answers.a);
});
