import { html, type TemplateResult } from 'lit';
import type { View } from '../view.js';

/** A problem listed in the summary, with the id of the control it links to. */
export interface SummaryItem {
  message: string;
  target: string;
}

/**
 * GOV.UK's error summary: at the top of the step, focused when shown (and an alert inside, as
 * GOV.UK Frontend marks it up), each message a link that moves focus to its field.
 */
export function renderErrorSummary(view: View, items: SummaryItem[], focus: (id: string) => void): TemplateResult {
  return html`<div class="error-summary" part="summary error-summary" tabindex="-1" id="ek-error-summary">
    <div role="alert">
      <h2 id="ek-error-summary-title">${view.t('ui.errors.title')}</h2>
      <ul>
        ${items.map(
          (item) => html`<li>
            <a href=${`#${item.target}`} @click=${(e: Event) => { e.preventDefault(); focus(item.target); }}>${item.message}</a>
          </li>`,
        )}
      </ul>
    </div>
  </div>`;
}
