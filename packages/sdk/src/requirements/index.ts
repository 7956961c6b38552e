export { evaluateRequirements } from './evaluate-requirements.js';
export { recommendCategories } from './recommend-categories.js';
export { recommendForProfile } from './recommend-for-profile.js';
export { checkProfile } from './check-profile.js';
export { profileNumberCode } from './profile-number-code.js';
export { hourTotals } from './hour-totals.js';
export type {
  Requirement,
  RequirementId,
  RequirementUnit,
  RequirementsResult,
  CategoryRecommendation,
  EvaluateOptions,
  RatingSummary,
  RatingsCheck,
} from './requirement.js';
export type { ApplicantProfile, ProfileRecommendation } from './recommend-for-profile.js';
export type { HourTotals } from './hour-totals.js';
