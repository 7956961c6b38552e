import type { Day } from './calendar.js';

/** A span of days, both ends included. */
export interface DayRange {
  start: Day;
  end: Day;
}

/** Days in a year, on average, as the rules count years. */
export const DAYS_PER_YEAR = 365.25;

/**
 * Years covered by the union of the ranges, cut to `[from, to]`: a day covered twice counts once.
 * Ranges are inclusive, so a job from 2022-01-01 to 2022-01-01 is one day of work.
 */
export function unionYears(ranges: readonly DayRange[], to: Day, from: Day = Number.NEGATIVE_INFINITY): number {
  const clipped = ranges
    .map((r) => ({ start: Math.max(r.start, from), end: Math.min(r.end, to) }))
    .filter((r) => r.start <= r.end)
    .sort((a, b) => a.start - b.start);
  let days = 0;
  let coveredUntil = Number.NEGATIVE_INFINITY;
  for (const range of clipped) {
    const start = Math.max(range.start, coveredUntil + 1);
    if (range.end >= start) days += range.end - start + 1;
    coveredUntil = Math.max(coveredUntil, range.end);
  }
  return days / DAYS_PER_YEAR;
}

/** Whether a range has at least one day inside `[from, to]`. */
export function overlaps(range: DayRange, to: Day, from: Day = Number.NEGATIVE_INFINITY): boolean {
  return range.start <= to && range.end >= from && range.start <= range.end;
}
