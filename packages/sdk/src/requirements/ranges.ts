import type { Day } from './calendar.js';
import { round2 } from './messages.js';

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
  /** The years, rounded to 2 decimals. */
  have: number;
  met: boolean;
  /** The exact years still missing (0 or less when met). */
  short: number;
}

/**
 * Counts years against `need`. N calendar years hold at least floor(N × 365.25) days (two years:
 * 730), and nobody reads 2022-01-01 to 2023-12-31 as short of 2 years, so that many days meet it;
 * one day fewer does not, even where `have` rounds up to `need`.
 */
export function countYears(years: number, need: number): YearsCount {
  const met = Math.round(years * DAYS_PER_YEAR) >= Math.floor(need * DAYS_PER_YEAR + 1e-9);
  return { have: round2(years), met, short: need - years };
}

/** Whether a range has at least one day inside `[from, to]`. */
export function overlaps(range: DayRange, to: Day, from: Day = Number.NEGATIVE_INFINITY): boolean {
  return range.start <= to && range.end >= from && range.start <= range.end;
}
