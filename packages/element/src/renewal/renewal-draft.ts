import { CODES, getSteps, type Code, type Program, type StepSpec } from '@endorsement-kit/sdk/core';
import type { Path } from '../sdk-types.js';

/** A value with `value` put at `path` (objects and arrays copied on the way, never changed in place). */
export function setAt(target: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const container: Record<string | number, unknown> | unknown[] = Array.isArray(target)
    ? [...(target as unknown[])]
    : typeof target === 'object' && target !== null
      ? { ...(target as Record<string, unknown>) }
      : typeof head === 'number'
        ? []
        : {};
  const current = (container as Record<string | number, unknown>)[head!];
  if (value === undefined && rest.length === 0 && !Array.isArray(container)) delete (container as Record<string, unknown>)[head as string];
  else (container as Record<string | number, unknown>)[head!] = setAt(current, rest, value);
  return container;
}

/** The value at `path`, or undefined. */
export function getAt(value: unknown, path: Path): unknown {
  let at = value;
  for (const segment of path) at = typeof at === 'object' && at !== null ? (at as Record<string | number, unknown>)[segment] : undefined;
  return at;
}

type Repeat = NonNullable<StepSpec['repeat']>;

/**
 * The application's own lists of training and of RSC received, as the SDK describes them: the
 * renewal shows the same fields, labels and hints. A category whose application has no RSC step
 * borrows the list of one that has.
 */
export function renewalLists(program: Program, category: Code): { training?: Repeat; rscReceived?: Repeat } {
  const find = (code: Code, path: string) =>
    getSteps(program, { form: 'application', category: code }).find((step) => step.repeat?.path === path)?.repeat;
  const offered = CODES.filter((code) => program.categories[code]);
  const pick = (path: string) => find(category, path) ?? offered.map((code) => find(code, path)).find(Boolean);
  const training = pick('training');
  const rscReceived = pick('rscReceived');
  return { ...(training ? { training } : {}), ...(rscReceived ? { rscReceived } : {}) };
}
