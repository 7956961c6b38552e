import type { Code } from '../codes/codes.js';
import type { LocalizedText } from '../i18n/localized-text.js';
import type { Dated } from './dated.js';

/**
 * What a fee is for. `registration` is due when an applicant registers, `processing` (and `exam`,
 * where a program charges one) when the application is sent; `renewal`, `late`,
 * `reinstatement` and `inactive` (to be placed on inactive status) belong to the yearly renewal
 * (`renewalFeesDue`).
 * @example FEE_KINDS.includes('processing') // true
 */
export const FEE_KINDS = ['registration', 'processing', 'renewal', 'late', 'reinstatement', 'exam', 'inactive'] as const;

/** One of {@link FEE_KINDS}. @example const kind: FeeKind = 'registration'; */
export type FeeKind = (typeof FEE_KINDS)[number];

/**
 * The fees due at each step of applying: the registration's when registering, the rest with the
 * application. The element, the receiver's records and its mails all ask this.
 * @example feesDue(program, { kind: FEES_DUE_WITH.application, category: 'IFS', on: today() })
 */
export const FEES_DUE_WITH: Readonly<Record<'registration' | 'application', readonly FeeKind[]>> = {
  registration: ['registration'],
  application: ['processing', 'exam'],
};

/** How an applicant pays a fee: the coordinator records it (cheque, employer, scholarship), the program's own link, or Stripe Checkout made by the receiver. */
export type FeePayment = 'coordinator' | 'link' | 'stripe';

/**
 * One fee of a program's `feeSchedule`, as configured. Amounts are in minor units (cents) and may
 * be {@link Dated}: the amount in force on a day is the latest that had taken effect by then, and
 * an amount of 0 means no such fee on that day.
 * @example
 * const fee: FeeDefinition = {
 *   kind: 'registration',
 *   categories: ['IFA'],
 *   amount: [{ from: '2020-01-01', value: 1500 }, { from: '2027-01-01', value: 2000 }],
 *   currency: 'USD',
 *   label: { en: 'Registration fee', es: 'Cuota de registro' },
 *   paymentUrl: 'https://buy.stripe.com/test_abc?client_reference_id={reference}',
 * };
 */
export interface FeeDefinition {
  kind: FeeKind;
  /** The categories it is charged for; absent, every category. At most one fee of a kind applies to a category. */
  categories?: readonly Code[];
  /** In minor units of `currency` (1500 = $15.00). */
  amount: Dated<number>;
  /** ISO 4217, upper case: `USD`. */
  currency: string;
  /** Whether it is refunded (for example when the category was the wrong one). @default false */
  refundable?: boolean;
  /** The words applicants see; absent, the SDK's name of the kind ("Registration fee"). */
  label?: LocalizedText;
  /** A sentence more: who to pay, by cheque or purchase order, what it covers. */
  note?: LocalizedText;
  /**
   * The program's own payment page (PayPal, Square, a Stripe Payment Link). `{reference}` is
   * replaced by the record's short reference (`F5A-7K3M-Q9PD`), for providers that carry one back,
   * e.g. Stripe's `?client_reference_id={reference}`.
   */
  paymentUrl?: string;
  /** Paid through Stripe Checkout sessions the receiver creates (its keys in the environment: docs/fees.md). @default false */
  stripe?: boolean;
}
