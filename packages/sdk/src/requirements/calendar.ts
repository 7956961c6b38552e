// Dates as whole days since 1970-01-01, in UTC so that time zones play no part. Built with
// setUTCFullYear: Date.UTC and the Date constructor map the years 0-99 onto 1900-1999, and a draft
// may hold any string.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A day number: whole days since 1970-01-01. */
export type Day = number;

// The Date rolls over what is out of range: month 12 is January of the next year, day 0 the
// last day of the month before.
function dayOf(year: number, monthIndex: number, date: number): Day {
  const at = new Date(0);
  at.setUTCFullYear(year, monthIndex, date);
  return at.getTime() / DAY_MS;
}

/** The day of a `YYYY-MM-DD` string that exists in the calendar, else `null` (never throws). */
export function parseDay(value: unknown): Day | null {
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const monthIndex = Number(match[2]) - 1;
  const date = Number(match[3]);
  const day = dayOf(year, monthIndex, date);
  // A day or month out of range rolled over into another month: not a day of the calendar.
  const at = new Date(day * DAY_MS);
  return at.getUTCMonth() === monthIndex && at.getUTCDate() === date ? day : null;
}

/** The same day of the month `months` later, or the month's last day when it is shorter. */
export function addMonths(day: Day, months: number): Day {
  const at = new Date(day * DAY_MS);
  const monthIndex = at.getUTCMonth() + Math.trunc(months);
  // Day 0 of the month after is the last day of the month: a date past it rolls over beyond it.
  return Math.min(dayOf(at.getUTCFullYear(), monthIndex, at.getUTCDate()), dayOf(at.getUTCFullYear(), monthIndex + 1, 0));
}
