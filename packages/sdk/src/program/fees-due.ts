import type { Code } from '../codes/codes.js';
import type { LocalizedText } from '../i18n/localized-text.js';
import { valueAsOf, type IsoDate } from './dated.js';
import { FEE_KINDS, type FeeKind, type FeePayment } from './fee-settings.js';
import type { Program } from './program.js';

/**
 * A fee due for one category on one day, as `feesDue` answers it.
 * @example feesDue(program, { kind: 'registration', category: 'IFA', on: '2026-05-01' })[0] // { kind: 'registration', amount: 1500, currency: 'USD', refundable: false, payment: 'coordinator', ... }
 */
export interface FeeDue {
  kind: FeeKind;
  category: Code;
  amount: number;
  currency: string;
  refundable: boolean;
  label?: LocalizedText;
  note?: LocalizedText;
  payment: FeePayment;
  /** The payment page with `{reference}` still in it; `paymentLink` fills it. */
  paymentUrl?: string;
}

/** Which fees `feesDue` looks for. */
export interface FeeQuery {
  /** One kind, several, or every kind when absent. */
  kind?: FeeKind | readonly FeeKind[];
  category: Code;
  /** The day: amounts in force then. */
  on: IsoDate;
}

/**
 * The fees a program charges for a category on a day, in the order of `FEE_KINDS`. Generic over
 * kinds, so renewal asks `feesDue(program, { kind: ['renewal', 'late'], category, on })`.
 * @example feesDue(programs.first5Alabama, { kind: 'registration', category: 'IFS', on: '2026-12-07' }).map((f) => f.amount) // [2000]
 */
export function feesDue(program: Program, query: FeeQuery): FeeDue[] {
  const kinds: readonly FeeKind[] = query.kind === undefined ? FEE_KINDS : typeof query.kind === 'string' ? [query.kind] : query.kind;
  const due: FeeDue[] = [];
  for (const kind of FEE_KINDS) {
    if (!kinds.includes(kind)) continue;
    const fee = (program.feeSchedule ?? []).find((f) => f.kind === kind && (!f.categories || f.categories.includes(query.category)));
    if (!fee) continue;
    const amount = valueAsOf(fee.amount, query.on);
    if (amount <= 0) continue;
    const one: FeeDue = {
      kind,
      category: query.category,
      amount,
      currency: fee.currency,
      refundable: fee.refundable ?? false,
      payment: fee.stripe ? 'stripe' : fee.paymentUrl ? 'link' : 'coordinator',
    };
    if (fee.label !== undefined) one.label = fee.label;
    if (fee.note !== undefined) one.note = fee.note;
    if (fee.paymentUrl !== undefined) one.paymentUrl = fee.paymentUrl;
    due.push(one);
  }
  return due;
}

/**
 * A fee's payment page for one record, its short reference carried where the URL asks for it.
 * @example paymentLink('https://pay.example.org/?ref={reference}', 'F5A-7K3M-Q9PD') // 'https://pay.example.org/?ref=F5A-7K3M-Q9PD'
 */
export function paymentLink(url: string, reference: string): string {
  return url.split('{reference}').join(encodeURIComponent(reference));
}
