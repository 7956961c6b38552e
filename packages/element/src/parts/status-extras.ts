import { html, type TemplateResult } from 'lit';
import type { Receipt } from '@endorsement-kit/sdk/core';
import type { View } from '../view.js';
import type { FlowContext } from '../application-step/flow-context.js';
import { renderStatusFees } from '../fees/fee-payment.js';
import { renderTranscriptStates } from '../application-step/transcript-states.js';
import { renderReferenceStates } from '../references/requests-for.js';
import { renderReviewCycle } from '../review/review-cycle.js';

/**
 * What the status lookup shows beyond the status once the `flow` part is here: the review cycle,
 * the fees with their payment pages, where each transcript is, then the reference requests' states.
 */
export function renderStatusExtras(context: FlowContext, view: View, receipt: Receipt | undefined): TemplateResult {
  return html`${renderReviewCycle(view, receipt)}${renderStatusFees(context, view, receipt)}${renderTranscriptStates(view, receipt)}${renderReferenceStates(context, view)}`;
}
