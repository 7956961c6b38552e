import type Stripe from 'stripe';
import type { Program } from '@endorsement-kit/sdk';
import type { Sql } from '../db/database.js';
import { auditEndorsee, loadCategory, loadEndorsee } from '../endorsees/endorsee-rows.js';
import { lockRenewalFeeRow, saveRenewalFeeRow, type RenewalFeeRow } from './renewal-fee-rows.js';
import { queueRenewalFeeMail } from './renewal-fee-mails.js';
import type { WebhookResult } from './stripe-webhook.js';

/**
 * A verified, first-seen Checkout event of a renewal fee (its metadata names `renewalCategory`,
 * `dueOn` and `feeKind`), inside the webhook's transaction: the same rules as an application's fee.
 * The session must be the one this server made for that fee, for its amount and currency; the fee
 * is paid only when Stripe says paid (then the endorsee gets a receipt), pending while a bank debit
 * settles, due again when it failed.
 */
export async function applyRenewalSession(
  tx: Sql,
  program: Program,
  event: Stripe.Event,
  session: Stripe.Checkout.Session,
  now: Date,
): Promise<{ result: WebhookResult; mailed: boolean }> {
  const { renewalCategory, dueOn, feeKind } = session.metadata ?? {};
  if (!renewalCategory || !dueOn || !feeKind) return { result: 'unmatched', mailed: false };
  const row = await lockRenewalFeeRow(tx, renewalCategory, dueOn, feeKind);
  const matches =
    row &&
    row.program === program.id &&
    row.checkout_session === session.id &&
    session.amount_total === row.amount &&
    session.currency?.toUpperCase() === row.currency;
  if (!row || !matches) return { result: 'unmatched', mailed: false };
  if (row.status === 'paid' || row.status === 'waived' || row.status === 'invoiced') return { result: 'ignored', mailed: false };
  const paymentIntent = typeof session.payment_intent === 'string' ? session.payment_intent : (session.payment_intent?.id ?? null);
  const paid =
    (event.type === 'checkout.session.completed' && session.payment_status === 'paid') ||
    event.type === 'checkout.session.async_payment_succeeded';
  const next: RenewalFeeRow['status'] = paid
    ? 'paid'
    : event.type === 'checkout.session.completed' && session.payment_status === 'unpaid'
      ? 'pending'
      : event.type === 'checkout.session.async_payment_failed'
        ? 'due'
        : row.status;
  if (next === row.status) return { result: 'ignored', mailed: false };
  const updated: RenewalFeeRow = {
    ...row,
    status: next,
    method: paid ? 'stripe' : row.method,
    payment_intent: paymentIntent ?? row.payment_intent,
    paid_at: paid ? now : null,
  };
  await saveRenewalFeeRow(tx, updated);
  const category = await loadCategory(tx, renewalCategory);
  if (category)
    await auditEndorsee(
      tx,
      category,
      'stripe',
      next === 'paid' ? 'fee-paid' : next === 'pending' ? 'fee-pending' : 'fee-payment-failed',
      { kind: feeKind, dueOn, event: event.id, session: session.id, ...(paymentIntent ? { payment: paymentIntent } : {}) },
      now,
    );
  if (!paid) return { result: next === 'pending' ? 'pending' : 'failed', mailed: false };
  const person = category && (await loadEndorsee(tx, category.endorsee_id));
  if (category && person) await queueRenewalFeeMail(tx, program, person, category, updated, now);
  return { result: 'paid', mailed: Boolean(person) };
}
