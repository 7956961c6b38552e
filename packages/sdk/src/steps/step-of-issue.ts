import type { Question } from '../program/question.js';
import type { Issue } from '../errors/issue.js';
import { questionStep, type FormId } from '../program/visible-steps.js';

const STEP_OF_KEY: Readonly<Record<FormId, Readonly<Record<string, string>>>> = {
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

/** The step an issue shows on, or `undefined` when no step of the form has its field. */
export function stepOfIssue(issue: Issue, form: FormId, questions: readonly Question[]): string | undefined {
  const [key, id] = issue.path;
  if (key === 'answers') {
    const question = questions.find((q) => q.id === id);
    return question ? questionStep(question) : undefined;
  }
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(STEP_OF_KEY[form], key) ? STEP_OF_KEY[form][key] : undefined;
}
