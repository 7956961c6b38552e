import { html, nothing, type TemplateResult } from 'lit';
import type { Receipt } from '@endorsement-kit/sdk/core';
import type { View } from '../view.js';
import { renderField } from '../fields/render-field.js';
import { localize } from '@endorsement-kit/sdk/core';
import { formatDateTime, formatDay } from '../i18n/format.js';
import { receiptStatus } from '../i18n/receipt-status.js';

/** The lookup's state: what was found, or why not (`missing`: the field left empty). */
export interface StatusLookup {
  result?: Receipt;
  failure?: string;
  missing?: 'id' | 'email';
  busy: boolean;
}

/**
 * A form for a receipt's reference (and the applicant's email, when the backend looks up by both)
 * that shows the backend's status for it, with the coordinator's message and the next review date
 * when the backend sends them. An empty field is an error on it (focused); what the backend
 * answers is said in a status region.
 */
export function renderStatusLookup(
  view: View,
  state: StatusLookup,
  lookup: () => void,
  home: () => void,
  /** Whether the backend looks up by reference and email together. */
  email: boolean,
  /** The reference requests and their states, once the `flow` part is here. */
  references: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  // The stage @endorsement-kit/server tells (`Receipt.stage`), in words once they are loaded (the `flow` part's).
  const stage = `ui.status.stage.${state.result?.stage}`;
  return html`<section aria-labelledby="ek-step-heading">
    <h2 id="ek-step-heading" tabindex="-1">${view.t('ui.status.heading')}</h2>
    <form novalidate @submit=${(e: Event) => {
      e.preventDefault();
      lookup();
    }}>
      ${renderField(view, { path: ['lookup', 'id'], kind: 'text', required: true, label: view.t('ui.status.id'), hint: view.t('ui.status.hint'), autocomplete: 'off' })}
      ${email ? renderField(view, { path: ['lookup', 'email'], kind: 'email', required: true, label: view.t('ui.status.email'), autocomplete: 'email' }) : nothing}
      <button type="submit" part="button" aria-disabled=${state.busy ? 'true' : nothing}>${view.t('ui.status.submit')}</button>
    </form>
    <div role="status">
      ${
        state.result
          ? html`<div class="panel success">
            <p>${view.t('ui.status.result', { id: state.result.reference ?? state.result.id, status: receiptStatus(view, state.result.status), date: formatDateTime(state.result.receivedAt, view.locale) })} ${stageText(view, stage)}</p>
            ${state.result.statusMessage ? html`<p>${view.t('ui.status.message', { contact: localize(view.program.contact.title, view.locale), message: state.result.statusMessage })}</p>` : nothing}
            ${state.result.nextReviewOn && !state.result.cycle ? html`<p>${view.t('ui.status.next-review', { date: formatDay(state.result.nextReviewOn, view.locale) })}</p>` : nothing}
          </div>`
          : nothing
      }
      ${state.failure && !state.missing ? html`<p class="panel notice">${view.t('ui.status.failed', { reason: state.failure })}</p>` : nothing}
    </div>
    ${references}
    <button type="button" class="link" part="button" @click=${home}>${view.t('ui.status.home')}</button>
  </section>`;
}

// The stage's words come with the review catalog (the flow part); until then the key is all there
// is, and it is not shown. `hasMessage` would bring every catalog into the first load.
function stageText(view: View, key: string): string {
  const text = view.t(key);
  return text === key ? '' : text;
}
