// Registers <endorsement-renewal>, the endorsee's renewal page (once, however often loaded). Its own
// entry: the renewal page loads this and never the application's code.
import { EndorsementRenewal } from './renewal/endorsement-renewal.js';

if (!customElements.get('endorsement-renewal')) customElements.define('endorsement-renewal', EndorsementRenewal);

export { EndorsementRenewal };

declare global {
  interface HTMLElementTagNameMap {
    'endorsement-renewal': EndorsementRenewal;
  }
}
