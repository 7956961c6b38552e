import type Stripe from 'stripe';
import type { FeeStatus } from './fee-api-types.js';
import type { WebhookResult } from './webhook-result.js';

/** What an application's fee row and a renewal's share: enough to settle one by a Checkout session. */
export interface StripeSettledFee {
  program: string;
  amount: number;
  currency: string;
  status: FeeStatus;
  method: 'stripe' | 'coordinator' | null;
  checkout_session: string | null;
  payment_intent: string | null;
  paid_at: Date | string | null;
}

/** The fee as the event leaves it, and whether it is now paid. */
export interface SessionSettlement<Row extends StripeSettledFee> {
  updated: Row;
  paid: boolean;
  paymentIntent: string | null;
}

/**
 * What a verified Checkout event does to a fee (an application's or a renewal's; the same rules for
 * both): nothing unless the session is the one this server made for that fee, in that program, for
 * its amount and currency, and the fee is not settled yet; paid only when Stripe says paid (a
 * completed session whose `payment_status` is `paid`, or an async payment that succeeded);
 * pending while a bank debit settles; due again when it failed.
 * @example
 * const outcome = settleBySession(row, program.id, event, session, now);
 * if ('result' in outcome) return { result: outcome.result, mailed: false };
 */
export function settleBySession<Row extends StripeSettledFee>(
  row: Row | undefined,
  programId: string,
  event: Stripe.Event,
  session: Stripe.Checkout.Session,
  now: Date,
): SessionSettlement<Row> | { result: Extract<WebhookResult, 'unmatched' | 'ignored'> } {
  const matches =
    row &&
    row.program === programId &&
    row.checkout_session === session.id &&
    session.amount_total === row.amount &&
    session.currency?.toUpperCase() === row.currency;
  if (!row || !matches) return { result: 'unmatched' };
  if (row.status === 'paid' || row.status === 'waived' || row.status === 'invoiced') return { result: 'ignored' };
  const paymentIntent = typeof session.payment_intent === 'string' ? session.payment_intent : (session.payment_intent?.id ?? null);
  const paid =
    (event.type === 'checkout.session.completed' && session.payment_status === 'paid') ||
    event.type === 'checkout.session.async_payment_succeeded';
  const next: FeeStatus = paid
    ? 'paid'
    : event.type === 'checkout.session.completed' && session.payment_status === 'unpaid'
      ? 'pending'
      : event.type === 'checkout.session.async_payment_failed'
        ? 'due'
        : row.status;
  if (next === row.status) return { result: 'ignored' };
  return {
    updated: {
      ...row,
      status: next,
      method: paid ? 'stripe' : row.method,
      payment_intent: paymentIntent ?? row.payment_intent,
      paid_at: paid ? now : null,
    },
    paid,
    paymentIntent,
  };
}
