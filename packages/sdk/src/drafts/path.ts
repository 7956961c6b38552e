/**
 * Where a value sits in a draft: dotted (`'applicant.givenName'`, `'training.0.hours'`) or an
 * array of keys and indexes (`['training', 0, 'hours']`).
 */
export type DraftPath = string | readonly (string | number)[];

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function split(path: DraftPath): (string | number)[] {
  return typeof path === 'string' ? path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)) : [...path];
}

/**
 * A path as an array; digit-only segments of a dotted path are indexes.
 * @throws {TypeError} for an empty segment or one that could reach a prototype (`__proto__`,
 * `constructor`, `prototype`): no draft field has such a name.
 */
export function toSegments(path: DraftPath): (string | number)[] {
  const segments = split(path);
  for (const segment of segments) {
    if (segment === '' || FORBIDDEN.has(String(segment))) throw new TypeError(`\`path\` has an invalid segment: ${String(segment)}`);
  }
  return segments;
}

type Container = Record<string | number, unknown>;
const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/**
 * The value at `path`, or undefined: also for a segment such as `__proto__`, which names no field
 * (a read never reaches a prototype, and asking is not an error).
 * @throws {TypeError} for an empty segment (`'applicant..email'`).
 */
export function getIn(root: unknown, path: DraftPath): unknown {
  const segments = split(path);
  if (segments.some((segment) => FORBIDDEN.has(String(segment)))) return undefined;
  let node = root;
  for (const segment of toSegments(segments)) {
    if (!isContainer(node) || !Object.hasOwn(node, segment)) return undefined;
    node = node[segment];
  }
  return node;
}

/**
 * A copy of `root` with `value` at `path`; only the objects along the path are copied, so every
 * other branch keeps its identity. Missing steps are made: an array before an index, else an
 * object. `undefined` removes the key.
 * @throws {TypeError} for a segment that could reach a prototype (`__proto__`, ...): nothing is
 * written, so no prototype is ever changed.
 */
export function setIn<T>(root: T, path: DraftPath, value: unknown): T {
  const segments = toSegments(path);
  const put = (node: unknown, index: number): unknown => {
    const segment = segments[index] as string | number;
    const copy: Container = Array.isArray(node)
      ? ([...(node as unknown[])] as unknown as Container)
      : isContainer(node)
        ? { ...node }
        : typeof segment === 'number'
          ? ([] as unknown as Container)
          : {};
    // Own keys only: an inherited member (`toString`) is no branch of the draft.
    const next = index === segments.length - 1 ? value : put(Object.hasOwn(copy, segment) ? copy[segment] : undefined, index + 1);
    if (next === undefined && !Array.isArray(copy)) delete copy[segment];
    else copy[segment] = next;
    return copy;
  };
  return (segments.length === 0 ? value : put(root, 0)) as T;
}
