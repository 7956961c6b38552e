import type { Program } from '@endorsement-kit/sdk';
import type { Database, Sql } from '../db/database.js';
import { enqueueMails } from '../mail/mail-queue.js';
import { statusMail } from '../review/status-mail.js';
import type { AuditDetail, RecordStatus } from './api-types.js';
import { audit } from './record-actions.js';
import type { RecordRow } from './record-queries.js';

const CHANGES = new Set(['accepted', 'declined', 'returned', 'status_set', 'decided']);

/**
 * The latest status change not undone yet, as the audit log tells it (each undo is an entry too,
 * so undos stack), with the status it replaced and that status's message. Undefined when there is
 * none, or it predates migration 008 (no `from`).
 */
export async function lastChange(
  db: Sql,
  recordId: string,
): Promise<{ status: RecordStatus; from: RecordStatus; message: string | null } | undefined> {
  const { rows } = await db.query<{ action: string; detail: AuditDetail | null }>(
    `select action, detail from audit_log where record_id = $1 and action = any($2::text[]) order by at desc, id desc limit 200`,
    [recordId, [...CHANGES, 'status_undone']],
  );
  let skip = 0;
  for (const [index, row] of rows.entries()) {
    if (row.action === 'status_undone') skip++;
    else if (skip > 0) skip--;
    else {
      const { status, from } = row.detail ?? {};
      if (!status || !from) return undefined;
      const before = rows.slice(index + 1).find((older) => older.action !== 'status_undone' && older.detail?.status === from);
      return { status, from, message: before?.detail?.message ?? null };
    }
  }
  return undefined;
}

/**
 * Undoes the record's latest status change (a registration's acceptance, decline or return, an
 * application's status or decision): the status before comes back, audited as `status_undone`. The
 * applicant's mail about the undone change is withdrawn while still unsent; once sent, they are
 * mailed the status they are back at. False when there is nothing to undo.
 */
export async function undoStatus(db: Database, program: Program, record: RecordRow, actor: string): Promise<boolean> {
  const last = await lastChange(db, record.id);
  if (!last || last.status !== record.status) return false;
  await db.transaction(async (tx) => {
    await tx.query(
      `update records set status = $2, status_message = $3, updated_at = now(),
         accepted_at = case when $2 = 'accepted' then coalesce(accepted_at, now()) else null end where id = $1`,
      [record.id, last.from, last.message],
    );
    await tx.query('update decisions set undone_at = now() where application_id = $1 and undone_at is null and status = $2', [
      record.id,
      last.status,
    ]);
    const withdrawn = await tx.query(
      "delete from mail_outbox where record_id = $1 and purpose = 'status-changed' and state = 'pending' and attempts = 0 returning id",
      [record.id],
    );
    if (withdrawn.rows.length === 0)
      await enqueueMails(tx, record.program, record.id, [
        statusMail({
          program,
          locale: record.locale,
          kind: record.kind,
          payload: record.payload,
          reference: record.reference,
          status: last.from,
          message: last.message,
        }),
      ]);
    await audit(tx, record, actor, 'status_undone', { status: last.from, from: last.status });
  });
  return true;
}
