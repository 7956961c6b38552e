/**
 * The statuses a coordinator sets on an application (step 4 of "Start Endorsement"); the applicant's
 * status lookup shows them in the applicant's language (`ui.receipt.state.<status>`).
 */
export const APPLICATION_STATUSES = ['received', 'under_review', 'more_information_needed', 'endorsed', 'not_endorsed'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** A registration is `registered` until a coordinator accepts it (step 2). */
export const REGISTRATION_STATUSES = ['registered', 'accepted'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const isApplicationStatus = (value: unknown): value is ApplicationStatus =>
  APPLICATION_STATUSES.includes(value as ApplicationStatus);

/**
 * The first configured review date on or after `today` (all `YYYY-MM-DD`), or undefined when the
 * program configures none that is still ahead.
 * @example nextReviewDate(['2026-03-15', '2026-06-15'], '2026-04-01') // '2026-06-15'
 */
export function nextReviewDate(dates: readonly string[] | undefined, today = new Date().toISOString().slice(0, 10)): string | undefined {
  return [...(dates ?? [])].sort().find((date) => date >= today);
}
