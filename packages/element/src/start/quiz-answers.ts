import type { ApplicantProfile, Endorsement, IssueCode } from '@endorsement-kit/sdk';

/** The questionnaire's number questions, in the order it asks them. */
export const QUIZ_NUMBERS = ['years', 'families', 'training', 'rsc'] as const;
export type QuizNumber = (typeof QUIZ_NUMBERS)[number];

/** The start screen's questionnaire answers, as its fields hold them. */
export interface QuizAnswers {
  endorsement?: Endorsement;
  education?: 'none' | 'cda' | 'associate' | 'bachelor' | 'master' | 'doctorate';
  /** Each number as its field holds it: a number, or the text as typed when it is not one ("two"). */
  years?: number | string;
  families?: number | string;
  training?: number | string;
  rsc?: number | string;
  /** The number questions that were wrong when suggestions were last asked for: each shows its error until put right. */
  flagged?: readonly QuizNumber[];
}

export const isQuizNumber = (key: unknown): key is QuizNumber => (QUIZ_NUMBERS as readonly unknown[]).includes(key);

/**
 * What is wrong with a number answer, as the SDK's issue codes say it: not a number at all
 * (`invalid_type`), below 0 (`too_small`), or families that are not a whole number (`not_integer`).
 * An empty answer is fine: every number question is optional.
 */
export function quizProblem(question: QuizNumber, value: unknown): IssueCode | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'invalid_type';
  if (value < 0) return 'too_small';
  if (question === 'families' && !Number.isInteger(value)) return 'not_integer';
  return undefined;
}

/** The answers as the SDK's `recommendForProfile` takes them (the rule itself lives there); wrong numbers are left out. */
export function profileOf(answers: QuizAnswers): ApplicantProfile {
  const profile: ApplicantProfile = {};
  const number = (question: QuizNumber) => {
    const value = answers[question];
    return typeof value === 'number' && quizProblem(question, value) === undefined ? value : undefined;
  };
  if (answers.endorsement) profile.endorsement = answers.endorsement;
  if (answers.education) profile.education = answers.education;
  const years = number('years');
  const families = number('families');
  const training = number('training');
  const rsc = number('rsc');
  if (years !== undefined) profile.workYears = years;
  if (families !== undefined) profile.familiesServed = families;
  if (training !== undefined) profile.trainingHours = training;
  if (rsc !== undefined) profile.rscHours = rsc;
  return profile;
}
