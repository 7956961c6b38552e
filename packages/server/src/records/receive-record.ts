import { randomUUID } from 'node:crypto';
import type { Receipt } from '@endorsement-kit/sdk';
import type { Database, Sql } from '../db/database.js';
import { FIRST_STATUS, type RecordKind } from './record-kind.js';

/** A validated payload to keep, with what the idempotency rule needs. */
export interface IncomingRecord {
  kind: RecordKind;
  program: string;
  idempotencyKey: string;
  bodyHash: string;
  payload: unknown;
  locale: string;
}

/**
 * `created`: a new record (201); `repeated`: the key was seen with the same body, its first receipt
 * (200); `conflict`: the key was used with another body (409).
 */
export type ReceiveOutcome = { outcome: 'created' | 'repeated'; receipt: Receipt } | { outcome: 'conflict' };

interface ReceiptRow {
  id: string;
  received_at: Date | string;
  status: string;
  body_hash: string;
}

export const toReceipt = (row: Pick<ReceiptRow, 'id' | 'received_at' | 'status'>): Receipt => ({
  id: row.id,
  receivedAt: new Date(row.received_at).toISOString(),
  status: row.status,
});

/** The record already kept under this key, if any. */
export async function findByKey(db: Sql, kind: RecordKind, idempotencyKey: string, bodyHash: string): Promise<ReceiveOutcome | undefined> {
  const { rows } = await db.query<ReceiptRow>('select id, received_at, status, body_hash from records where kind = $1 and idempotency_key = $2', [kind, idempotencyKey]);
  const row = rows[0];
  if (!row) return undefined;
  return row.body_hash === bodyHash ? { outcome: 'repeated', receipt: toReceipt(row) } : { outcome: 'conflict' };
}

/**
 * Keeps a record once per (kind, key), in the database's own unique constraint: concurrent
 * requests and other server processes with the same key wait for the first to commit, then get
 * its receipt (or a conflict). `alongside` runs in the same transaction (the mails about it), so a
 * record is never kept without them.
 */
export async function receiveRecord(db: Database, record: IncomingRecord, alongside: (tx: Sql, receipt: Receipt) => Promise<void>): Promise<ReceiveOutcome> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<ReceiptRow>(
      `insert into records (id, kind, program, idempotency_key, body_hash, payload, locale, status)
       values ($1, $2, $3, $4, $5, $6, $7, $8)
       on conflict (kind, idempotency_key) do nothing
       returning id, received_at, status, body_hash`,
      [randomUUID(), record.kind, record.program, record.idempotencyKey, record.bodyHash, JSON.stringify(record.payload), record.locale, FIRST_STATUS[record.kind]],
    );
    const created = rows[0];
    if (!created) {
      const seen = await findByKey(tx, record.kind, record.idempotencyKey, record.bodyHash);
      if (!seen) throw new Error('A record with this key vanished while it was being read.');
      return seen;
    }
    const receipt = toReceipt(created);
    await alongside(tx, receipt);
    return { outcome: 'created', receipt };
  });
}

/** The current receipt of an application, or undefined for an unknown id. */
export async function findApplicationReceipt(db: Sql, id: string): Promise<Receipt | undefined> {
  const { rows } = await db.query<ReceiptRow>("select id, received_at, status, body_hash from records where id = $1 and kind = 'application'", [id]);
  return rows[0] && toReceipt(rows[0]);
}
