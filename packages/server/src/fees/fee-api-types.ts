// The fees' shapes across the wire: the receiver's answers and the workspace's requests (the
// admin-ui imports this file, so a renamed field fails tsc on both sides).

/** Where a fee stands. */
export type FeeStatus = 'due' | 'pending' | 'paid' | 'waived' | 'invoiced';

/** What a coordinator may record of a fee. */
export type FeeMark = 'paid' | 'waived' | 'invoiced' | 'due';

/**
 * One fee of a record: the program's fee for the record's category on the day it was received,
 * and where it stands. Amounts are in minor units (cents).
 * @example const fee: FeeLine = { record: '0b6f…', kind: 'registration', label: 'Registration fee', amount: 2000, currency: 'USD', refundable: false, status: 'due', payment: 'coordinator' };
 */
export interface FeeLine {
  /** The record it is charged to (a registration's or an application's id): what a checkout names. */
  record: string;
  kind: string;
  /** The fee's words in the language asked for. */
  label: string;
  amount: number;
  currency: string;
  refundable: boolean;
  status: FeeStatus;
  /** How the applicant pays it: the coordinator records it, the program's link, or Stripe Checkout. */
  payment: 'coordinator' | 'link' | 'stripe';
  /** The program's payment page with the record's reference filled in (`payment: 'link'`), while not settled. */
  paymentUrl?: string;
  /** When it was paid, waived or invoiced (ISO date-time). */
  settledAt?: string;
  /** Stripe or the coordinator. */
  method?: 'stripe' | 'coordinator';
}

/** A record's fees, as `GET /admin/api/records/:id/fees` answers them. */
export interface RecordFees {
  fees: FeeLine[];
  /** The changes, newest last, with the coordinator's notes. */
  history: { kind: string; actor: string; action: string; note?: string; at: string }[];
}

/** `POST /admin/api/records/:id/fees/:kind`: what the coordinator records, and why. */
export interface FeeMarkBody {
  status: FeeMark;
  note?: string | undefined;
}

/** `POST /api/fees/checkout`: a record's id (its receipt's `id`) and the fee to pay. */
export interface CheckoutBody {
  record: string;
  kind: string;
}

/** The answer to a checkout: the Stripe page to send the applicant to. */
export interface CheckoutAnswer {
  url: string;
}
