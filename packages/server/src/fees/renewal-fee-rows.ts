import type { Sql } from '../db/database.js';
import type { StripeSettledFee } from './session-outcome.js';

/** A `renewal_fees` row: a fee of one renewal (a category's cycle) something happened to. */
export interface RenewalFeeRow extends StripeSettledFee {
  category_id: string;
  due_on: string;
  kind: string;
  note: string | null;
}

/** The rows of one renewal: a category's cycle, named by its due date. */
export async function renewalFeeRows(db: Sql, categoryId: string, dueOn: string): Promise<RenewalFeeRow[]> {
  const { rows } = await db.query<RenewalFeeRow>('select * from renewal_fees where category_id = $1 and due_on = $2', [categoryId, dueOn]);
  return rows;
}

/** The row of one fee of a renewal, locked for the rest of the transaction. */
export async function lockRenewalFeeRow(tx: Sql, categoryId: string, dueOn: string, kind: string): Promise<RenewalFeeRow | undefined> {
  const { rows } = await tx.query<RenewalFeeRow>(
    'select * from renewal_fees where category_id = $1 and due_on = $2 and kind = $3 for update',
    [categoryId, dueOn, kind],
  );
  return rows[0];
}

/** Writes a renewal fee's row (made on first use with the amount the schedule gave). */
export async function saveRenewalFeeRow(tx: Sql, row: RenewalFeeRow): Promise<void> {
  await tx.query(
    `insert into renewal_fees (category_id, due_on, program, kind, amount, currency, status, method, checkout_session, payment_intent, note, paid_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now())
     on conflict (category_id, due_on, kind) do update set status = excluded.status, method = excluded.method,
       checkout_session = excluded.checkout_session, payment_intent = excluded.payment_intent, note = excluded.note,
       paid_at = excluded.paid_at, updated_at = now()`,
    [
      row.category_id,
      row.due_on,
      row.program,
      row.kind,
      row.amount,
      row.currency,
      row.status,
      row.method,
      row.checkout_session,
      row.payment_intent,
      row.note,
      row.paid_at,
    ],
  );
}

/** The day the renewal of a category's cycle was submitted (`YYYY-MM-DD`), if it was. */
export async function renewalSubmittedOn(db: Sql, categoryId: string, dueOn: string): Promise<string | null> {
  const { rows } = await db.query<{ submitted_at: Date | string | null }>(
    'select submitted_at from renewals where category_id = $1 and due_on = $2',
    [categoryId, dueOn],
  );
  const at = rows[0]?.submitted_at;
  return at ? new Date(at).toISOString().slice(0, 10) : null;
}
