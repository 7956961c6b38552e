import type * as z from '../schema/zod.js';
import type { RawIssue } from './answers-shape.js';
import type { Issue } from '../errors/issue.js';
import { makeIssue, type IssueContext } from './make-issue.js';
import { valueAt } from './value-at.js';

type ZodIssue = z.core.$ZodIssue | RawIssue;
type Path = (string | number)[];

/** Zod's issues in our own stable codes and words, one per field (unknown keys: one per key). */
export function fromZodIssues(context: IssueContext, input: unknown, issues: readonly ZodIssue[]): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((s): s is string | number => typeof s === 'string' || typeof s === 'number');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push(makeIssue(context, [...path, key], 'unknown_key', { key }, 'unknown'));
      continue;
    }
    out.push(convert(context, input, issue, path));
  }
  return out;
}

function convert(context: IssueContext, input: unknown, issue: ZodIssue, path: Path): Issue {
  const value = valueAt(input, path);
  const missing = path.length > 0 && value === undefined;
  const blank = typeof value === 'string' && !/\S/.test(value);
  const last = path[path.length - 1];
  switch (issue.code) {
    case 'invalid_type':
      if (missing) return makeIssue(context, path, 'required');
      if (issue.expected === 'int') return makeIssue(context, path, 'not_integer');
      return makeIssue(context, path, 'invalid_type', { expected: String(issue.expected) });
    case 'invalid_value':
      if (last === 'accepted') return makeIssue(context, path, 'must_accept');
      if (missing) return makeIssue(context, path, 'required');
      if (path.length === 1 && last === 'schemaVersion') return makeIssue(context, path, 'unsupported_version');
      return makeIssue(context, path, 'invalid_option');
    case 'too_small':
      if (issue.origin === 'string') return makeIssue(context, path, 'required');
      if (issue.origin === 'array') return makeIssue(context, path, 'too_few', { minimum: Number(issue.minimum) });
      return makeIssue(context, path, 'too_small', { minimum: Number(issue.minimum) });
    case 'too_big':
      return makeIssue(context, path, 'too_big', { maximum: Number(issue.maximum) });
    case 'invalid_format':
      // An emptied date or email field asks to be filled in, not to be corrected.
      if (blank) return makeIssue(context, path, 'required');
      if (issue.format === 'email') return makeIssue(context, path, 'invalid_email');
      if (issue.format === 'date') return makeIssue(context, path, 'invalid_date');
      // The only pattern in the payload schemas is "not blank".
      if (issue.format === 'regex') return makeIssue(context, path, 'required');
      return makeIssue(context, path, 'invalid');
    case 'invalid_union':
      return makeIssue(context, path, missing ? 'required' : 'invalid_type', { expected: 'value' });
    default:
      return makeIssue(context, path, 'invalid');
  }
}
