import { html, type TemplateResult } from 'lit';
import type { Receipt } from '@endorsement-kit/sdk/core';
import type { View } from '../view.js';
import { formatDateTime } from '../i18n/format.js';
import { receiptStatus } from '../i18n/receipt-status.js';

/** After `submit()`: the reference number, the status, and when the applicant hears back. */
export function renderReceipt(view: View, receipt: Receipt | undefined, checkStatus: () => void, home: () => void): TemplateResult {
  // A draft without a receipt (another tab started over meanwhile): only the way home.
  if (!receipt) return html`<button type="button" part="button" @click=${home}>${view.t('ui.status.home')}</button>`;
  const cadence = view.program.reviewCadence ? view.text(view.program.reviewCadence) : view.t('ui.receipt.cadence');
  return html`<section aria-labelledby="ek-step-heading">
    <div class="panel success">
      <h2 id="ek-step-heading" tabindex="-1">${view.t('ui.receipt.heading')}</h2>
      <dl class="answers">
        <div><dt>${view.t('ui.receipt.id')}</dt><dd class="receipt-id">${receipt.reference ?? receipt.id}</dd></div>
        <div><dt>${view.t('ui.receipt.status')}</dt><dd>${receiptStatus(view, receipt.status)}</dd></div>
        <div><dt>${view.t('ui.receipt.received')}</dt><dd>${formatDateTime(receipt.receivedAt, view.locale)}</dd></div>
      </dl>
    </div>
    <p>${cadence}</p>
    <p>${view.t('ui.receipt.keep')}</p>
    <div class="actions">
      <button type="button" class="secondary" part="button" @click=${checkStatus}>${view.t('ui.start.status')}</button>
      <button type="button" class="link" part="button" @click=${home}>${view.t('ui.status.home')}</button>
    </div>
  </section>`;
}
