import type { Sql } from '../db/database.js';
import type { RecordRow } from '../admin/record-queries.js';

/** What an `endorsed` decision gives whoever keeps endorsees: the application, the decision, the certificate. */
export interface Endorsement {
  record: RecordRow;
  decisionId: string;
  certificateNumber: string;
  /** When it was decided (ISO). */
  decidedAt: string;
  actor: string;
}

/**
 * Runs inside `recordDecision`'s transaction when an application is `endorsed`, after its status
 * and decision row are written: what else an endorsement makes true belongs here (the renewal's
 * endorsee row, issue 21), so it commits with the decision or not at all.
 */
export async function onEndorsed(_tx: Sql, _endorsement: Endorsement): Promise<void> {}
