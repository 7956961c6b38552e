import { html, nothing, type TemplateResult } from 'lit';
import type { Receipt } from '@endorsement-kit/sdk/core';
import type { View } from '../view.js';

/** After `register()`: the reference, and what happens next in the program's words. */
export function renderRegistered(
  view: View,
  receipt: Receipt | undefined,
  next: () => void,
  home: () => void,
  /** The registration fee due now and how to pay it, once the `flow` part is here. */
  fees: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const contact = view.text(view.program.contact.title);
  return html`<section aria-labelledby="ek-step-heading">
    <div class="panel success">
      <h2 id="ek-step-heading" tabindex="-1">${view.t('ui.registered.heading')}</h2>
      ${receipt ? html`<p>${view.t('ui.registered.reference', { id: receipt.reference ?? receipt.id })}</p>` : nothing}
    </div>
    ${fees}
    <h3>${view.t('ui.registered.next')}</h3>
    <p>${view.t('ui.registered.coordinator', { contact })}</p>
    <p>${view.t('ui.registered.spam')}</p>
    <div class="actions">
      <button type="button" part="button" @click=${next}>${view.t('ui.registered.continue')}</button>
      <button type="button" class="link" part="button" @click=${home}>${view.t('ui.status.home')}</button>
    </div>
  </section>`;
}
