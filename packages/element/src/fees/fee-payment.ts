import { html, nothing, type TemplateResult } from 'lit';
import { feeCheckout, formatFee, isReferenceLinkError, paymentLink, type Receipt } from '@endorsement-kit/sdk/core';
import type { FlowContext } from '../application-step/flow-context.js';
import type { View } from '../view.js';
import { categoryFees, feeName } from './category-fees.js';
import { payButton, payNotes, renderFeeStatus } from './fee-status.js';

/** Where paying through Stripe stands for an element: asking the receiver for the page, or why that failed (a message key). */
interface PayState {
  busy: boolean;
  failure: 'fees.pay.failed' | 'fees.pay.settled' | undefined;
  start(fee: { record?: string | undefined; kind: string }): void;
}

const states = new WeakMap<FlowContext, PayState>();

function payState(context: FlowContext): PayState {
  let state = states.get(context);
  if (!state) {
    const made: PayState = {
      busy: false,
      failure: undefined,
      start(fee) {
        const baseUrl = context.host.endpoint;
        if (made.busy || !baseUrl || !fee.record) return;
        made.busy = true;
        made.failure = undefined;
        context.host.requestUpdate();
        // Back to this page: Stripe's return pays nothing, the receiver's webhook does.
        const done = () => {
          made.busy = false;
          context.host.requestUpdate();
        };
        feeCheckout({ baseUrl, record: fee.record, kind: fee.kind, returnUrl: location.href }).then(
          (url) => {
            // The back button from Stripe's page may restore this one as it was left (bfcache): usable again.
            addEventListener('pageshow', done, { once: true });
            location.assign(url);
          },
          (error: unknown) => {
            made.busy = false;
            // The receiver's own words are English and technical: the applicant gets what to do, in their language.
            made.failure = isReferenceLinkError(error) && error.code === 'fee_settled' ? 'fees.pay.settled' : 'fees.pay.failed';
            context.host.requestUpdate();
          },
        );
      },
    };
    states.set(context, (state = made));
  }
  return state;
}

/** The status lookup's fees with their payment pages. */
export function renderStatusFees(context: FlowContext, view: View, receipt: Receipt | undefined): TemplateResult | typeof nothing {
  return renderFeeStatus(view, receipt, payState(context));
}

/** After registering: the registration fee due now and how to pay it. */
export function renderRegisteredFees(context: FlowContext, view: View, receipt: Receipt | undefined): TemplateResult | typeof nothing {
  const fee = categoryFees(view, view.get(['category'])).find((f) => f.kind === 'registration');
  if (!fee || !receipt) return nothing;
  const name = feeName(view, fee);
  const pay = payState(context);
  return html`<div id="ek-registered-fees">
    <p>${view.t('fees.due-now', { fee: name, amount: formatFee(fee.amount, fee.currency, view.locale) })}</p>
    ${
      fee.payment === 'link' && fee.paymentUrl
        ? html`<p><a href=${paymentLink(fee.paymentUrl, receipt.reference ?? receipt.id)} target="_blank" rel="noopener noreferrer">${view.t('fees.pay.link', { fee: name })}</a></p>`
        : fee.payment === 'stripe'
          ? html`${payButton(view, pay, { record: receipt.id, kind: 'registration' }, name)}${payNotes(view, pay)}`
          : html`<p>${view.t('fees.how.coordinator', { contact: view.text(view.program.contact.title) })}</p>`
    }
  </div>`;
}
