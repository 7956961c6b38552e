import type { Code } from '../codes/codes.js';
import { valueAsOf, type IsoDate } from '../program/dated.js';
import type { FeeKind, FeePayment } from '../program/fee-settings.js';
import { feesDue, type FeeDue } from '../program/fees-due.js';
import { currencyDigits } from '../program/format-fee.js';
import type { Program } from '../program/program.js';
import { addDays, renewalPhase, type RenewalCycle } from './renewal-dates.js';

/**
 * The fee kinds of an endorsee's renewal: `renewal` and `late` are paid with the renewal form,
 * `inactive` to be placed on inactive status, `reinstatement` to come back after removal.
 * @example const kind: RenewalFeeKind = 'late';
 */
export type RenewalFeeKind = Extract<FeeKind, 'renewal' | 'late' | 'inactive' | 'reinstatement'>;

/** The kinds the renewal form shows and takes payment for. */
export const RENEWAL_FORM_FEES: readonly RenewalFeeKind[] = ['renewal', 'late'];

/** Which renewal fees `renewalFeesDue` looks for. */
export interface RenewalFeeQuery {
  category: Code;
  cycle: RenewalCycle;
  /** The day asked about: the late fee applies when it falls in the late window. */
  on: IsoDate;
  /** When the renewal was submitted: a renewal in by its due date owes no late fee afterwards. */
  submittedOn?: IsoDate | null | undefined;
  /** @default the renewal form's: `['renewal', 'late']` */
  kind?: RenewalFeeKind | readonly RenewalFeeKind[];
}

/**
 * Where one renewal fee stands, as the receiver tells the renewal page and the workspace. Amounts
 * in minor units (cents).
 * @example const line: RenewalFeeLine = { kind: 'renewal', label: 'Renewal fee', amount: 3000, currency: 'USD', status: 'due', payment: 'stripe' };
 */
export interface RenewalFeeLine {
  kind: RenewalFeeKind;
  /** The fee's words in the endorsee's language. */
  label: string;
  amount: number;
  currency: string;
  status: 'due' | 'pending' | 'paid' | 'waived' | 'invoiced';
  payment: FeePayment;
  /** The program's payment page with the renewal's reference filled in, while it is due. */
  paymentUrl?: string;
  /** When it was paid, waived or invoiced (ISO date-time). */
  settledAt?: string;
  /** Who settled it: Stripe (its webhook) or the coordinator. */
  method?: 'stripe' | 'coordinator';
}

/** The day a kind's amount is read: the cycle's due date, its first late day, its removal date, or the day asked. */
function amountDay(kind: RenewalFeeKind, query: RenewalFeeQuery): IsoDate {
  if (kind === 'renewal') return query.cycle.dueOn;
  if (kind === 'late') return addDays(query.cycle.dueOn, 1);
  return kind === 'reinstatement' ? query.cycle.removalOn : query.on;
}

/** `25` whole units of a currency in its minor units: 2500 cents, 25 yen. */
function toMinor(whole: number, currency: string): number {
  return Math.round(whole * 10 ** currencyDigits(currency));
}

/**
 * The renewal fees of a category's cycle, from the program's `feeSchedule` by kind, in the order of
 * `FEE_KINDS`: the renewal fee as in force on the cycle's due date; the late fee only when the day
 * (or the day the renewal was submitted) is in the cycle's late window, as in force on its first
 * day; the reinstatement fee as on the removal date; the inactive fee as on the day asked. A kind
 * the schedule does not list at all is read from the older `renewal.fees` (whole amounts, in the
 * currency of the schedule's other fees, else USD; paid as the coordinator says).
 * @example
 * const cycle = renewalCycle(program, { endorsedOn: '2020-05-01', lastRenewedOn: '2025-11-20' });
 * renewalFeesDue(program, { category: 'IMHS', cycle, on: '2027-01-10' }).map((f) => f.kind) // ['renewal', 'late']
 */
export function renewalFeesDue(program: Program, query: RenewalFeeQuery): FeeDue[] {
  const asked: readonly RenewalFeeKind[] =
    query.kind === undefined ? RENEWAL_FORM_FEES : typeof query.kind === 'string' ? [query.kind] : query.kind;
  const late = renewalPhase(query.cycle, query.submittedOn ?? query.on) === 'late';
  const schedule = program.feeSchedule ?? [];
  const currency = schedule[0]?.currency ?? 'USD';
  const due: FeeDue[] = [];
  for (const kind of ['renewal', 'late', 'reinstatement', 'inactive'] as const) {
    if (!asked.includes(kind) || (kind === 'late' && !late)) continue;
    const day = amountDay(kind, query);
    if (schedule.some((fee) => fee.kind === kind)) {
      due.push(...feesDue(program, { kind, category: query.category, on: day }));
      continue;
    }
    const older = program.renewal?.fees === undefined ? 0 : valueAsOf(program.renewal.fees, day)[kind];
    if (older > 0)
      due.push({ kind, category: query.category, amount: toMinor(older, currency), currency, refundable: false, payment: 'coordinator' });
  }
  return due;
}

/**
 * The short reference a renewal's payment carries (a payment link's `{reference}`, a Stripe
 * description): the category's id and the year of the due date, nothing personal.
 * @example renewalReference('8f3a2b1c-…', '2026-12-31') // 'R-8F3A2B1C-2026'
 */
export function renewalReference(categoryId: string, dueOn: IsoDate): string {
  return `R-${categoryId.replace(/-/g, '').slice(0, 8).toUpperCase()}-${dueOn.slice(0, 4)}`;
}
