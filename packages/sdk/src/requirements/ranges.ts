import type { Day } from './calendar.js';
import { floor2 } from './amounts.js';

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

/** Years as a requirement reports them, against a threshold of `need` years. */
export interface YearsCount {
  /** The years, rounded down to 2 decimals (730 days of 2 years: 1.99, never 2). */
  have: number;
  met: boolean;
  /** The exact years still missing (0 or less when met). */
  short: number;
}

/**
 * Counts years (days / 365.25, as `unionYears` gives them) against `need`, exactly as the contract
 * reads: `days / 365.25 >= need`. Two years need 731 days; 730 (2022-01-01 to 2023-12-31) are 1.998.
 */
export function countYears(years: number, need: number): YearsCount {
  return { have: floor2(years), met: years >= need, short: need - years };
}

/** Whether a range has at least one day inside `[from, to]`. */
export function overlaps(range: DayRange, to: Day, from: Day = Number.NEGATIVE_INFINITY): boolean {
  return range.start <= to && range.end >= from && range.start <= range.end;
}
