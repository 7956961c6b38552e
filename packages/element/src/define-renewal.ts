// Registers <endorsement-renewal>, the endorsee's renewal page (once, however often loaded). Its own
// entry: the renewal page loads this and never the application's code.
import { registerMessages, renewalPageMessages } from '@endorsement-kit/sdk/core';
import { EndorsementRenewal } from './renewal/endorsement-renewal.js';

// The application's field labels, list words, fees and validation messages (translateUi holds only
// the interface's own until they are registered): the renewal page shows the same training and RSC
// fields, in both languages, and none of the application's other words.
const messages = renewalPageMessages();
registerMessages('en', messages.en);
registerMessages('es', messages.es);

if (!customElements.get('endorsement-renewal')) customElements.define('endorsement-renewal', EndorsementRenewal);

export { EndorsementRenewal };

declare global {
  interface HTMLElementTagNameMap {
    'endorsement-renewal': EndorsementRenewal;
  }
}
