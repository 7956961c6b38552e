import type { IssueCode } from '../validation/issue-codes.js';
import type { ApplicantProfile } from './recommend-for-profile.js';

// Families are counted in whole ones.
const WHOLE: ReadonlySet<string> = new Set(['familiesServed']);

/**
 * `checkProfile`'s rule for one number of a questionnaire's profile, as the issue code alone:
 * not a number at all (`invalid_type`), below 0 (`too_small`), families that are not whole
 * (`not_integer`), else undefined. Without the issue's words, so a start screen that only marks
 * the field does not carry validation's messages.
 * @example profileNumberCode('familiesServed', 2.5) // 'not_integer'
 */
export function profileNumberCode(key: keyof ApplicantProfile, value: unknown): IssueCode | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'invalid_type';
  if (value < 0) return 'too_small';
  return WHOLE.has(key) && !Number.isInteger(value) ? 'not_integer' : undefined;
}
