// Registers <endorsement-renewal>, the endorsee's renewal page (once, however often loaded). Its own
// entry: the renewal page loads this and never the application's code.
import { registerMessages, renewalFormMessagesEn } from '@endorsement-kit/sdk/core';
import { EndorsementRenewal } from './renewal/endorsement-renewal.js';

// The application's field labels, list words and fees in English (translateUi holds only the
// interface's own until they are registered): the renewal page shows the same training and RSC
// fields, and none of the application's other words. Their Spanish and the validation come as
// parts of their own (renewal/renewal-parts.ts): for a Spanish endorsee, and once the form is shown.
registerMessages('en', renewalFormMessagesEn());

if (!customElements.get('endorsement-renewal')) customElements.define('endorsement-renewal', EndorsementRenewal);

export { EndorsementRenewal };

declare global {
  interface HTMLElementTagNameMap {
    'endorsement-renewal': EndorsementRenewal;
  }
}
