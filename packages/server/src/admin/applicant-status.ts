import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Sql } from '../db/database.js';
import { applicantTranscripts } from '../documents/transcript-states.js';
import { nextReviewDate, type ApplicationStatus } from './workflow.js';
import type { FeeLine } from '../fees/fee-api-types.js';
import { applicantFees } from '../fees/record-fees.js';

/** What the applicant's status lookup shows besides the receipt (extra fields the contract allows). */
export interface StatusDetails {
  /** The coordinator's message when the status is `more_information_needed`. */
  statusMessage?: string;
  /** The next quarterly review date the program configures (`YYYY-MM-DD`), while a decision is pending. */
  nextReviewOn?: string;
  /** The registration's and the application's fees and where each stands (docs/fees.md), when the program charges any. */
  fees?: FeeLine[];
  /** Where each degree's transcript is (docs/documents.md): `requested`, `received_by_mail`, `copy_uploaded`, `official_verified`, or null. */
  transcripts?: { institution: string; level: string; state: string | null }[];
}

const PENDING: ReadonlySet<string> = new Set<ApplicationStatus>(['received', 'under_review', 'more_information_needed']);

export async function statusDetails(db: Sql, programs: readonly ReceiverProgram[], id: string): Promise<StatusDetails> {
  const { rows } = await db.query<{ program: string; status: string; status_message: string | null; locale: string }>(
    'select program, status, status_message, locale from records where id = $1',
    [id],
  );
  const row = rows[0];
  if (!row) return {};
  const details: StatusDetails = {};
  if (row.status === 'more_information_needed' && row.status_message) details.statusMessage = row.status_message;
  const entry = programs.find((e) => e.program.id === row.program);
  const next = PENDING.has(row.status) ? nextReviewDate(entry?.reviewDates) : undefined;
  if (next) details.nextReviewOn = next;
  const fees = entry ? await applicantFees(db, entry.program, id, row.locale) : [];
  if (fees.length > 0) details.fees = fees;
  const transcripts = await applicantTranscripts(db, id);
  if (transcripts.length) details.transcripts = transcripts;
  return details;
}
