import type { ApplicantProfile, Endorsement } from '@endorsement-kit/sdk';

/** The start screen's questionnaire answers, as its fields hold them. */
export interface QuizAnswers {
  endorsement?: Endorsement;
  education?: 'none' | 'cda' | 'associate' | 'bachelor' | 'master' | 'doctorate';
  years?: number;
  families?: number;
  training?: number;
  rsc?: number;
}

/** The answers as the SDK's `recommendForProfile` takes them (the rule itself lives there). */
export function profileOf(answers: QuizAnswers): ApplicantProfile {
  const profile: ApplicantProfile = {};
  if (answers.endorsement) profile.endorsement = answers.endorsement;
  if (answers.education) profile.education = answers.education;
  if (answers.years !== undefined) profile.workYears = answers.years;
  if (answers.families !== undefined) profile.familiesServed = answers.families;
  if (answers.training !== undefined) profile.trainingHours = answers.training;
  if (answers.rsc !== undefined) profile.rscHours = answers.rsc;
  return profile;
}
