import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Database } from '../db/database.js';
import { enqueueMails } from '../mail/mail-queue.js';
import { applicantReferenceMail } from './reference-mails.js';
import { audit, loadRegistration, loadRequest, mailFacts } from './reference-rows.js';
import { cancelRequestJobs } from './reference-schedule.js';

/**
 * The rater's mail server refused the address for good: the request is undeliverable (the
 * applicant sees "check the address"), its reminders stop, and the applicant is mailed. Only an
 * open request changes; returns whether a mail was queued.
 */
export async function markUndeliverable(db: Database, programs: ReadonlyMap<string, ReceiverProgram>, requestId: string, now: Date) {
  return db.transaction(async (tx) => {
    const row = await loadRequest(tx, requestId, true);
    const entry = row && programs.get(row.program);
    if (!row || !entry || !['invited', 'in_progress'].includes(row.state)) return false;
    await tx.query("update reference_requests set state = 'undeliverable', updated_at = $2 where id = $1", [row.id, now.toISOString()]);
    await cancelRequestJobs(tx, row.id);
    const registration = (await loadRegistration(tx, row.registration_id))!;
    await enqueueMails(tx, row.program, row.registration_id, [applicantReferenceMail(mailFacts(entry, row, registration), 'refused')]);
    await audit(tx, row, 'system', 'undeliverable', undefined, now);
    return true;
  });
}
