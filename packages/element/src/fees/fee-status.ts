import { html, nothing, type TemplateResult } from 'lit';
import { formatFee, type Receipt } from '@endorsement-kit/sdk/core';
import type { View } from '../view.js';

type FeeOfReceipt = NonNullable<Receipt['fees']>[number];
const STATUSES = ['due', 'pending', 'paid', 'waived', 'invoiced'];

/** A payment page the element may link: only https. */
const safeUrl = (url: string | undefined) => (url && /^https:\/\//i.test(url) ? url : undefined);

type Pay = { start(fee: { record?: string | undefined; kind: string }): void; busy: boolean; failure: string | undefined };

/** "Pay the … by card": asks the receiver for Stripe's page of this fee. */
export const payButton = (view: View, pay: Pay, fee: { record?: string | undefined; kind: string }, label: string) =>
  html`<button type="button" class="secondary" part="button" aria-disabled=${pay.busy ? 'true' : nothing} @click=${() => pay.start(fee)}>
    ${view.t('fees.pay.stripe', { fee: label })}
  </button>`;

/** While asking the receiver for Stripe's page: that it is opening, or why it could not (a message key). */
export const payNotes = (view: View, pay: { busy: boolean; failure: string | undefined }) =>
  html`${pay.busy ? html`<p role="status">${view.t('fees.pay.busy')}</p>` : nothing}${
    pay.failure
      ? html`<p class="panel notice" role="alert">${view.t(pay.failure, { contact: view.text(view.program.contact.title) })}</p>`
      : nothing
  }`;

/**
 * The status lookup's fees: each with its amount and where it stands (due, paid, waived,
 * invoiced), and, while due, the program's payment page or the way to Stripe's.
 */
export function renderFeeStatus(view: View, receipt: Receipt | undefined, pay: Pay): TemplateResult | typeof nothing {
  const fees = receipt?.fees ?? [];
  if (fees.length === 0) return nothing;
  const open = (fee: FeeOfReceipt) => fee.status === 'due';
  return html`<section aria-labelledby="ek-fees-status">
    <h3 id="ek-fees-status">${view.t('fees.status.heading')}</h3>
    <ul>
      ${fees.map((fee) => {
        const status = view.t(`fees.status.${STATUSES.includes(fee.status) ? fee.status : 'due'}`);
        const url = safeUrl(fee.paymentUrl);
        return html`<li>
          ${view.t('fees.status.line', { fee: fee.label, amount: formatFee(fee.amount, fee.currency, view.locale), status })}
          ${open(fee) && url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${view.t('fees.pay.link', { fee: fee.label })}</a>` : nothing}
          ${open(fee) && fee.payment === 'stripe' ? payButton(view, pay, fee, fee.label) : nothing}
        </li>`;
      })}
    </ul>
    ${payNotes(view, pay)}
    ${fees.some((fee) => open(fee) && fee.payment === 'coordinator') ? html`<p>${view.t('fees.how.coordinator', { contact: view.text(view.program.contact.title) })}</p>` : nothing}
  </section>`;
}
