import { html, nothing, type TemplateResult } from 'lit';
import type { Receipt } from '@endorsement-kit/sdk/core';
import { formatDay } from '../i18n/format.js';
import type { View } from '../view.js';

/**
 * The review cycle the application joined, as the program states it ("submitted by Dec 15, decided
 * by Feb 15"), when the receiver says (`Receipt.cycle`, while a decision is pending).
 */
export function renderReviewCycle(view: View, receipt: Receipt | undefined): TemplateResult | typeof nothing {
  const cycle = receipt?.cycle;
  if (!cycle) return nothing;
  const submittedBy = formatDay(cycle.submittedBy, view.locale);
  return html`<p>${
    cycle.decidedBy
      ? view.t('ui.status.cycle-decided', { submittedBy, decidedBy: formatDay(cycle.decidedBy, view.locale) })
      : view.t('ui.status.cycle', { submittedBy })
  }</p>`;
}
