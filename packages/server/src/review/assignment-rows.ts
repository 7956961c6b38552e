import type { AreaRating, ReviewEvidence, ReviewRecommendation } from '@endorsement-kit/sdk';
import type { Sql } from '../db/database.js';

/** Where an assignment stands: `waiting` is the second of a sequential pair until the first submits. */
export type AssignmentState = 'waiting' | 'assigned' | 'accepted' | 'declined' | 'conflict' | 'submitted' | 'withdrawn';

/** The states that hold a reviewer's place on an application. */
export const OPEN_STATES: readonly AssignmentState[] = ['waiting', 'assigned', 'accepted', 'submitted'];

/** One row of `review_assignments`, with the reviewer's name and email. */
export interface AssignmentRow {
  id: string;
  application_id: string;
  program: string;
  reviewer_id: string;
  reviewer_email: string;
  reviewer_name: string | null;
  /** The language chosen for their mails when invited (migration 013); null: the program's. */
  reviewer_locale: string | null;
  position: number;
  state: AssignmentState;
  areas: Record<string, { rating?: AreaRating; evidence?: ReviewEvidence[] }> | null;
  comments: string | null;
  private_note: string | null;
  recommendation: ReviewRecommendation | null;
  response_note: string | null;
  created_at: Date | string;
  submitted_at: Date | string | null;
}

const SELECT = `select a.*, c.email as reviewer_email, c.name as reviewer_name, c.locale as reviewer_locale
  from review_assignments a join coordinators c on c.id = a.reviewer_id`;

/** An application's assignments, in order (withdrawn ones too: the coordinator sees who was asked). */
export async function assignmentsOf(db: Sql, applicationId: string): Promise<AssignmentRow[]> {
  return (await db.query<AssignmentRow>(`${SELECT} where a.application_id = $1 order by a.created_at, a.position`, [applicationId])).rows;
}

/**
 * The reviewer's assignment on this application, in one of `programs` (where they review), when
 * they may see it: not waiting for the first reviewer, not withdrawn. Anything else is unknown.
 */
export async function reviewerAssignment(
  db: Sql,
  reviewerId: string,
  programs: readonly string[],
  applicationId: string,
  lock = false,
): Promise<AssignmentRow | undefined> {
  const { rows } = await db.query<AssignmentRow>(
    `${SELECT} where a.reviewer_id = $1 and a.program = any($2::text[]) and a.application_id = $3
       and a.state not in ('waiting', 'withdrawn') order by a.created_at desc limit 1${lock ? ' for update of a' : ''}`,
    [reviewerId, programs, applicationId],
  );
  return rows[0];
}

/** Every application the reviewer may see, newest assignment first. */
export async function reviewerAssignments(db: Sql, reviewerId: string, programs: readonly string[]): Promise<AssignmentRow[]> {
  return (
    await db.query<AssignmentRow>(
      `${SELECT} where a.reviewer_id = $1 and a.program = any($2::text[]) and a.state not in ('waiting', 'withdrawn') order by a.created_at desc`,
      [reviewerId, programs],
    )
  ).rows;
}
