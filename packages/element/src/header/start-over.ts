import { html, type TemplateResult } from 'lit';
import type { View } from '../view.js';

/**
 * The "Start over?" confirmation, inline rather than modal (no focus trap): its heading takes focus,
 * and "No" (or Escape) gives focus back to the button that asked, as a dialog would.
 */
export function renderStartOverConfirm(view: View, confirm: () => void, cancel: () => void): TemplateResult {
  const escape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    cancel();
  };
  return html`<section class="panel notice" aria-labelledby="ek-start-over-title" @keydown=${escape}>
    <h2 id="ek-start-over-title" tabindex="-1">${view.t('ui.start-over.heading')}</h2>
    <p>${view.t('ui.start-over.body')}</p>
    <button type="button" class="warning" part="button" @click=${confirm}>${view.t('ui.start-over.confirm')}</button>
    <button type="button" class="secondary" part="button" @click=${cancel}>${view.t('ui.start-over.cancel')}</button>
  </section>`;
}
