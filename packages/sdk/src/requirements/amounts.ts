// Hours and counts as requirements compare and show them. Compared exactly (29.999 hours do not
// meet 30); shown to 2 decimals, rounded down while unmet so a sentence never shows the need as had.

// Binary floating point turns some decimal sums into near misses (7.1 + 7.1 + 7.1 + 8.7 is
// 29.999999999999996). Noise below a billionth is not what anyone entered, so it is dropped.
function denoise(value: number): number {
  const snapped = Math.round(value * 1e9) / 1e9;
  return Number.isFinite(snapped) ? snapped : value;
}

// To 2 decimals with `round` (Math.round, floor or ceil); a number too large for that stays as is.
function toCents(value: number, round: (x: number) => number): number {
  const cents = value * 100;
  return Number.isFinite(cents) ? round(denoise(cents)) / 100 : value;
}

/** The sum of finite, non-negative amounts, as entered (float noise dropped); never more than `Number.MAX_VALUE`. */
export function total(values: readonly number[]): number {
  const sum = denoise(values.reduce((acc, v) => acc + v, 0));
  return Number.isFinite(sum) ? sum : Number.MAX_VALUE;
}

/** Rounded to 2 decimals. */
export function round2(value: number): number {
  return toCents(value, Math.round);
}

/** Rounded down to 2 decimals: what is had, while short. */
export function floor2(value: number): number {
  return toCents(value, Math.floor);
}

/** Rounded up to 2 decimals: what is missing, so it is never "0 more". */
export function ceil2(value: number): number {
  return toCents(value, Math.ceil);
}

/** `have` as reported: rounded when met, rounded down when not (1.9986 of 2 shows 1.99, never 2). */
export function shownHave(have: number, met: boolean): number {
  return met ? round2(have) : floor2(have);
}

/** The most hours one entry may hold, as the payload schema says (`validation.too_big`). */
export const MAX_ENTRY_HOURS = 100_000;

/**
 * An entry's hours: a number from 0 to the payload's limit, else `null`. Like negative hours, more
 * than a payload may hold does not count, so sums stay finite (two entries of 1e308 are not Infinity).
 */
export function hoursOf(value: unknown): number | null {
  return typeof value === 'number' && value >= 0 && value <= MAX_ENTRY_HOURS ? value : null;
}
