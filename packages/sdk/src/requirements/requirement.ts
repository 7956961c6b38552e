import type { Code } from '../codes/codes.js';
import type { ReferenceRole } from '../schema/levels-and-roles.js';
import type { ReferenceRequestState } from '../schema/reference-wire.js';
import type { Program } from '../program/program.js';

/**
 * The id of one requirement. Fixed, so a UI may key on it:
 * - `education`: the degree or credential (IFA: or years of paid work with the age band);
 * - `work-years`, `families-served`: work with the age band (paid, after the degree where the rule says);
 * - `training-hours`, `training-rsc-provision`, `training-dei`: in-service training, in total and by topic;
 * - `rsc-hours`, `rsc-about-provided`: RSC received inside one window, and the share about the RSC
 *   the applicant provides;
 * - `rsc-provided-years`, `leadership-years`: years of providing RSC, and of leadership;
 * - `references`, `references-endorsed`, `reference-rsc-provider`, `reference-supervisee` (one
 *   `reference-${role}` per role the category requires); with `ratings`, one `reference-slot-${id}`
 *   per rater slot of the category;
 * - `transcripts`, `membership`, `attestations`;
 * - `exam`: a written exam after review (`later: true`, never blocks);
 * - `category`: the draft's category is missing or not offered (the only requirement then).
 * @example const id: RequirementId = 'rsc-hours';
 */
export type RequirementId =
  | 'category'
  | 'education'
  | 'work-years'
  | 'families-served'
  | 'training-hours'
  | 'training-rsc-provision'
  | 'training-dei'
  | 'rsc-hours'
  | 'rsc-about-provided'
  | 'rsc-provided-years'
  | 'leadership-years'
  | 'references'
  | 'references-endorsed'
  | `reference-${ReferenceRole}`
  | `reference-slot-${string}`
  | 'transcripts'
  | 'membership'
  | 'attestations'
  | 'exam';

/**
 * What `have` and `need` count.
 * @example const unit: RequirementUnit = 'hours';
 */
export type RequirementUnit = 'hours' | 'years' | 'families' | 'references';

/**
 * One requirement of a category and how far a draft meets it.
 * @example
 * { id: 'rsc-hours', met: false, have: 32, need: 50, unit: 'hours',
 *   detail: '18 more RSC hours within one 24-month period, from a provider endorsed as Infant Mental Health Specialist or Infant Mental Health Mentor – Clinical.' }
 */
export interface Requirement {
  id: RequirementId;
  met: boolean;
  /**
   * What the draft has, to 2 decimals: years rounded down (730 days: 1.99), hours and families
   * rounded, but down while unmet (29.999 of 30 hours: 29.99), so an unmet requirement never shows
   * `have` equal to `need`. `met` compares the exact amount (days / 365.25 for years), not this.
   */
  have?: number;
  /** The threshold in force. */
  need?: number;
  unit?: RequirementUnit;
  /** A sentence in the requested locale: what was counted when met, what is missing when not. */
  detail: string;
  /** Met only after review (the exam): it never makes the category's `met` false. */
  later?: boolean;
  /**
   * Only from `recommendForProfile`: the profile does not say (a question not asked, or left
   * blank) and with a fitting answer it would be met. Neither met nor missing: `met` is false,
   * `have` is absent and `detail` names the threshold to confirm ("3 training hours on diversity,
   * equity and inclusion.").
   */
  toConfirm?: boolean;
}

/**
 * How a draft meets one category's requirements on a day.
 * @example
 * const result: RequirementsResult = evaluateRequirements(programs.alliance, draft);
 * result.requirements.filter((r) => !r.met && !r.later).map((r) => r.detail);
 */
export interface RequirementsResult {
  /** The category evaluated; `null` when the draft has no valid category. */
  category: Code | null;
  /** Every requirement but the `later` ones is met. */
  met: boolean;
  requirements: Requirement[];
}

/**
 * One category as `recommendCategories` ranks it.
 * @example recommendCategories(programs.alliance, draft)[0]?.category // 'IMHS'
 */
export interface CategoryRecommendation extends RequirementsResult {
  category: Code;
}

/**
 * Options of `evaluateRequirements` and `recommendCategories`.
 * @example { asOf: '2024-12-31', locale: 'es' }
 */
export interface EvaluateOptions {
  /** The day whose rules apply and up to which experience counts, `YYYY-MM-DD`. @default today */
  asOf?: string;
  /** The language of each `detail`. @default 'en' */
  locale?: string;
  /**
   * The reference requests and whether each submitted form counts (the receiver's summary, made with
   * `rateReferences`). When given, the reference requirements count only submitted, counted ratings,
   * and each of the category's rater slots becomes a `reference-slot-${id}` requirement. Without it,
   * the references the draft lists count, as entered.
   * @example ratings: rateReferences([{ requestId: 'r1', role: 'supervisor', endorsed: true, current: true, state: 'submitted', counted: true }])
   */
  ratings?: RatingsCheck;
}

/**
 * One reference request as the requirement checks see it: what the rater said of themself and
 * whether the form counts. The receiver builds these; the applicant never sees why one does not count.
 * @example const summary: RatingSummary = { requestId: 'r1', role: 'supervisor', endorsed: true, current: true, state: 'submitted', counted: true };
 */
export interface RatingSummary {
  requestId: string;
  /** The rater's relationship to the applicant (the rater's answer, else the applicant's). */
  role: ReferenceRole;
  /** Endorsed, or vetted by the association. */
  endorsed: boolean;
  /** The relationship is current. */
  current?: boolean;
  state: ReferenceRequestState;
  /** Submitted and counted (`evaluateRating`), not excluded by the coordinator. */
  counted: boolean;
}

/**
 * The receiver's reference requests, ready for `evaluateRequirements`: make it with
 * `rateReferences(summaries)`. It brings its own words and the slot checks, so an app that never
 * counts rated forms does not carry them.
 * @example evaluateRequirements(program, draft, { ratings: rateReferences(summaries) })
 */
export interface RatingsCheck {
  readonly summaries: readonly RatingSummary[];
  /** The detail of `references`, `references-endorsed` or `reference-${role}` when counting rated forms. */
  detail(
    program: Program,
    locale: string,
    id: 'references' | 'references-endorsed' | 'reference-role',
    met: boolean,
    params: Record<string, string | number>,
  ): string;
  /** One `reference-slot-${id}` requirement per slot of the category on `asOf`. */
  slots(program: Program, code: Code, asOf: string, locale: string): Requirement[];
}
