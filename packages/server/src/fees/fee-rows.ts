import type { Sql } from '../db/database.js';
import type { StripeSettledFee } from './session-outcome.js';

/** A `record_fees` row: a fee something happened to. */
export interface FeeRow extends StripeSettledFee {
  record_id: string;
  kind: string;
  note: string | null;
}

/** What fees are about: a record, its program, category, language, reference and when it came. */
export interface FeeRecord {
  id: string;
  kind: 'registration' | 'application';
  program: string;
  category: string;
  locale: string;
  reference: string;
  email: string | undefined;
  /** The applicant's given name (mails greet by it). */
  name: string | undefined;
  received_at: Date | string;
}

export async function findFeeRecord(db: Sql, id: string): Promise<FeeRecord | undefined> {
  const { rows } = await db.query<FeeRecord>(
    `select id, kind, program, payload->>'category' as category, locale, reference, received_at,
            payload->'applicant'->>'email' as email,
            payload->'applicant'->>'givenName' as name
       from records where id = $1`,
    [id],
  );
  const row = rows[0];
  return row ? { ...row, email: row.email ?? undefined, name: row.name || undefined } : undefined;
}

export async function feeRows(db: Sql, recordId: string): Promise<FeeRow[]> {
  const { rows } = await db.query<FeeRow>('select * from record_fees where record_id = $1', [recordId]);
  return rows;
}

/** The row of one fee, locked for the rest of the transaction. */
export async function lockFeeRow(tx: Sql, recordId: string, kind: string): Promise<FeeRow | undefined> {
  const { rows } = await tx.query<FeeRow>('select * from record_fees where record_id = $1 and kind = $2 for update', [recordId, kind]);
  return rows[0];
}

/** Writes a fee's row (made on first use with the amount of the record's day). */
export async function saveFeeRow(tx: Sql, row: FeeRow): Promise<void> {
  await tx.query(
    `insert into record_fees (record_id, program, kind, amount, currency, status, method, checkout_session, payment_intent, note, paid_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now())
     on conflict (record_id, kind) do update set status = excluded.status, method = excluded.method,
       checkout_session = excluded.checkout_session, payment_intent = excluded.payment_intent, note = excluded.note,
       paid_at = excluded.paid_at, updated_at = now()`,
    [
      row.record_id,
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

export async function auditFee(
  tx: Sql,
  recordId: string,
  kind: string,
  actor: string,
  action: string,
  detail: Record<string, unknown>,
): Promise<void> {
  await tx.query('insert into fee_audit (record_id, kind, actor, action, detail) values ($1, $2, $3, $4, $5)', [
    recordId,
    kind,
    actor,
    action,
    JSON.stringify(detail),
  ]);
}
