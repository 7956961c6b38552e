// The `flow` part: everything after the start screen (the steps, Check your answers, the tracker)
// and what it computes with (validation with zod, requirements, the drafts' sending). The element
// loads it when the browser is idle, or at once when the applicant is past the start screen.
import './english-rest.js';
export { defineProgram, draftFeatures, evaluateRequirements, getSteps, recommendForProfile, stepStatuses } from '@endorsement-kit/sdk/core';
export { renderStepIndicator } from '../application-step/step-indicator.js';
export { renderStep } from '../application-step/render-step.js';
export { repeatActions } from '../application-step/repeat-actions.js';
export { stepOf, summaryItems } from '../application-step/step-paths.js';
export { renderReview } from '../review/review-screen.js';
export { renderTracker, countMet } from '../tracker/requirement-tracker.js';
export { renderConflict } from '../header/conflict-notice.js';
export { renderFlowScreen, renderReviewScreen } from '../application-step/flow-screen.js';
export { trackedRequirements } from '../references/tracked-requirements.js';
export { renderFeeSummary } from '../fees/category-fees.js';
export { renderRegisteredFees } from '../fees/fee-payment.js';
export { renderStatusExtras } from './status-extras.js';
