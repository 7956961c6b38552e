import type { z } from '../schema/zod.js';

type ZodIssue = z.core.$ZodIssue;

function where(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'the config' : `\`${path.map(String).join('.')}\``;
}

/** A sentence that names where a config issue is and what was expected there. */
export function describeConfigIssue(issue: ZodIssue): string {
  const at = where(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return `${at}: expected ${issue.expected}`;
    case 'invalid_value':
      return `${at}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `${at}: unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
    case 'invalid_key':
      return `${at}: unknown key`;
    case 'too_small':
      return `${at}: expected ${issue.origin === 'array' ? `at least ${String(issue.minimum)} item(s)` : issue.origin === 'string' ? 'a non-empty text' : `a value of at least ${String(issue.minimum)}`}`;
    case 'too_big':
      return `${at}: expected at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return `${at}: expected ${issue.format === 'regex' ? 'an id of lowercase letters, digits and dashes' : `a valid ${issue.format}`}`;
    case 'invalid_union':
      return `${at}: expected text, or { en, es } text, or a dated list such as [{ from: "2025-01-01", value: 33 }]`;
    default:
      return `${at}: ${issue.message}`;
  }
}
