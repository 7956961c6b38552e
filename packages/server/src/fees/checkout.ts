import type Stripe from 'stripe';
import type { Program } from '@endorsement-kit/sdk';
import type { Database } from '../db/database.js';
import { auditFee, feeRows, lockFeeRow, saveFeeRow, type FeeRecord } from './fee-rows.js';
import { feeLabel, scheduledFee } from './record-fees.js';

/** Why no checkout was made. */
export type CheckoutRefusal = 'not_stripe' | 'settled';

/**
 * A Stripe Checkout Session for one fee of a record, at the amount of the record's day, created
 * with the idempotency key `<record id>:<kind>` (a retry, or a second click, gets the same
 * session from Stripe). The session is kept on the fee's row, which stays `due`: only Stripe's
 * webhook marks it paid, never the applicant's return to `returnUrl`.
 */
export async function startCheckout(
  db: Database,
  stripe: Stripe,
  program: Program,
  record: FeeRecord,
  kind: string,
  returnUrl: string,
): Promise<{ url: string } | { refused: CheckoutRefusal }> {
  const fee = scheduledFee(program, record, kind);
  if (!fee || fee.payment !== 'stripe') return { refused: 'not_stripe' };
  const current = (await feeRows(db, record.id)).find((row) => row.kind === kind);
  if (current && current.status !== 'due' && current.status !== 'pending') return { refused: 'settled' };
  const amount = current?.amount ?? fee.amount;
  const currency = current?.currency ?? fee.currency;
  const locale = record.locale.toLowerCase().startsWith('es') ? 'es' : 'en';
  const session = await stripe.checkout.sessions.create(
    {
      mode: 'payment',
      client_reference_id: record.id,
      metadata: { recordId: record.id, feeKind: kind, program: program.id },
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: currency.toLowerCase(),
            unit_amount: amount,
            product_data: { name: feeLabel(program, locale, kind, fee) },
          },
        },
      ],
      ...(record.email ? { customer_email: record.email } : {}),
      locale,
      success_url: returnUrl,
      cancel_url: returnUrl,
    },
    { idempotencyKey: `${record.id}:${kind}` },
  );
  if (!session.url) throw new Error('Stripe answered a Checkout Session without a url');
  await db.transaction(async (tx) => {
    const row = await lockFeeRow(tx, record.id, kind);
    if (row && row.checkout_session === session.id) return;
    await saveFeeRow(tx, {
      record_id: record.id,
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
    await auditFee(tx, record.id, kind, 'applicant', 'checkout-created', { session: session.id, amount, currency });
  });
  return { url: session.url };
}
