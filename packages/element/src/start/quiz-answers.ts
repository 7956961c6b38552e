import { profileNumberCode, type ApplicantProfile, type Endorsement, type IssueCode } from '@endorsement-kit/sdk/core';

/** The questionnaire's number questions, in the order it asks them. */
export const QUIZ_NUMBERS = ['years', 'families', 'training', 'dei', 'rsc', 'leadership', 'rscProvided'] as const;
export type QuizNumber = (typeof QUIZ_NUMBERS)[number];

/** The start screen's questionnaire answers, as its fields hold them. */
export interface QuizAnswers {
  endorsement?: Endorsement;
  education?: 'none' | 'cda' | 'associate' | 'bachelor' | 'master' | 'doctorate';
  /** Each number as its field holds it: a number, or the text as typed when it is not one ("two"). */
  years?: number | string;
  families?: number | string;
  training?: number | string;
  dei?: number | string;
  rsc?: number | string;
  leadership?: number | string;
  rscProvided?: number | string;
  /** The number questions that were wrong when suggestions were last asked for: each shows its error until put right. */
  flagged?: readonly QuizNumber[];
}

export const isQuizNumber = (key: unknown): key is QuizNumber => (QUIZ_NUMBERS as readonly unknown[]).includes(key);

// The profile field each number question answers.
const PROFILE_FIELD = {
  years: 'workYears',
  families: 'familiesServed',
  training: 'trainingHours',
  dei: 'deiHours',
  rsc: 'rscHours',
  leadership: 'leadershipYears',
  rscProvided: 'rscProvidedYears',
} as const satisfies Record<QuizNumber, keyof ApplicantProfile>;

/** What is wrong with a number answer, by the SDK's rule (`profileNumberCode`, `checkProfile`'s): its issue code, if any. */
export function quizProblem(question: QuizNumber, value: unknown): IssueCode | undefined {
  // A question left blank is fine: every question is optional.
  return value === undefined ? undefined : profileNumberCode(PROFILE_FIELD[question], value);
}

/** The answers as the SDK's `recommendForProfile` takes them (the rule itself lives there); wrong numbers are left out, as unknown. */
export function profileOf(answers: QuizAnswers): ApplicantProfile {
  const profile: ApplicantProfile = {};
  const number = (question: QuizNumber) => {
    const value = answers[question];
    return typeof value === 'number' && quizProblem(question, value) === undefined ? value : undefined;
  };
  if (answers.endorsement) profile.endorsement = answers.endorsement;
  if (answers.education) profile.education = answers.education;
  for (const question of QUIZ_NUMBERS) {
    const value = number(question);
    if (value !== undefined) profile[PROFILE_FIELD[question]] = value;
  }
  return profile;
}
