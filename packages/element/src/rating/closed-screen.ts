import { html, nothing, type TemplateResult } from 'lit';
import type { ClosedReason } from '../controllers/rating-controller.js';
import { requestParams, type RatingView } from './rating-view.js';

/** A page with a heading and a sentence or two: the link's end, the thank-you, the decline's confirmation. */
function page(view: RatingView, heading: string, body: string, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<section aria-labelledby="ek-heading">
    <h1 id="ek-heading" tabindex="-1">${view.t(heading, requestParams(view))}</h1>
    <p>${view.t(body, requestParams(view))}</p>
    ${extra}
  </section>`;
}

/** Why this link shows no form (expired, withdrawn, declined, used, closed, unknown), and who to ask. */
export function renderClosed(view: RatingView, reason: ClosedReason): TemplateResult {
  const contact = view.invitation ? html`<p>${view.t('rating.closed.contact', requestParams(view))}</p>` : nothing;
  return page(view, `rating.closed.${reason}.heading`, `rating.closed.${reason}.body`, contact);
}

export function renderThanks(view: RatingView): TemplateResult {
  return page(view, 'rating.thanks.heading', 'rating.thanks.body');
}

export function renderDeclined(view: RatingView): TemplateResult {
  return page(view, 'rating.declined.heading', 'rating.declined.body');
}

/** The server could not be reached when opening the link: say so, and offer to try again. */
export function renderFailed(view: RatingView, retry: () => void): TemplateResult {
  return page(
    view,
    'rating.failed.heading',
    'rating.failed.body',
    html`<button type="button" part="button" @click=${retry}>${view.t('rating.failed.retry')}</button>`,
  );
}
