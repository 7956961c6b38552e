export { getSteps } from './get-steps.js';
export { stepStatuses } from './step-statuses.js';
export { stepOfIssue } from './step-of-issue.js';
export { questionsFor, isQuestionShown, visibleStepIds, REGISTRATION_STEP_IDS, APPLICATION_STEP_IDS } from '../program/visible-steps.js';
export type { GetStepsOptions } from './get-steps.js';
export type { StepStatusOptions } from './step-statuses.js';
export type { StepSpec, FieldSpec, FieldKind, FieldOption, FieldGroup, RepeatSpec, StepStatus } from './step-spec.js';
export type { FormId, StepId, StepContext } from '../program/visible-steps.js';
