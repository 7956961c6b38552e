// Registers <endorsement-renewal>, the endorsee's renewal page (once, however often loaded). Its own
// entry: the renewal page loads this and never the application's code.
import { registerMessages } from '@endorsement-kit/sdk/core';
import { en } from '@endorsement-kit/sdk/en';
import { es } from '@endorsement-kit/sdk/es';
import { EndorsementRenewal } from './renewal/endorsement-renewal.js';

// The application's field labels and list words (translateUi holds only the interface's own until
// they are registered): the renewal page shows the same training and RSC fields, in both languages.
registerMessages('en', en);
registerMessages('es', es);

if (!customElements.get('endorsement-renewal')) customElements.define('endorsement-renewal', EndorsementRenewal);

export { EndorsementRenewal };

declare global {
  interface HTMLElementTagNameMap {
    'endorsement-renewal': EndorsementRenewal;
  }
}
