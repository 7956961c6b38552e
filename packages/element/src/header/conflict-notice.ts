import { html, type TemplateResult } from 'lit';
import type { View } from '../view.js';

/** Another tab saved this draft too: keep this tab's answers or take the other tab's. */
export function renderConflict(view: View, resolve: (choice: 'mine' | 'theirs') => void): TemplateResult {
  return html`<section class="panel notice" role="alert" aria-labelledby="ek-conflict-title">
    <h2 id="ek-conflict-title">${view.t('ui.conflict.heading')}</h2>
    <p>${view.t('ui.conflict.body')}</p>
    <button type="button" part="button" @click=${() => resolve('mine')}>${view.t('ui.conflict.mine')}</button>
    <button type="button" class="secondary" part="button" @click=${() => resolve('theirs')}>${view.t('ui.conflict.theirs')}</button>
  </section>`;
}
