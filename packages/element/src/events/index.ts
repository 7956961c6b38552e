export { EndorsementStepChangeEvent } from './step-change-event.js';
export { EndorsementSaveEvent } from './save-event.js';
export { EndorsementSubmitEvent } from './submit-event.js';
export { EndorsementRegisteredEvent } from './registered-event.js';
export { EndorsementSubmittedEvent } from './submitted-event.js';
export { EndorsementErrorEvent } from './error-event.js';
export type { FormKind } from './step-change-event.js';
export type { SaveStateLike } from './save-event.js';
export type { ErrorContext } from './error-event.js';
