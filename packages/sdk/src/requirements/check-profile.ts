import type { Program } from '../program/program.js';
import type { Issue } from '../errors/issue.js';
import type { IssueCode } from '../validation/issue-codes.js';
import { makeIssue } from '../validation/make-issue.js';
import type { ApplicantProfile } from './recommend-for-profile.js';
import { profileNumberCode } from './profile-number-code.js';

// Every number a profile may hold.
const PROFILE_NUMBERS = [
  'workYears',
  'familiesServed',
  'trainingHours',
  'deiHours',
  'rscProvisionHours',
  'rscHours',
  'rscAboutProvidedHours',
  'leadershipYears',
  'rscProvidedYears',
] as const satisfies readonly (keyof ApplicantProfile)[];

/**
 * What is wrong with the numbers of a questionnaire's profile before `recommendForProfile` reads
 * it (which counts a wrong number as 0): not a number at all (`invalid_type`, also for text as
 * typed), below 0 (`too_small`), or families that are not whole (`not_integer`). A missing answer
 * is fine: every question is optional. Never throws.
 * @example checkProfile(programs.alliance, { workYears: -2 }) // [{ path: ['workYears'], code: 'too_small', message: … }]
 */
export function checkProfile(program: Program, profile: unknown, options: { locale?: string } = {}): Issue[] {
  if (typeof profile !== 'object' || profile === null) return [];
  const context = { program, locale: options.locale ?? 'en' };
  const issues: Issue[] = [];
  for (const key of PROFILE_NUMBERS) {
    const value: unknown = Object.hasOwn(profile, key) ? (profile as Record<string, unknown>)[key] : undefined;
    if (value === undefined) continue;
    const code: IssueCode | undefined = profileNumberCode(key, value);
    if (code) issues.push(makeIssue(context, [key], code, code === 'too_small' ? { minimum: 0 } : {}));
  }
  return issues;
}
