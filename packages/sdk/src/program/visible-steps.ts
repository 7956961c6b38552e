import { isCode, type Code } from '../codes/codes.js';
import { resolveRules } from './category-rules.js';
import { today } from './dated.js';
import type { Program } from './program.js';
import type { Question } from './question.js';

/**
 * The two forms: the short registration, then the professional application.
 * @example getSteps(program, { form: 'registration' satisfies FormId })
 */
export type FormId = 'registration' | 'application';

/** Steps of the registration, in order. */
export const REGISTRATION_STEP_IDS = ['applicant', 'category', 'overview'] as const;

/** Steps of the application, in order (some are shown only for some categories). */
export const APPLICATION_STEP_IDS = [
  'applicant',
  'education',
  'work',
  'training',
  'rsc-received',
  'rsc-provided',
  'leadership',
  'references',
  'questions',
  'attestations',
] as const;

/**
 * The id of a step of either form.
 * @example const id: StepId = 'rsc-received';
 */
export type StepId = (typeof REGISTRATION_STEP_IDS)[number] | (typeof APPLICATION_STEP_IDS)[number];

/** Where the steps are computed for: a form, maybe a category, a day. */
export interface StepContext {
  form: FormId;
  category?: string | undefined;
  asOf?: string | undefined;
}

/** The category when the program offers it, else `undefined` (unknown or not chosen yet). */
export function offeredCategory(program: Program, category: unknown): Code | undefined {
  return isCode(category) && program.categories[category] ? category : undefined;
}

/**
 * The step a question is placed on: its `step`, else `questions` in the application and the last
 * step, `overview`, in the registration (which has no questions step).
 */
export function questionStep(question: Question): string {
  return question.step ?? ((question.form ?? 'application') === 'registration' ? 'overview' : 'questions');
}

/** The program's questions of a form for a category, before knowing which steps are shown. */
function candidateQuestions(program: Program, form: FormId, category: Code | undefined): Question[] {
  return program.questions.filter(
    (q) =>
      (q.form ?? 'application') === form && (q.categories === undefined || (category !== undefined && q.categories.includes(category))),
  );
}

/**
 * The ids of the steps shown for a form and category, in order. Without a category, every
 * application step but `rsc-provided` and `leadership`.
 */
export function visibleStepIds(program: Program, context: StepContext): StepId[] {
  if (context.form === 'registration') return [...REGISTRATION_STEP_IDS];
  const category = offeredCategory(program, context.category);
  const rules = category ? resolveRules(program.categories[category]!.rules, context.asOf ?? today()) : undefined;
  const hasQuestionsStep = candidateQuestions(program, 'application', category).some((q) => questionStep(q) === 'questions');
  return APPLICATION_STEP_IDS.filter((id) => {
    switch (id) {
      case 'rsc-received':
        return rules === undefined || rules.rsc.hours > 0;
      case 'rsc-provided':
        return rules !== undefined && rules.rscProvidedYears > 0;
      case 'leadership':
        return rules !== undefined && rules.leadership.years > 0;
      case 'questions':
        return hasQuestionsStep;
      default:
        return true;
    }
  });
}

/**
 * The program's own questions asked on a form for a category: those of the form, for the category
 * (or for every category), placed on a step that is shown.
 * @example questionsFor(program, { form: 'application', category: 'IFS' }).map((q) => q.id)
 */
export function questionsFor(program: Program, context: StepContext): Question[] {
  const category = offeredCategory(program, context.category);
  const steps: readonly string[] = visibleStepIds(program, context);
  return candidateQuestions(program, context.form, category).filter((q) => steps.includes(questionStep(q)));
}

/**
 * Whether a question is shown (and so may be required), given the answers so far.
 * @example step.questions.filter((q) => isQuestionShown(q, draft.value.answers ?? {}))
 */
export function isQuestionShown(question: Question, answers: Readonly<Record<string, unknown>>): boolean {
  if (!question.showIf) return true;
  return (
    Object.prototype.hasOwnProperty.call(answers, question.showIf.question) && answers[question.showIf.question] === question.showIf.equals
  );
}
