import type { FieldChange } from './version-api-types.js';

type Leaves = Map<string, string>;

function leaves(value: unknown, path: string, into: Leaves): Leaves {
  if (Array.isArray(value)) value.forEach((item, index) => leaves(item, `${path}[${index}]`, into));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) leaves(item, path ? `${path}.${key}` : key, into);
  else if (value !== undefined) into.set(path, value === null ? '' : String(value));
  return into;
}

/**
 * The fields whose value differs between two payloads, by path (`applicant.givenName`,
 * `education[1].degree`), in the order the newer one lists them, then those it dropped.
 * @example versionChanges({ a: { b: 1 } }, { a: { b: 2 } }) // [{ path: 'a.b', before: '1', after: '2' }]
 */
export function versionChanges(before: unknown, after: unknown): FieldChange[] {
  const old = leaves(before, '', new Map());
  const now = leaves(after, '', new Map());
  const changes: FieldChange[] = [];
  for (const [path, value] of now) if (old.get(path) !== value) changes.push({ path, before: old.get(path) ?? '', after: value });
  for (const [path, value] of old) if (!now.has(path)) changes.push({ path, before: value, after: '' });
  return changes;
}
