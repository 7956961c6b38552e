/**
 * A calendar date, `YYYY-MM-DD`.
 * @example const asOf: IsoDate = '2025-06-01';
 */
export type IsoDate = string;

/**
 * One value of a threshold and the day it took effect.
 * @example const change: DatedValue<number> = { from: '2025-01-01', value: 33 };
 */
export interface DatedValue<T> {
  /** The first day this value applies, `YYYY-MM-DD`. */
  from: IsoDate;
  value: T;
}

/**
 * A threshold that may have changed over time. A plain value has always applied; a list holds each
 * value with the day it took effect, and `asOf` picks the latest that had taken effect by then
 * (the earliest entry also covers any day before it).
 * @example const mhsTraining: Dated<number> = [{ from: '2000-01-01', value: 30 }, { from: '2025-01-01', value: 33 }];
 */
export type Dated<T> = T | readonly DatedValue<T>[];

/**
 * The value of a dated threshold in force on `asOf`.
 * @example valueAsOf([{ from: '2000-01-01', value: 30 }, { from: '2025-01-01', value: 33 }], '2025-03-01') // 33
 */
export function valueAsOf<T>(dated: Dated<T>, asOf: IsoDate): T {
  if (!Array.isArray(dated)) return dated as T;
  const entries = [...(dated as readonly DatedValue<T>[])].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  let current = entries[0];
  for (const entry of entries) if (entry.from <= asOf) current = entry;
  if (current === undefined) throw new TypeError('A dated threshold needs at least one value');
  return current.value;
}

/** Today in the local time zone, `YYYY-MM-DD`. */
export function today(): IsoDate {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
