import type { Issue } from '../errors/issue.js';
import type { FormId, StepId } from '../program/visible-steps.js';
import type { StepSpec } from './step-spec.js';

// Which step shows each top-level key of a form's payload; `answers` go by question.
const STEP_OF_KEY: Readonly<Record<FormId, Readonly<Record<string, StepId>>>> = {
  registration: { applicant: 'applicant', membership: 'applicant', endorsement: 'category', category: 'category', overview: 'overview' },
  application: {
    applicant: 'applicant',
    membership: 'applicant',
    education: 'education',
    work: 'work',
    training: 'training',
    rscReceived: 'rsc-received',
    rscProvided: 'rsc-provided',
    leadership: 'leadership',
    references: 'references',
    attestations: 'attestations',
  },
};

/**
 * The step of `steps` (one form's, as `getSteps` gives them) that shows an issue's field, also
 * for an issue about a whole section or list; `undefined` when none of them does (a step not
 * shown for the category, or a key no step asks for). A UI takes the applicant there after a
 * failed `submit()`; `stepStatuses` counts each issue on this step.
 * @example
 * const steps = getSteps(program, { form: 'application', category: 'IFS' });
 * stepOfIssue({ path: ['training', 0, 'hours'], code: 'too_small', message: '…' }, steps) // 'training'
 * stepOfIssue({ path: ['answers', 'years'], code: 'required', message: '…' }, steps) // the step the question is on
 */
export function stepOfIssue(issue: Pick<Issue, 'path'>, steps: readonly Pick<StepSpec, 'id' | 'form' | 'questions'>[]): StepId | undefined {
  const form = steps[0]?.form;
  if (form === undefined) return undefined;
  const [key, id] = issue.path;
  const step =
    key === 'answers'
      ? steps.find((s) => s.questions.some((q) => q.id === id))?.id
      : typeof key === 'string' && Object.prototype.hasOwnProperty.call(STEP_OF_KEY[form], key)
        ? STEP_OF_KEY[form][key]
        : undefined;
  return steps.some((s) => s.id === step) ? step : undefined;
}
