import type { Sql } from '../db/database.js';
import type { Program } from '@endorsement-kit/sdk';
import type { RecordRow } from '../admin/record-queries.js';
import { createEndorsee } from './create-endorsee.js';
import { auditEndorsee, loadCategory, loadEndorsee } from './endorsee-rows.js';
import { endReinstatement, reinstatementFor } from './reinstatement.js';
import { renewalMail } from './renewal-mails.js';
import { enqueueMails } from '../mail/mail-queue.js';

/**
 * An endorsed application that continues a reinstatement under way (the same person and category)
 * reactivates the lapsed category through `createEndorsee` (found by the endorsee's id): current
 * again, endorsed anew on the decision's day, its renewal dates and calendar computed again, back
 * on the registry. The reinstatement ends, and the endorsee is mailed the next due date. False
 * when there is no reinstatement to end (the decision makes or finds an endorsee as usual).
 */
export async function reinstate(
  tx: Sql,
  endorsement: { program: Program; record: RecordRow; decidedAt: string; actor: string },
): Promise<boolean> {
  const { program, record, decidedAt, actor } = endorsement;
  const { applicant, category } = record.payload;
  const reinstatement = await reinstatementFor(tx, program.id, applicant.email, category);
  if (!reinstatement) return false;
  const now = new Date(decidedAt);
  await createEndorsee(
    tx,
    program,
    {
      email: applicant.email,
      fullName: `${applicant.givenName} ${applicant.familyName}`.trim(),
      categories: [{ code: category, endorsedOn: decidedAt.slice(0, 10) }],
      source: 'decision',
      recordId: record.id,
      endorseeId: reinstatement.endorsee_id,
    },
    now,
  );
  await endReinstatement(tx, reinstatement, record.id, now);
  const row = (await loadCategory(tx, reinstatement.category_id))!;
  const person = (await loadEndorsee(tx, row.endorsee_id))!;
  await enqueueMails(tx, row.program, null, [renewalMail(program, person, row, 'reinstated')]);
  await auditEndorsee(tx, row, actor, 'reinstated', { applicationId: record.id, dueOn: row.due_on }, now);
  return true;
}
