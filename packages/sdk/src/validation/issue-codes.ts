/**
 * Every `code` an {@link Issue} may carry. Codes are stable: hosts may branch on them, and the
 * messages behind them live in the i18n catalogs under `validation.<code>`.
 * @example if (issue.code === 'end_before_start') highlight(issue.path)
 */
export const ISSUE_CODES = [
  'required',
  'too_few',
  'must_accept',
  'invalid_type',
  'invalid_email',
  'invalid_date',
  'invalid_option',
  'not_integer',
  'too_small',
  'too_big',
  'unknown_key',
  'unknown_question',
  'unsupported_version',
  'wrong_program',
  'endorsement_not_offered',
  'category_not_offered',
  'category_other_endorsement',
  'end_before_start',
  'date_in_future',
  'duplicate_email',
  'own_email',
  'invalid',
  'unexpected',
] as const;

/**
 * One of {@link ISSUE_CODES}.
 * @example const code: IssueCode = 'date_in_future';
 */
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * Codes that mean "something still has to be filled in" rather than "something entered is wrong".
 * A step whose issues all have one of these is incomplete, not invalid.
 */
export const MISSING_CODES: readonly IssueCode[] = ['required', 'too_few', 'must_accept'];
