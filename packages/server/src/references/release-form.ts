import { referenceSettings } from '@endorsement-kit/sdk';
import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Database } from '../db/database.js';
import { enqueueMails } from '../mail/mail-queue.js';
import { fail, type ActionResult } from './action-result.js';
import type { Actor } from './applicant-actions.js';
import { applicantReferenceMail } from './reference-mails.js';
import { audit, loadRequest, mailFacts, type RegistrationFacts } from './reference-rows.js';

/**
 * The coordinator releases a submitted form whose rater the applicant did NOT waive, when the
 * program says `unwaivedRelease: 'on-request'`: the release is written to the request's audit
 * (`released`, once) and the applicant is mailed, in their language, that they may ask the
 * coordinator for a copy. The form itself is not sent by the kit: the coordinator sends it.
 */
export async function releaseForm(
  db: Database,
  entry: ReceiverProgram,
  registration: RegistrationFacts,
  requestId: string,
  now: Date,
  actor: Actor,
): Promise<ActionResult<{ ok: true }>> {
  if (referenceSettings(entry.program).unwaivedRelease !== 'on-request')
    return fail(409, 'release_not_offered', 'This program never releases a rating form to the applicant.');
  return db.transaction(async (tx) => {
    const row = await loadRequest(tx, requestId, true);
    if (!row || row.registration_id !== registration.id) return fail(404, 'not_found', 'This registration has no such reference request.');
    if (row.state !== 'submitted') return fail(409, 'not_submitted', 'Only a submitted form can be released.');
    if (row.waive_right) return fail(409, 'waived', 'The applicant waived their right to see this form.');
    const { rows } = await tx.query<{ id: string }>(
      "select id from reference_audit where request_id = $1 and action = 'released' limit 1",
      [row.id],
    );
    if (rows.length) return fail(409, 'already_released', 'This form was already released to the applicant.');
    await audit(tx, row, actor, 'released', undefined, now);
    await enqueueMails(tx, row.program, registration.id, [applicantReferenceMail(mailFacts(entry, row, registration), 'released')]);
    return { ok: true, value: { ok: true } };
  });
}
