// The package's only side effect: registers <endorsement-application> (once, however often loaded).
import { EndorsementApplication } from './endorsement-application.js';
import type {
  EndorsementErrorEvent,
  EndorsementRegisteredEvent,
  EndorsementSaveEvent,
  EndorsementStepChangeEvent,
  EndorsementSubmitEvent,
  EndorsementSubmittedEvent,
} from './events/index.js';

if (!customElements.get('endorsement-application')) customElements.define('endorsement-application', EndorsementApplication);

export { EndorsementApplication };

declare global {
  interface HTMLElementTagNameMap {
    'endorsement-application': EndorsementApplication;
  }
  interface GlobalEventHandlersEventMap {
    'endorsement-step-change': EndorsementStepChangeEvent;
    'endorsement-save': EndorsementSaveEvent;
    'endorsement-submit': EndorsementSubmitEvent;
    'endorsement-registered': EndorsementRegisteredEvent;
    'endorsement-submitted': EndorsementSubmittedEvent;
    'endorsement-error': EndorsementErrorEvent;
  }
}
