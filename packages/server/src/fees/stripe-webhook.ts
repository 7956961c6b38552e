import type Stripe from 'stripe';
import type { Program } from '@endorsement-kit/sdk';
import type { Database } from '../db/database.js';
import { auditFee, findFeeRecord, lockFeeRow, saveFeeRow } from './fee-rows.js';
import { queueFeeReceipt } from './fee-mails.js';
import { applyRenewalSession } from './renewal-stripe-event.js';
import { settleBySession } from './session-outcome.js';
import type { WebhookResult } from './webhook-result.js';

export type { WebhookResult } from './webhook-result.js';

const HANDLED = new Set([
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
]);

/**
 * One verified Stripe event for a program. Each event id is handled once (`stripe_events`, in the
 * same transaction as its effect), and a fee is paid only when Stripe says so: a completed
 * session whose `payment_status` is `paid`, or an async payment that succeeded. The session must
 * be the one this server made for that fee, for its amount and currency; anything else changes
 * nothing. Returns what happened and whether a mail was queued.
 */
export async function applyStripeEvent(
  db: Database,
  program: Program,
  event: Stripe.Event,
  now: Date,
): Promise<{ result: WebhookResult; mailed: boolean }> {
  return db.transaction(async (tx) => {
    const { rows: fresh } = await tx.query(
      'insert into stripe_events (id, program, type) values ($1, $2, $3) on conflict (id) do nothing returning id',
      [event.id, program.id, event.type],
    );
    if (fresh.length === 0) return { result: 'duplicate', mailed: false };
    if (!HANDLED.has(event.type)) return { result: 'ignored', mailed: false };
    const session = event.data.object as Stripe.Checkout.Session;
    if (session.metadata?.renewalCategory) return applyRenewalSession(tx, program, event, session, now);
    const recordId = session.metadata?.recordId;
    const kind = session.metadata?.feeKind;
    if (!recordId || !kind) return { result: 'unmatched', mailed: false };
    const outcome = settleBySession(await lockFeeRow(tx, recordId, kind), program.id, event, session, now);
    if ('result' in outcome) return { result: outcome.result, mailed: false };
    const { updated, paid, paymentIntent } = outcome;
    const next = updated.status;
    await saveFeeRow(tx, updated);
    await auditFee(tx, recordId, kind, 'stripe', next === 'paid' ? 'paid' : next === 'pending' ? 'pending' : 'payment-failed', {
      event: event.id,
      session: session.id,
      ...(paymentIntent ? { payment: paymentIntent } : {}),
    });
    if (!paid) return { result: next === 'pending' ? 'pending' : 'failed', mailed: false };
    const record = await findFeeRecord(tx, recordId);
    if (record) await queueFeeReceipt(tx, program, record, updated, now);
    return { result: 'paid', mailed: Boolean(record?.email) };
  });
}
