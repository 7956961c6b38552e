/**
 * Where a value sits in a draft: dotted (`'applicant.givenName'`, `'training.0.hours'`) or an
 * array of keys and indexes (`['training', 0, 'hours']`).
 */
export type DraftPath = string | readonly (string | number)[];

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** A path as an array; digit-only segments of a dotted path are indexes. */
export function toSegments(path: DraftPath): (string | number)[] {
  const segments = typeof path === 'string' ? path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)) : [...path];
  for (const segment of segments) {
    if (segment === '' || FORBIDDEN.has(String(segment))) throw new TypeError(`\`path\` has an invalid segment: ${String(segment)}`);
  }
  return segments;
}

type Container = Record<string | number, unknown>;
const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** The value at `path`, or undefined. */
export function getIn(root: unknown, path: DraftPath): unknown {
  let node = root;
  for (const segment of toSegments(path)) {
    if (!isContainer(node) || !Object.hasOwn(node, segment)) return undefined;
    node = node[segment];
  }
  return node;
}

/**
 * A copy of `root` with `value` at `path`; only the objects along the path are copied, so every
 * other branch keeps its identity. Missing steps are made: an array before an index, else an
 * object. `undefined` removes the key.
 */
export function setIn<T>(root: T, path: DraftPath, value: unknown): T {
  const segments = toSegments(path);
  const put = (node: unknown, index: number): unknown => {
    const segment = segments[index] as string | number;
    const copy: Container = Array.isArray(node) ? [...(node as unknown[])] as unknown as Container : isContainer(node) ? { ...node } : typeof segment === 'number' ? ([] as unknown as Container) : {};
    const next = index === segments.length - 1 ? value : put(copy[segment], index + 1);
    if (next === undefined && !Array.isArray(copy)) delete copy[segment];
    else copy[segment] = next;
    return copy;
  };
  return (segments.length === 0 ? value : put(root, 0)) as T;
}
