// The public API of @endorsement-kit/element. Importing it defines nothing; import
// '@endorsement-kit/element/define' (or load the single-file script) to register the tag. If the
// page has the tag and nothing defines it, the console says so (undefined-tag-hint.ts).
import './undefined-tag-hint.js';
export { EndorsementApplication } from './endorsement-application.js';
export { EndorsementRating } from './rating/endorsement-rating.js';
export { RatingController } from './controllers/rating-controller.js';
export { EndorsementController } from './controllers/endorsement-controller.js';
export { resolveProgram } from './controllers/resolve-program.js';
export {
  EndorsementStepChangeEvent,
  EndorsementSaveEvent,
  EndorsementSubmitEvent,
  EndorsementRegisteredEvent,
  EndorsementSubmittedEvent,
  EndorsementErrorEvent,
} from './events/index.js';
export type { ControllerSource, EndorsementControllerOptions, LoadState } from './controllers/endorsement-controller.js';
export type { FormKind, SaveStateLike, ErrorContext } from './events/index.js';
export type { RatingScreen, ClosedReason, RatingSave, RatingControllerOptions } from './controllers/rating-controller.js';
