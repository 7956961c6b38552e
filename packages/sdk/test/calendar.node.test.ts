// The requirements' day arithmetic against a calendar written out here from its rules (month
// lengths, the Gregorian leap years), over every day a `YYYY-MM-DD` string can name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addMonths, parseDay } from '../src/requirements/calendar.js';

const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const monthLength = (year: number, month: number) => (month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);
const iso = (year: number, month: number, date: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;

// Day number of 0000-01-01: 1970 years of 365 days, plus 478 leap days (0, 4, ... 1968, less
// 100, 200, 300, 500, ... 1900 that are not multiples of 400).
const DAY_OF_YEAR_0 = -(1970 * 365 + 478);

// The first day of each year 0..10000, summed from the year lengths.
const yearStart: number[] = [DAY_OF_YEAR_0];
for (let year = 0; year < 10000; year++) yearStart.push(yearStart[year]! + (isLeap(year) ? 366 : 365));

function referenceDay(year: number, month: number, date: number): number {
  let day = yearStart[year]!;
  for (let m = 1; m < month; m++) day += monthLength(year, m);
  return day + date - 1;
}

test('parseDay numbers every day from 0000-01-01 to 9999-12-31 one after the other, 1970-01-01 being 0', () => {
  assert.equal(yearStart[1970], 0, 'the reference calendar starts 1970 at day 0');
  let expected = DAY_OF_YEAR_0;
  for (let year = 0; year <= 9999; year++) {
    for (let month = 1; month <= 12; month++) {
      const length = monthLength(year, month);
      for (let date = 1; date <= length; date++) {
        const day = parseDay(iso(year, month, date));
        if (day !== expected) assert.fail(`${iso(year, month, date)} is day ${day}, expected ${expected}`);
        expected++;
      }
      // What the calendar does not have is not a day.
      for (const date of [0, length + 1])
        if (parseDay(iso(year, month, date)) !== null) assert.fail(`${iso(year, month, date)} is not a day`);
    }
    for (const month of [0, 13]) if (parseDay(iso(year, month, 1)) !== null) assert.fail(`${iso(year, month, 1)} is not a day`);
  }
  assert.equal(parseDay('1970-01-01'), 0);
  assert.equal(parseDay('2024-02-29'), 19782);
  assert.equal(parseDay('2023-02-29'), null);
  assert.equal(parseDay('1900-02-29'), null);
  assert.equal(parseDay('2000-02-29'), 11016);
});

test('parseDay refuses what is not a YYYY-MM-DD string', () => {
  for (const value of ['', '2024-1-01', '2024-01-01T00:00', ' 2024-01-01', '20240101', '+02024-01-01', 19782, null, undefined, {}]) {
    assert.equal(parseDay(value), null, JSON.stringify(value));
  }
});

test('addMonths keeps the day of the month, or the last day of a shorter month', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 9979 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
      fc.integer({ min: 0, max: 240 }),
      (year, month, wanted, months) => {
        const date = Math.min(wanted, monthLength(year, month));
        const total = year * 12 + (month - 1) + months;
        const [toYear, toMonth] = [Math.floor(total / 12), (total % 12) + 1];
        const expected = referenceDay(toYear, toMonth, Math.min(date, monthLength(toYear, toMonth)));
        assert.equal(addMonths(referenceDay(year, month, date), months), expected, `${iso(year, month, date)} + ${months} months`);
      },
    ),
    { numRuns: 5000 },
  );
  assert.equal(addMonths(parseDay('2024-01-31')!, 1), parseDay('2024-02-29'));
  assert.equal(addMonths(parseDay('2023-01-31')!, 1), parseDay('2023-02-28'));
  assert.equal(addMonths(parseDay('0050-03-15')!, 24), parseDay('0052-03-15'));
});
