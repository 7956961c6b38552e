import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ISSUE_CODES, programs, validateApplication, validateRegistration, type ValidationResult } from '@endorsement-kit/sdk';
import { ASOF, questionsProgram, validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';

type Json = unknown;
type Path = (string | number)[];
const validators = [
  ['application', validateApplication, validApplication],
  ['registration', validateRegistration, validRegistration],
] as const;
const knownCodes: readonly string[] = ISSUE_CODES;

/** The result is well formed: `ok` with the input back, or issues with paths, known codes and words. */
function assertWellFormed(result: ValidationResult<unknown>, input: Json): void {
  if (result.ok) {
    assert.deepEqual(result.value, input, 'a valid payload comes back unchanged');
    return;
  }
  assert.ok(result.issues.length > 0);
  for (const issue of result.issues) {
    assert.ok(Array.isArray(issue.path) && issue.path.every((s) => typeof s === 'string' || typeof s === 'number'), JSON.stringify(issue));
    assert.ok(knownCodes.includes(issue.code), issue.code);
    assert.notEqual(issue.code, 'unexpected', 'the validator hit a bug and caught it');
    assert.ok(typeof issue.message === 'string' && issue.message.length > 0 && !issue.message.startsWith('validation.'), issue.message);
  }
}

/** Every path to a value inside a JSON value (not the root). */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

function containerAt(value: Json, path: Path): Record<string | number, Json> {
  let current = value as Record<string | number, Json>;
  for (const key of path) current = current[key] as Record<string | number, Json>;
  return current;
}

type Mutation =
  { kind: 'set'; path: Path; value: Json } | { kind: 'delete'; path: Path } | { kind: 'add'; path: Path; key: string; value: Json };

function mutate(input: Json, mutation: Mutation): Json {
  const copy = structuredClone(input);
  if (mutation.kind === 'add') {
    containerAt(copy, mutation.path)[mutation.key] = mutation.value;
    return copy;
  }
  const parent = containerAt(copy, mutation.path.slice(0, -1));
  const key = mutation.path[mutation.path.length - 1]!;
  if (mutation.kind === 'set') parent[key] = mutation.value;
  else if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
  return copy;
}

function mutations(input: Json): fc.Arbitrary<Mutation> {
  const paths = pathsOf(input);
  const objects = [[] as Path, ...paths].filter((p) => {
    const v = p.length === 0 ? input : containerAt(input, p);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  });
  return fc.oneof(
    fc.record({ kind: fc.constant('set' as const), path: fc.constantFrom(...paths), value: fc.jsonValue({ maxDepth: 3 }) }),
    fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...paths) }),
    fc.record({
      kind: fc.constant('add' as const),
      path: fc.constantFrom(...objects),
      key: fc.string({ minLength: 1, maxLength: 8 }).map((s) => `x_${s}`),
      value: fc.jsonValue({ maxDepth: 2 }),
    }),
  );
}

test('never throws on any JSON value, and always answers in the same shape', () => {
  for (const [, validate] of validators) {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('en', 'es'), (value, locale) => {
        const result = validate(programs.alliance, value, { asOf: ASOF, locale });
        assertWellFormed(result, value);
        assert.deepEqual(validate(programs.alliance, value, { asOf: ASOF, locale }), result, 'deterministic');
      }),
      { numRuns: 300 },
    );
  }
});

test('never throws on objects with the payload’s keys holding any JSON', () => {
  const keys = Object.keys(validApplication()).concat('answers', 'overview');
  fc.assert(
    fc.property(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 })), (value) => {
      for (const [, validate] of validators) assertWellFormed(validate(questionsProgram, value, { asOf: ASOF }), value);
    }),
    { numRuns: 300 },
  );
});

test('mutations of a valid payload: well formed, issues point into the payload, added keys are reported where they are', () => {
  for (const [, validate, valid] of validators) {
    const input = valid() as Json;
    fc.assert(
      fc.property(mutations(input), (mutation) => {
        const changed = mutate(input, mutation);
        const result = validate(programs.alliance, changed, { asOf: ASOF });
        assertWellFormed(result, changed);
        if (!result.ok) {
          const topKeys = new Set([...Object.keys(input as object), ...Object.keys(changed as object), 'answers', 'membership']);
          for (const issue of result.issues) assert.ok(topKeys.has(String(issue.path[0])), JSON.stringify(issue.path));
        }
        if (mutation.kind === 'add') {
          assert.equal(result.ok, false);
          const at = JSON.stringify([...mutation.path, mutation.key]);
          assert.ok(!result.ok && result.issues.some((i) => i.code === 'unknown_key' && JSON.stringify(i.path) === at), at);
        }
      }),
      { numRuns: 400 },
    );
  }
});

test('prototype-looking keys are plain unknown keys', () => {
  const value = JSON.parse(`{"__proto__": {"polluted": true}, "constructor": 1, "answers": {"__proto__": "x", "toString": 2}}`);
  const result = validateApplication(programs.alliance, { ...validApplication(), ...value }, { asOf: ASOF });
  assertWellFormed(result, value);
  assert.ok(!result.ok);
  const paths = result.issues.map((i) => i.path.join('.'));
  assert.ok(paths.includes('__proto__') && paths.includes('constructor'), paths.join(', '));
  assert.ok(paths.includes('answers.__proto__'), paths.join(', '));
  assert.ok(paths.includes('answers.toString'), paths.join(', '));
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  const raw = validateApplication(programs.alliance, value, { asOf: ASOF });
  assertWellFormed(raw, value);
});
