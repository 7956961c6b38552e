import type Stripe from 'stripe';
import { renewalReference, type Program } from '@endorsement-kit/sdk';
import type { Database } from '../db/database.js';
import { auditEndorsee, type CategoryRow, type EndorseeRow } from '../endorsees/endorsee-rows.js';
import type { CheckoutRefusal } from './checkout.js';
import { feeLabel } from './record-fees.js';
import { lockRenewalFeeRow, renewalFeeRows, renewalSubmittedOn, saveRenewalFeeRow } from './renewal-fee-rows.js';
import { scheduledRenewalFees } from './renewal-fees.js';

/**
 * A Stripe Checkout Session for one fee of an endorsee's renewal (a category's cycle), at the
 * amount the schedule gives for the cycle's dates, with the idempotency key
 * `renewal:<category id>:<due date>:<kind>` (a retry or a second click gets the same session). The
 * session is kept on the fee's row, which stays `due`: only Stripe's webhook marks it paid.
 */
export async function startRenewalCheckout(
  db: Database,
  stripe: Stripe,
  program: Program,
  person: EndorseeRow,
  category: CategoryRow,
  kind: string,
  returnUrl: string,
  now: Date,
): Promise<{ url: string } | { refused: CheckoutRefusal }> {
  const submittedOn = await renewalSubmittedOn(db, category.id, category.due_on);
  const fee = scheduledRenewalFees(program, category, now.toISOString().slice(0, 10), submittedOn).find((f) => f.kind === kind);
  const current = (await renewalFeeRows(db, category.id, category.due_on)).find((row) => row.kind === kind);
  if (!fee || fee.payment !== 'stripe') return { refused: 'not_stripe' };
  if (current && current.status !== 'due' && current.status !== 'pending') return { refused: 'settled' };
  const amount = current?.amount ?? fee.amount;
  const currency = current?.currency ?? fee.currency;
  const locale = person.language.toLowerCase().startsWith('es') ? 'es' : 'en';
  const reference = renewalReference(category.id, category.due_on);
  const session = await stripe.checkout.sessions.create(
    {
      mode: 'payment',
      client_reference_id: reference,
      metadata: { renewalCategory: category.id, dueOn: category.due_on, feeKind: kind, program: program.id },
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: currency.toLowerCase(),
            unit_amount: amount,
            product_data: { name: `${feeLabel(program, locale, kind, fee)} (${category.category})` },
          },
        },
      ],
      customer_email: person.email,
      locale,
      success_url: returnUrl,
      cancel_url: returnUrl,
    },
    { idempotencyKey: `renewal:${category.id}:${category.due_on}:${kind}` },
  );
  if (!session.url) throw new Error('Stripe answered a Checkout Session without a url');
  await db.transaction(async (tx) => {
    const row = await lockRenewalFeeRow(tx, category.id, category.due_on, kind);
    if (row && row.checkout_session === session.id) return;
    await saveRenewalFeeRow(tx, {
      category_id: category.id,
      due_on: category.due_on,
      program: program.id,
      kind,
      amount,
      currency,
      status: row?.status ?? 'due',
      method: row?.method ?? null,
      checkout_session: session.id,
      payment_intent: row?.payment_intent ?? null,
      note: row?.note ?? null,
      paid_at: row?.paid_at ?? null,
    });
    await auditEndorsee(
      tx,
      category,
      'endorsee',
      'fee-checkout-created',
      { kind, dueOn: category.due_on, session: session.id, amount, currency },
      now,
    );
  });
  return { url: session.url };
}
