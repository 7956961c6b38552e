import type { Program } from '@endorsement-kit/sdk';
import type { Sql } from '../db/database.js';
import type { RecordRow } from '../admin/record-queries.js';
import { createEndorsee } from '../endorsees/create-endorsee.js';
import { reinstate } from '../endorsees/reinstate.js';

/** What an `endorsed` decision gives whoever keeps endorsees: the application, the decision, the certificate. */
export interface Endorsement {
  program: Program;
  record: RecordRow;
  decisionId: string;
  certificateNumber: string;
  /** When it was decided (ISO). */
  decidedAt: string;
  actor: string;
}

/**
 * Runs inside `recordDecision`'s transaction when an application is `endorsed`, after its status
 * and decision row are written: the applicant becomes an endorsee of the category on the day of
 * the decision, with its renewal dates and calendar (docs/renewal.md), so it commits with the
 * decision or not at all. When the applicant's reinstatement of that category is under way, the
 * lapsed category is reactivated instead (`reinstate`), never duplicated.
 */
export async function onEndorsed(tx: Sql, endorsement: Endorsement): Promise<void> {
  const { program, record, decidedAt } = endorsement;
  const { applicant, category } = record.payload;
  if (await reinstate(tx, endorsement)) return;
  await createEndorsee(
    tx,
    program,
    {
      email: applicant.email,
      fullName: `${applicant.givenName} ${applicant.familyName}`.trim(),
      language: record.locale,
      categories: [{ code: category, endorsedOn: decidedAt.slice(0, 10) }],
      source: 'decision',
      recordId: record.id,
    },
    new Date(decidedAt),
  );
}
