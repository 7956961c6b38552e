// Registers <endorsement-rating>, the reference rater's page (once, however often loaded). Its own
// entry: the rater's page loads this and never the application's code.
import { EndorsementRating } from './rating/endorsement-rating.js';

if (!customElements.get('endorsement-rating')) customElements.define('endorsement-rating', EndorsementRating);

export { EndorsementRating };

declare global {
  interface HTMLElementTagNameMap {
    'endorsement-rating': EndorsementRating;
  }
}
