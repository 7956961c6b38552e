import type { EndorsementController } from './controllers/endorsement-controller.js';
import type { LiveAnnouncer } from './controllers/live-announcer.js';
import type { MediaQueryController } from './controllers/media-query.js';
import type { NavigationController } from './controllers/navigation.js';
import type { SendController } from './controllers/send-controller.js';
import type { TypingPauseController } from './controllers/typing-pause.js';
import type { FlowPartController } from './parts/parts-controller.js';
import type { FlowContext } from './application-step/flow-context.js';

/**
 * The element's controllers, as the screens and helpers outside its class read and drive them.
 * The `flow` part's screens take the narrower `FlowContext`, which this extends.
 */
export interface ApplicationContext extends FlowContext {
  readonly controller: EndorsementController;
  readonly flow: FlowPartController;
  readonly nav: NavigationController;
  readonly sending: SendController;
  readonly pause: TypingPauseController;
  readonly announcer: LiveAnnouncer;
  /** Wide, the tracker stands beside the step; narrow, it folds above it. */
  readonly wide: MediaQueryController;
}
