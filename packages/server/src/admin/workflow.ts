/**
 * The statuses a coordinator sets on an application (step 4 of "Start Endorsement"); the applicant's
 * status lookup shows them in the applicant's language (`ui.receipt.state.<status>`). The last five
 * are decisions (journey 5.1: sources endorse, approve to sit the exam, record Emerging, defer with
 * advice or put on hold; never "not endorsed", which migration 008 made `deferred`).
 */
export const APPLICATION_STATUSES = [
  'received',
  'under_review',
  'more_information_needed',
  'endorsed',
  'approved_for_exam',
  'emerging',
  'deferred',
  'on_hold',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The statuses that decide an application: each is recorded as a decision with its letter. */
export const DECISION_STATUSES = ['endorsed', 'approved_for_exam', 'emerging', 'deferred', 'on_hold'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/**
 * A registration is `registered` until a coordinator accepts it (step 2), or declines it, or
 * returns it to the applicant to correct.
 */
export const REGISTRATION_STATUSES = ['registered', 'accepted', 'declined', 'returned'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const isApplicationStatus = (value: unknown): value is ApplicationStatus =>
  APPLICATION_STATUSES.includes(value as ApplicationStatus);
export const isDecisionStatus = (value: unknown): value is DecisionStatus => DECISION_STATUSES.includes(value as DecisionStatus);

/**
 * Where an applicant's thread stands, in one word the list and the applicant's lookup show:
 * `registration` (step 2), `application` (sent, not yet in review), `review` (step 4), `decided`.
 */
export type Stage = 'registration' | 'application' | 'review' | 'decided';

/** @example stageOf('application', 'under_review') // 'review' */
export function stageOf(kind: 'registration' | 'application', status: string): Stage {
  if (kind === 'registration') return 'registration';
  if (isDecisionStatus(status)) return 'decided';
  return status === 'received' ? 'application' : 'review';
}

/**
 * The first configured review date on or after `today` (all `YYYY-MM-DD`), or undefined when the
 * program configures none that is still ahead.
 * @example nextReviewDate(['2026-03-15', '2026-06-15'], '2026-04-01') // '2026-06-15'
 */
export function nextReviewDate(dates: readonly string[] | undefined, today = new Date().toISOString().slice(0, 10)): string | undefined {
  return [...(dates ?? [])].sort().find((date) => date >= today);
}
