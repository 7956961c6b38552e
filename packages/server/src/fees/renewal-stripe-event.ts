import type Stripe from 'stripe';
import type { Program } from '@endorsement-kit/sdk';
import type { Sql } from '../db/database.js';
import { auditEndorsee, loadCategory, loadEndorsee } from '../endorsees/endorsee-rows.js';
import { lockRenewalFeeRow, saveRenewalFeeRow } from './renewal-fee-rows.js';
import { settleBySession } from './session-outcome.js';
import { queueRenewalFeeMail } from './renewal-fee-mails.js';
import type { WebhookResult } from './webhook-result.js';

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
  const outcome = settleBySession(await lockRenewalFeeRow(tx, renewalCategory, dueOn, feeKind), program.id, event, session, now);
  if ('result' in outcome) return { result: outcome.result, mailed: false };
  const { updated, paid, paymentIntent } = outcome;
  const next = updated.status;
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
