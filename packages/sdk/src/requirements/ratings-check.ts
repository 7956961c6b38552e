import type { Code } from '../codes/codes.js';
import type { Program } from '../program/program.js';
import type { ReferenceRole } from '../schema/levels-and-roles.js';
import type { ReferenceRequestState } from '../schema/reference-wire.js';
import type { Requirement } from './requirement.js';

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
