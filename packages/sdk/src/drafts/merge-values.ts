/**
 * One answer both tabs changed from their common version, to different values.
 * @example { path: ['applicant', 'email'], mine: 'ana@example.org', theirs: 'a.ruiz@example.org' }
 */
export interface FieldConflict {
  path: (string | number)[];
  /** This tab's value (`undefined`: removed here). */
  mine: unknown;
  /** The other tab's value (`undefined`: removed there). */
  theirs: unknown;
}

/** What a 3-way merge gives: the merged answers (this tab's value where they conflict) and the conflicts. */
export interface Merged<T> {
  value: T;
  conflicts: FieldConflict[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep equality of JSON values (key order ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a).filter((k) => a[k] !== undefined);
  return keys.length === Object.keys(b).filter((k) => b[k] !== undefined).length && keys.every((k) => sameValue(a[k], b[k]));
}

/**
 * Merges two tabs' answers against the version both started from, field by field: a field changed
 * in one tab only takes that change; changed in both to the same value, that value; changed in
 * both to different values, a conflict (this tab's value stays until someone chooses). Lists
 * merge entry by entry while neither tab removed one; entries added in both are all kept (this
 * tab's first). A list shortened in one tab and changed in the other is one conflict.
 * @example mergeValues({ a: 1, b: 1 }, { a: 2, b: 1 }, { a: 1, b: 3 }) // { value: { a: 2, b: 3 }, conflicts: [] }
 */
export function mergeValues<T>(base: T | undefined, mine: T, theirs: T): Merged<T> {
  const conflicts: FieldConflict[] = [];
  const value = merge(base, mine, theirs, [], conflicts) as T;
  return { value, conflicts };
}

function merge(base: unknown, mine: unknown, theirs: unknown, path: (string | number)[], conflicts: FieldConflict[]): unknown {
  if (sameValue(mine, theirs) || sameValue(theirs, base)) return mine;
  if (sameValue(mine, base)) return theirs;
  if (isObject(mine) && isObject(theirs)) {
    const from = isObject(base) ? base : {};
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const merged = merge(from[key], mine[key], theirs[key], [...path, key], conflicts);
      if (merged !== undefined) out[key] = merged;
    }
    return out;
  }
  if (Array.isArray(mine) && Array.isArray(theirs)) {
    const from = Array.isArray(base) ? base : [];
    if (mine.length >= from.length && theirs.length >= from.length) {
      const shared = from.map((entry, i) => merge(entry, mine[i], theirs[i], [...path, i], conflicts));
      const added = mine.slice(from.length);
      const theirsAdded = theirs.slice(from.length).filter((entry) => !added.some((m) => sameValue(m, entry)));
      return [...shared, ...added, ...theirsAdded];
    }
  }
  conflicts.push({ path, mine, theirs });
  return mine;
}
