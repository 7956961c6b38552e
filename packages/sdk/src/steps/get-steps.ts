import { endorsementOf, isEndorsement, ENDORSEMENTS, type Endorsement } from '../codes/codes.js';
import { resolveRules } from '../program/category-rules.js';
import { today } from '../program/dated.js';
import type { Program } from '../program/program.js';
import { applicationSteps } from './application-steps.js';
import { registrationSteps } from './registration-steps.js';
import type { StepSpec } from './step-spec.js';
import { offeredCategory, questionsFor, visibleStepIds, type FormId } from '../program/visible-steps.js';

/**
 * Options of {@link getSteps}.
 * @example getSteps(program, { form: 'registration', endorsement: 'ECMH-E' })
 */
export interface GetStepsOptions {
  form: FormId;
  /** The chosen category: it decides which application steps are shown, their minimum entries and the questions. */
  category?: string | undefined;
  /**
   * The chosen endorsement, for the registration's category options before a category is chosen.
   * @default the category's endorsement, or the program's only endorsement
   */
  endorsement?: string | undefined;
  /**
   * The day whose rules apply (`YYYY-MM-DD`).
   * @default today
   */
  asOf?: string | undefined;
}

/**
 * The steps of a form, in order, with every field the element renders. Application steps depend on
 * the category: `rsc-received` only where RSC hours are required, `rsc-provided` only for the
 * clinical mentor, `leadership` only for reflective supervisors and mentors, `questions` only when
 * the program asks questions there. Without a category: every step but `rsc-provided` and
 * `leadership`.
 * @example
 * getSteps(programs.alliance, { form: 'application', category: 'IFRS' }).map((s) => s.id)
 * // ['applicant', 'education', 'work', 'training', 'rsc-received', 'leadership', 'references', 'attestations']
 */
export function getSteps(program: Program, options: GetStepsOptions): StepSpec[] {
  const asOf = options.asOf ?? today();
  const category = offeredCategory(program, options.category);
  const context = { form: options.form, category, asOf };
  const questions = questionsFor(program, context);
  if (options.form === 'registration') {
    const offered = ENDORSEMENTS.filter((e) => program.offers[e]?.length);
    const endorsement: Endorsement | undefined = isEndorsement(options.endorsement)
      ? options.endorsement
      : category
        ? endorsementOf(category)
        : offered.length === 1
          ? offered[0]
          : undefined;
    return registrationSteps(program, endorsement, questions);
  }
  const rules = category ? resolveRules(program.categories[category]!.rules, asOf) : undefined;
  return applicationSteps(program, visibleStepIds(program, context), rules, questions);
}
