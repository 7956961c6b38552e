import { createHash } from 'node:crypto';

/**
 * sha256 of a request body's bytes, as sent. A retry resends the stored body unchanged, so this
 * recognises it at the cost of one hash of the bytes; a body whose bytes differ is compared by its
 * answers (`sameAnswers`), which only a repeated key with other bytes pays for.
 */
export function bodyHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Whether two JSON values hold the same answers: equal when written canonically (object keys
 * sorted), so the same answers with their keys in another order are the same body.
 */
export function sameAnswers(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
}
