import type { Program } from '@endorsement-kit/sdk';
import type { Database, Sql } from '../db/database.js';
import { deleteDocuments } from '../documents/document-rows.js';
import { enqueueMails } from '../mail/mail-queue.js';
import { statusMail } from '../review/status-mail.js';
import { advisorMails } from './advisor-mails.js';
import type { Advisor, AuditDetail, CheckBody, Note, AuditEntry, StepTwoCheck } from './api-types.js';
import { auditTrail, notesOf, type RecordRow } from './record-queries.js';

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

/**
 * Step 2: the coordinator accepts, declines or returns a registration (after checking the
 * membership, the fee and that the category fits); the applicant is mailed the new status, with
 * the coordinator's message, in their language. Audited with the status before (an undo restores it).
 */
export async function setRegistrationStatus(
  db: Database,
  program: Program,
  record: RecordRow & { kind: 'registration' },
  status: 'accepted' | 'declined' | 'returned',
  message: string | null,
  actor: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `update records set status = $2, status_message = $3, accepted_at = case when $2 = 'accepted' then now() else null end, updated_at = now() where id = $1`,
      [record.id, status, message],
    );
    await enqueueMails(tx, record.program, record.id, [
      statusMail({
        program,
        locale: record.locale,
        kind: 'registration',
        payload: record.payload,
        reference: record.reference,
        status,
        message,
      }),
    ]);
    await audit(tx, record, actor, status, { status, from: record.status, ...(message ? { message } : {}) });
  });
}

/** Step 2: records one check (membership, fee, category fit) on the registration, with a note; audited. */
export async function recordCheck(
  db: Database,
  registration: Pick<RecordRow, 'id' | 'program' | 'checks'>,
  body: CheckBody,
  actor: string,
): Promise<void> {
  const check: StepTwoCheck = { state: body.state, by: actor, at: new Date().toISOString(), ...(body.note ? { note: body.note } : {}) };
  await db.transaction(async (tx) => {
    await tx.query('update records set checks = $2, updated_at = now() where id = $1', [
      registration.id,
      JSON.stringify({ ...(registration.checks ?? {}), [body.check]: check }),
    ]);
    await audit(tx, registration, actor, 'check_recorded', {
      check: body.check,
      state: body.state,
      ...(body.note ? { message: body.note } : {}),
    });
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
