import type * as z from '../schema/zod.js';

type ZodIssue = z.core.$ZodIssue;

function where(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'the config' : `\`${path.map(String).join('.')}\``;
}

/**
 * Where a config issue is: for an unknown key, the key itself (`categories.IFA.rules.training.hourz`),
 * so the path names what to delete or correct.
 */
export function configIssuePath(issue: ZodIssue): (string | number)[] {
  const path = issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
  return issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...path, issue.keys[0]] : path;
}

/** A sentence that names where a config issue is and what was expected there. */
export function describeConfigIssue(issue: ZodIssue): string {
  const at = where(configIssuePath(issue));
  switch (issue.code) {
    case 'invalid_type':
      return `${at}: expected ${issue.expected}`;
    case 'invalid_value':
      return `${at}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys': {
      const others = issue.keys.slice(1).map((k) => `\`${where([...issue.path, k]).slice(1, -1)}\``);
      return `${at}: unknown key${others.length ? ` (so are ${others.join(', ')})` : ''}`;
    }
    case 'invalid_key':
      return `${at}: unknown key`;
    case 'too_small':
      return `${at}: expected ${issue.origin === 'array' ? `at least ${String(issue.minimum)} item(s)` : issue.origin === 'string' ? 'a non-empty text' : `a value of at least ${String(issue.minimum)}`}`;
    case 'too_big':
      return `${at}: expected at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return `${at}: expected ${issue.format === 'regex' ? 'an id of lowercase letters, digits and dashes' : `a valid ${issue.format}`}`;
    case 'invalid_union': {
      // Each union of the config is a plain value or its richer form: say what the plain one wants.
      const plain = issue.errors[0]?.[0];
      const expected =
        plain?.code === 'invalid_type' ? (plain.expected === 'int' ? 'whole number' : String(plain.expected)) : 'a valid value';
      const dated = issue.errors.some((branch) => branch.some((i) => i.code === 'invalid_type' && i.expected === 'array'));
      if (dated) return `${at}: expected a ${expected} or a dated list such as [{ from: "2025-01-01", value: 33 }]`;
      return `${at}: expected ${expected === 'string' ? 'text or { en, es } text' : expected}`;
    }
    default:
      return `${at}: ${issue.message}`;
  }
}
