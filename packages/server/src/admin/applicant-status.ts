import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Sql } from '../db/database.js';
import { isDecisionStatus, nextReviewDate, stageOf, type Stage } from './workflow.js';

/** What the applicant's status lookup shows besides the receipt (extra fields the contract allows). */
export interface StatusDetails {
  /** The coordinator's message with the status (more information needed, a decision, a returned registration). */
  statusMessage?: string;
  /** The next quarterly review date the program configures (`YYYY-MM-DD`), while a decision is pending. */
  nextReviewOn?: string;
  /** Where the applicant's thread stands. */
  stage: Stage;
}

export async function statusDetails(
  db: Sql,
  programs: readonly ReceiverProgram[],
  id: string,
): Promise<StatusDetails | Record<string, never>> {
  const { rows } = await db.query<{ kind: 'registration' | 'application'; program: string; status: string; status_message: string | null }>(
    'select kind, program, status, status_message from records where id = $1',
    [id],
  );
  const row = rows[0];
  if (!row) return {};
  const details: StatusDetails = { stage: stageOf(row.kind, row.status) };
  if (row.status_message) details.statusMessage = row.status_message;
  const next =
    row.kind === 'application' && !isDecisionStatus(row.status)
      ? nextReviewDate(programs.find((entry) => entry.program.id === row.program)?.reviewDates)
      : undefined;
  if (next) details.nextReviewOn = next;
  return details;
}
