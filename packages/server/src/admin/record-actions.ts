import type { Program } from '@endorsement-kit/sdk';
import type { Database, Sql } from '../db/database.js';
import { deleteDocuments } from '../documents/document-rows.js';
import { enqueueMails } from '../mail/mail-queue.js';
import { advisorMails } from './advisor-mails.js';
import type { Advisor, AuditDetail, Note, AuditEntry } from './api-types.js';
import { auditTrail, notesOf, type RecordRow } from './record-queries.js';
import type { ApplicationStatus } from './workflow.js';

export async function audit(
  tx: Sql,
  record: Pick<RecordRow, 'id' | 'program'>,
  actor: string,
  action: string,
  detail: AuditDetail | null = null,
): Promise<void> {
  await tx.query('insert into audit_log (record_id, program, actor, action, detail) values ($1, $2, $3, $4, $5)', [
    record.id,
    record.program,
    actor,
    action,
    detail && JSON.stringify(detail),
  ]);
}

/** Step 2: the coordinator accepts a registration (checked membership, fee, category). */
export async function acceptRegistration(db: Database, record: RecordRow, actor: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query("update records set status = 'accepted', accepted_at = now(), updated_at = now() where id = $1", [record.id]);
    await audit(tx, record, actor, 'accepted');
  });
}

/** Step 2: assigns the Endorsement Advisor and queues the introduction mails, in one transaction. */
export async function assignAdvisor(db: Database, program: Program, record: RecordRow, advisor: Advisor, actor: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('update records set advisor = $2, updated_at = now() where id = $1', [record.id, JSON.stringify(advisor)]);
    await enqueueMails(
      tx,
      record.program,
      record.id,
      advisorMails({ program, locale: record.locale, recordId: record.id, reference: record.reference, payload: record.payload, advisor }),
    );
    await audit(tx, record, actor, 'advisor_assigned', { ...advisor });
  });
}

/** Step 4: an application's status, with the message that `more_information_needed` asks for. */
export async function setStatus(
  db: Database,
  record: RecordRow,
  status: ApplicationStatus,
  message: string | null,
  actor: string,
): Promise<void> {
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

/**
 * Deletes a record for a data request: its answers, notes, mails and documents go (cascade; the
 * documents' files by a job); the audit log
 * keeps who deleted it and when, with the details of earlier entries (advisor, messages) wiped.
 */
export async function deleteRecord(db: Database, record: RecordRow, actor: string): Promise<void> {
  await db.transaction(async (tx) => {
    await deleteDocuments(tx, 'record', record.id, new Date());
    await tx.query('delete from records where id = $1', [record.id]);
    await tx.query('update audit_log set detail = null where record_id = $1', [record.id]);
    await audit(tx, record, actor, 'deleted');
  });
}

/** A data request's download: the record's notes and audit log, with this export in it. */
export async function exportRecord(db: Database, record: RecordRow, actor: string): Promise<{ notes: Note[]; audit: AuditEntry[] }> {
  await audit(db, record, actor, 'exported');
  return { notes: await notesOf(db, record.id), audit: await auditTrail(db, record.id) };
}
