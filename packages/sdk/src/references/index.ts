export { resolveRatingForm } from './resolve-rating-form.js';
export { evaluateRating } from './evaluate-rating.js';
export { missingRatingAnswers } from './missing-rating-answers.js';
export { fillSlots, fitsSlot } from './fill-slots.js';
export type { RatingFormOptions } from './resolve-rating-form.js';
export type { RatingCheckOptions } from './missing-rating-answers.js';
export type { RatingEvaluation, RatingFlag, EvaluateRatingOptions } from './evaluate-rating.js';
export type { RatingSummary, SlotFulfilment } from './fill-slots.js';
