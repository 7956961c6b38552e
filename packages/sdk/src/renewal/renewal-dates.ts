import { valueAsOf, type IsoDate } from '../program/dated.js';
import type { Program } from '../program/program.js';
import type { MonthDay } from '../program/renewal-config.js';
import { renewalSettings } from './renewal-settings-of.js';

/**
 * The dates of one renewal cycle of an endorsed category.
 * @example
 * renewalCycle(programs.alliance, { endorsedOn: '2026-03-02' })
 * // { periodStart: '2026-03-02', windowOpensOn: '2026-10-01', dueOn: '2026-12-31', lateUntil: null, removalOn: '2027-01-01', firstRenewal: true }
 */
export interface RenewalCycle {
  /** The first day whose training and RSC count for this renewal. */
  periodStart: IsoDate;
  windowOpensOn: IsoDate;
  dueOn: IsoDate;
  /** The last day of the late window, `null` when the program has none. */
  lateUntil: IsoDate | null;
  /** The day a category not renewed leaves the registry. */
  removalOn: IsoDate;
  /** The first renewal after the endorsement (exempt from hours where the program says so). */
  firstRenewal: boolean;
}

/**
 * Where a cycle stands on a day: before its window, open, late (after the due date, inside the late
 * window), or past removal.
 * @example renewalPhase(cycle, '2026-10-02') // 'open'
 */
export type RenewalPhase = 'not-open' | 'open' | 'late' | 'removed';

const DAY = 86_400_000;
const toIso = (date: Date) => date.toISOString().slice(0, 10);
const parse = (iso: IsoDate) => new Date(`${iso}T00:00:00.000Z`);

/** `iso` moved by whole days. */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return toIso(new Date(parse(iso).getTime() + days * DAY));
}

function onYear(year: number, monthDay: MonthDay): IsoDate {
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

const yearOf = (iso: IsoDate) => Number(iso.slice(0, 4));

/** The latest `monthDay` strictly before `iso`. */
function before(iso: IsoDate, monthDay: MonthDay): IsoDate {
  const same = onYear(yearOf(iso), monthDay);
  return same < iso ? same : onYear(yearOf(iso) - 1, monthDay);
}

/** The first `monthDay` strictly after `iso`. */
function after(iso: IsoDate, monthDay: MonthDay): IsoDate {
  const same = onYear(yearOf(iso), monthDay);
  return same > iso ? same : onYear(yearOf(iso) + 1, monthDay);
}

/** The window, late and removal dates of the cycle due on `dueOn`, under the rules in force on `asOf`. */
function datesOf(program: Program, dueOn: IsoDate, asOf: IsoDate): Omit<RenewalCycle, 'periodStart' | 'firstRenewal'> {
  const settings = renewalSettings(program);
  const late = valueAsOf(settings.lateUntil, asOf);
  const lateUntil = late === null ? null : after(dueOn, late);
  return {
    windowOpensOn: before(dueOn, valueAsOf(settings.windowOpens, asOf)),
    dueOn,
    lateUntil,
    removalOn: addDays(lateUntil ?? dueOn, 1),
  };
}

/**
 * The cycle an endorsed category is in: the first due date whose window opens after the endorsement
 * (or after the last renewal, for an endorsee brought from another system), plus the cycle's
 * further years. Endorsed on 2 March, due 31 December of that year; endorsed once the window has
 * opened, the next year's.
 * @throws {TypeError} for a date that is not `YYYY-MM-DD`.
 * @example renewalCycle(programs.alliance, { endorsedOn: '2026-11-15' }).dueOn // '2027-12-31'
 */
export function renewalCycle(program: Program, facts: { endorsedOn: IsoDate; lastRenewedOn?: IsoDate | null | undefined }): RenewalCycle {
  const base = facts.lastRenewedOn ?? facts.endorsedOn;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(base) || Number.isNaN(parse(base).getTime())) throw new TypeError('`endorsedOn` must be YYYY-MM-DD');
  const settings = renewalSettings(program);
  const due = valueAsOf(settings.due, base);
  let dueOn = after(base, due);
  while (datesOf(program, dueOn, base).windowOpensOn <= base) dueOn = onYear(yearOf(dueOn) + 1, due);
  const years = valueAsOf(settings.cycleYears, base);
  dueOn = onYear(yearOf(dueOn) + years - 1, due);
  // After a renewal, the period starts the day after the due date it covered, so no hour counts twice.
  const periodStart = facts.lastRenewedOn ? addDays(onYear(yearOf(dueOn) - years, due), 1) : base;
  return { periodStart, ...datesOf(program, dueOn, base), firstRenewal: !facts.lastRenewedOn };
}

/**
 * The cycle after a renewal of the cycle due on `dueOn` was approved: its period starts the day
 * after, and it is due a cycle later.
 * @example nextRenewalCycle(programs.alliance, '2026-12-31').dueOn // '2027-12-31'
 */
export function nextRenewalCycle(program: Program, dueOn: IsoDate): RenewalCycle {
  const periodStart = addDays(dueOn, 1);
  const settings = renewalSettings(program);
  const next = onYear(yearOf(dueOn) + valueAsOf(settings.cycleYears, periodStart), valueAsOf(settings.due, periodStart));
  return { periodStart, ...datesOf(program, next, periodStart), firstRenewal: false };
}

/** Where `cycle` stands on `today`. */
export function renewalPhase(cycle: RenewalCycle, today: IsoDate): RenewalPhase {
  if (today >= cycle.removalOn) return 'removed';
  if (today > cycle.dueOn) return 'late';
  return today >= cycle.windowOpensOn ? 'open' : 'not-open';
}
