import type { Receipt } from '@endorsement-kit/sdk';
import type { Sql } from '../db/database.js';
import type { OutgoingMail } from '../mail/compose-mails.js';
import { sameAnswers } from './body-hash.js';
import type { RecordKind } from './record-kind.js';

/** A validated payload to keep, with what the idempotency rule needs. */
export interface IncomingRecord {
  kind: RecordKind;
  program: string;
  idempotencyKey: string;
  /** `bodyHash` of the request's bytes. */
  bodyHash: string;
  payload: unknown;
  locale: string;
  /** The receipt the record gets if it is new: a random id, a short reference, the time, the first status. */
  receipt: Receipt & { reference: string };
  /** A registration's applicant access token, hashed (secretHash). */
  accessTokenHash?: string;
  /** An application's registration (`linkedRegistration`). */
  registrationId?: string;
}

/**
 * `created`: a new record (201); `repeated`: the key was seen with the same body, its first receipt
 * (200); `conflict`: the key was used with another body (409).
 */
export type ReceiveOutcome = { outcome: 'created' | 'repeated'; receipt: Receipt } | { outcome: 'conflict' };

interface ReceiptRow {
  id: string;
  reference: string | null;
  received_at: Date | string;
  status: string;
  body_hash: string;
}

export const toReceipt = (row: Pick<ReceiptRow, 'id' | 'reference' | 'received_at' | 'status'>): Receipt => ({
  id: row.id,
  ...(row.reference ? { reference: row.reference } : {}),
  receivedAt: new Date(row.received_at).toISOString(),
  status: row.status,
});

/**
 * The record already kept under this key, if any: `repeated` when the body's bytes are the same,
 * or (bytes differ) when its stored answers are the same as `answers`; `conflict` otherwise.
 */
export async function findByKey(
  db: Sql,
  kind: RecordKind,
  idempotencyKey: string,
  bodyHash: string,
  answers: unknown,
): Promise<ReceiveOutcome | undefined> {
  // The stored payload is read only when the bytes differ: a plain retry does not fetch it.
  const { rows } = await db.query<ReceiptRow & { payload: unknown }>(
    `select id, reference, received_at, status, body_hash, case when body_hash = $3 then null else payload end as payload
     from records where kind = $1 and idempotency_key = $2`,
    [kind, idempotencyKey, bodyHash],
  );
  const row = rows[0];
  if (!row) return undefined;
  return row.body_hash === bodyHash || sameAnswers(row.payload, answers)
    ? { outcome: 'repeated', receipt: toReceipt(row) }
    : { outcome: 'conflict' };
}

/**
 * Keeps a record once per (kind, key), in the database's own unique constraint: concurrent
 * requests and other server processes with the same key wait for the first to commit, then get
 * its receipt (or a conflict). The record and its mails are written by one statement, so a
 * record is never kept without them, in one round trip to the database.
 */
export async function receiveRecord(db: Sql, record: IncomingRecord, mails: readonly OutgoingMail[]): Promise<ReceiveOutcome> {
  const { receipt } = record;
  const { rows } = await db.query<{ id: string }>(
    `with created as (
       insert into records (id, kind, program, idempotency_key, body_hash, payload, locale, status, received_at, updated_at, reference, access_token_hash, registration_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $11, $12, $13)
       on conflict (kind, idempotency_key) do nothing
       returning id
     ), mails as (
       insert into mail_outbox (record_id, program, purpose, recipient, subject, body)
       select created.id, $3, mail.purpose, mail.recipient, mail.subject, mail.body
       from created, json_to_recordset($10::json) as mail (purpose text, recipient text, subject text, body text)
     )
     select id from created`,
    [
      receipt.id,
      record.kind,
      record.program,
      record.idempotencyKey,
      record.bodyHash,
      JSON.stringify(record.payload),
      record.locale,
      receipt.status,
      receipt.receivedAt,
      JSON.stringify(mails),
      receipt.reference,
      record.accessTokenHash ?? null,
      record.registrationId ?? null,
    ],
  );
  if (rows[0]) return { outcome: 'created', receipt };
  const seen = await findByKey(db, record.kind, record.idempotencyKey, record.bodyHash, record.payload);
  if (!seen) throw new Error('A record with this key vanished while it was being read.');
  return seen;
}

/** The current receipt of an application, or undefined for an unknown id. */
export async function findApplicationReceipt(db: Sql, id: string): Promise<Receipt | undefined> {
  const { rows } = await db.query<ReceiptRow>(
    "select id, reference, received_at, status, body_hash from records where id = $1 and kind = 'application'",
    [id],
  );
  return rows[0] && toReceipt(rows[0]);
}

/**
 * The current receipt of the applicant's thread whose registration or application has this short
 * reference (or this id) and whose applicant gave this email address (compared without case or
 * surrounding spaces): the latest application of a registration when there is one, else the
 * registration itself. Undefined when either does not match, so a guessed reference finds nothing.
 */
export async function findApplicationByReference(
  db: Sql,
  reference: string | undefined,
  id: string | undefined,
  email: string,
): Promise<Receipt | undefined> {
  if (!reference && !id) return undefined;
  const { rows } = await db.query<ReceiptRow>(
    `select coalesce(a.id, r.id) as id, coalesce(a.reference, r.reference) as reference,
            coalesce(a.received_at, r.received_at) as received_at, coalesce(a.status, r.status) as status, r.body_hash
       from records r
       left join lateral (select * from records x where r.kind = 'registration' and x.kind = 'application' and x.registration_id = r.id
                           order by x.received_at desc limit 1) a on true
      where (r.reference = $1 or r.id = $2) and lower(btrim(r.payload #>> '{applicant,email}')) = lower(btrim($3))`,
    [reference ?? null, id ?? null, email],
  );
  return rows[0] && toReceipt(rows[0]);
}
