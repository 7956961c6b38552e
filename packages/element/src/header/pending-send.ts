import { html, nothing, type TemplateResult } from 'lit';
import type { View } from '../view.js';

/**
 * A registration or application whose send was cut off (a crash, a reload, the network): being
 * sent again, waiting for the network, or of unknown outcome, with the way to send it again.
 */
export interface PendingSend {
  kind: 'registration' | 'application';
  state: 'sending' | 'offline' | 'unknown';
  resend(): void;
}

/** Says where a cut-off send stands, on whatever screen the page opens. */
export function renderPendingSend(view: View, pending: PendingSend | undefined): TemplateResult | typeof nothing {
  if (!pending) return nothing;
  return html`<div class="panel notice" role="status">
    <p>${view.t(`ui.start.pending.${pending.kind}.${pending.state}`)}</p>
    ${pending.state === 'unknown' ? html`<button type="button" part="button" @click=${pending.resend}>${view.t('ui.start.pending.resend')}</button>` : nothing}
  </div>`;
}
