import { html, nothing, type TemplateResult } from 'lit';
import { hourTotals } from '@endorsement-kit/sdk/core';
import type { View } from '../view.js';

/**
 * Running totals under the training and RSC-received lists, so the applicant sees them grow
 * (the sums are the SDK's `hourTotals`; whether they are enough is the tracker's).
 */
export function renderRunningTotals(view: View, stepId: string): TemplateResult | typeof nothing {
  if (stepId !== 'training' && stepId !== 'rsc-received') return nothing;
  const totals = hourTotals({ training: view.get(['training']), rscReceived: view.get(['rscReceived']) });
  if (stepId === 'training')
    return html`<p class="totals" part="totals">${view.t('ui.totals.training', {
      total: totals.training.hours,
      dei: totals.training.dei,
      rsc: totals.training.rscProvision,
    })}</p>`;
  return html`<p class="totals" part="totals">${view.t('ui.totals.rsc', { total: totals.rscReceived.hours })}</p>`;
}
