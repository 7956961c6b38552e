import type { Program } from '@endorsement-kit/sdk';
import type { Database, Sql } from '../db/database.js';
import { enqueueMails } from '../mail/mail-queue.js';
import { advisorMails } from './advisor-mails.js';
import type { RecordRow } from './record-queries.js';
import type { ApplicationStatus } from './workflow.js';

/** One line of a record's audit log: who did what, when. */
export interface AuditEntry {
  actor: string;
  action: string;
  detail: Record<string, unknown> | null;
  at: string;
}

export async function audit(tx: Sql, record: Pick<RecordRow, 'id' | 'program'>, actor: string, action: string, detail: Record<string, unknown> | null = null): Promise<void> {
  await tx.query('insert into audit_log (record_id, program, actor, action, detail) values ($1, $2, $3, $4, $5)', [record.id, record.program, actor, action, detail && JSON.stringify(detail)]);
}

export async function auditTrail(db: Sql, recordId: string): Promise<AuditEntry[]> {
  const { rows } = await db.query<{ actor: string; action: string; detail: Record<string, unknown> | null; at: Date | string }>('select actor, action, detail, at from audit_log where record_id = $1 order by at, id', [recordId]);
  return rows.map((row) => ({ ...row, at: new Date(row.at).toISOString() }));
}

/** Step 2: the coordinator accepts a registration (checked membership, fee, category). */
export async function acceptRegistration(db: Database, record: RecordRow, actor: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query("update records set status = 'accepted', accepted_at = now(), updated_at = now() where id = $1", [record.id]);
    await audit(tx, record, actor, 'accepted');
  });
}

/** Step 2: assigns the Endorsement Advisor and queues the introduction mails, in one transaction. */
export async function assignAdvisor(db: Database, program: Program, record: RecordRow, advisor: { name: string; email: string }, actor: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('update records set advisor = $2, updated_at = now() where id = $1', [record.id, JSON.stringify(advisor)]);
    await enqueueMails(tx, record.program, record.id, advisorMails({ program, locale: record.locale, recordId: record.id, payload: record.payload, advisor }));
    await audit(tx, record, actor, 'advisor_assigned', advisor);
  });
}

/** Step 4: an application's status, with the message that `more_information_needed` asks for. */
export async function setStatus(db: Database, record: RecordRow, status: ApplicationStatus, message: string | null, actor: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('update records set status = $2, status_message = $3, updated_at = now() where id = $1', [record.id, status, message]);
    await audit(tx, record, actor, 'status_set', message ? { status, message } : { status });
  });
}

export async function addNote(db: Database, record: RecordRow, body: string, actor: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('insert into record_notes (record_id, author, body) values ($1, $2, $3)', [record.id, actor, body]);
    await audit(tx, record, actor, 'note_added');
  });
}

export async function notesOf(db: Sql, recordId: string): Promise<{ author: string; body: string; at: string }[]> {
  const { rows } = await db.query<{ author: string; body: string; created_at: Date | string }>('select author, body, created_at from record_notes where record_id = $1 order by created_at, id', [recordId]);
  return rows.map((row) => ({ author: row.author, body: row.body, at: new Date(row.created_at).toISOString() }));
}

/**
 * Deletes a record for a data request: its answers, notes and mails go (cascade); the audit log
 * keeps who deleted it and when, with the details of earlier entries (advisor, messages) wiped.
 */
export async function deleteRecord(db: Database, record: RecordRow, actor: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('delete from records where id = $1', [record.id]);
    await tx.query('update audit_log set detail = null where record_id = $1', [record.id]);
    await audit(tx, record, actor, 'deleted');
  });
}
