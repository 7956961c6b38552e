/** An issue as zod raises it, before `fromZodIssues` words it. */
export interface RawIssue {
  code: 'invalid_type' | 'invalid_key' | 'invalid_union';
  path: PropertyKey[];
  expected?: string;
}

const isObject = (value: unknown): value is Record<PropertyKey, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// zod's own test for a record (util.isPlainObject), so that the same inputs are refused.
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObject(value)) return false;
  const ctor: unknown = value.constructor;
  if (typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

const isAnswer = (value: unknown) =>
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  // Spread, not every(): a hole in the list is an undefined item, as zod reads it.
  (Array.isArray(value) && [...(value as unknown[])].every((item) => typeof item === 'string'));

/**
 * What the payload schemas' `answers: z.optional(z.record(z.string(), answerSchema))` reports and
 * returns, written out: the validators' schemas take `answers` as it comes and call this instead,
 * so that validating carries neither zod's record nor its union (1 KB of its 22 KB min+gz). The
 * exported schemas keep the record; a property test holds both to the same issues and value.
 */
export function parseAnswers(answers: unknown): { issues: RawIssue[]; value: unknown } {
  if (answers === undefined) return { issues: [], value: answers };
  if (!isPlainObject(answers)) return { issues: [{ code: 'invalid_type', expected: 'record', path: ['answers'] }], value: answers };
  const issues: RawIssue[] = [];
  const value: Record<PropertyKey, unknown> = {};
  for (const key of Reflect.ownKeys(answers)) {
    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(answers, key)) continue;
    if (typeof key === 'symbol') {
      issues.push({ code: 'invalid_key', path: ['answers', key] });
      continue;
    }
    const answer = answers[key];
    if (!isAnswer(answer)) issues.push({ code: 'invalid_union', path: ['answers', key] });
    value[key] = Array.isArray(answer) ? [...(answer as unknown[])] : answer;
  }
  return { issues, value };
}
