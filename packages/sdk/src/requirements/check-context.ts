import type { Code, Endorsement } from '../codes/codes.js';
import type { ResolvedCategoryRules } from '../program/category-rules.js';
import type { EducationLevel } from '../schema/levels-and-roles.js';
import type { Program } from '../program/program.js';
import type { Day } from './calendar.js';
import type { Say } from './messages.js';
import type { DraftFacts } from './read-draft.js';
import type { RatingsCheck } from './requirement.js';

/** Everything one category's checks read. */
export interface CheckContext {
  program: Program;
  code: Code;
  endorsement: Endorsement;
  rules: ResolvedCategoryRules;
  facts: DraftFacts;
  asOf: Day;
  say: Say;
  /** The reference requests' summary, when the receiver gave one (EvaluateOptions.ratings). */
  ratings: RatingsCheck | undefined;
  /** The earliest degree at or above the required level completed by `asOf`, if any. */
  degree: { level: EducationLevel; completedOn: Day } | null;
}

/** The first day that counts for a rule "after the degree": `null` when there is no such degree yet. */
export function countsFrom(ctx: CheckContext, afterDegree: boolean): Day | null {
  if (!afterDegree || ctx.rules.education.level === null) return Number.NEGATIVE_INFINITY;
  return ctx.degree ? ctx.degree.completedOn : null;
}

/** "a master's degree": the indefinite phrase for a level. */
export function levelPhrase(ctx: CheckContext, level: EducationLevel): string {
  return ctx.say(`requirement.level.${level}`);
}

/** "your master's degree": the applicant's own degree. */
export function yourLevelPhrase(ctx: CheckContext, level: EducationLevel): string {
  return ctx.say(`requirement.your-level.${level}`);
}
