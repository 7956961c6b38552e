import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Sql } from '../db/database.js';
import { applicantTranscripts } from '../documents/transcript-states.js';
import type { FeeLine } from '../fees/fee-api-types.js';
import { applicantFees } from '../fees/record-fees.js';
import { SUBMITTED_AT } from '../review/submitted-at.js';
import { applicantCycle, type ApplicantCycle } from './review-cycles.js';
import { isDecisionStatus, nextReviewDate, stageOf, type Stage } from './workflow.js';

/** What the applicant's status lookup shows besides the receipt (extra fields the contract allows). */
export interface StatusDetails {
  /** The coordinator's message with the status (more information needed, a decision, a returned registration). */
  statusMessage?: string;
  /** The next quarterly review date the program configures (`YYYY-MM-DD`), while a decision is pending. */
  nextReviewOn?: string;
  /** The review cycle the application joined (from the day it was last sent), while a decision is pending. */
  cycle?: ApplicantCycle;
  /** Where the applicant's thread stands. */
  stage: Stage;
  /** The registration's and the application's fees and where each stands (docs/fees.md), when the program charges any. */
  fees?: FeeLine[];
  /** Where each degree's transcript is (docs/documents.md): `requested`, `received_by_mail`, `copy_uploaded`, `official_verified`, or null. */
  transcripts?: { institution: string; level: string; state: string | null }[];
}

export async function statusDetails(
  db: Sql,
  programs: readonly ReceiverProgram[],
  id: string,
): Promise<StatusDetails | Record<string, never>> {
  const { rows } = await db.query<{
    kind: 'registration' | 'application';
    program: string;
    status: string;
    status_message: string | null;
    locale: string;
    submitted_at: Date | string;
  }>(`select kind, program, status, status_message, locale, ${SUBMITTED_AT} as submitted_at from records where id = $1`, [id]);
  const row = rows[0];
  if (!row) return {};
  const details: StatusDetails = { stage: stageOf(row.kind, row.status) };
  if (row.status_message) details.statusMessage = row.status_message;
  const entry = programs.find((e) => e.program.id === row.program);
  const next = row.kind === 'application' && !isDecisionStatus(row.status) ? nextReviewDate(entry?.reviewDates) : undefined;
  if (next) details.nextReviewOn = next;
  const cycle =
    row.kind === 'application' && !isDecisionStatus(row.status)
      ? applicantCycle(entry, new Date(row.submitted_at).toISOString().slice(0, 10))
      : undefined;
  if (cycle) details.cycle = cycle;
  const fees = entry ? await applicantFees(db, entry.program, id, row.locale) : [];
  if (fees.length > 0) details.fees = fees;
  const transcripts = await applicantTranscripts(db, id);
  if (transcripts.length) details.transcripts = transcripts;
  return details;
}
