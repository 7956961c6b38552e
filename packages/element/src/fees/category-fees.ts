import { html, nothing, type TemplateResult } from 'lit';
import { FEES_DUE_WITH, feesDue, formatFee, isCode, today, type FeeDue } from '@endorsement-kit/sdk/core';
import type { View } from '../view.js';

/** The fees a category is charged at registration and with the application (renewal's are not the applicant's yet). */
const APPLYING = [...FEES_DUE_WITH.registration, ...FEES_DUE_WITH.application];

/** The fees of a category today, for the registration and the application. */
export function categoryFees(view: View, category: unknown): FeeDue[] {
  if (!isCode(category) || !view.program.categories[category]) return [];
  return feesDue(view.program, { kind: APPLYING, category, on: today() });
}

/** A fee's words: the program's label, else the SDK's name of its kind. */
export const feeName = (view: View, fee: { kind: string; label?: FeeDue['label'] }) =>
  fee.label !== undefined ? view.text(fee.label) : view.t(`fees.kind.${fee.kind}`);

/** "Registration fee: $15.00, due when you register". */
function feeLine(view: View, fee: FeeDue): string {
  const line = view.t('fees.line', {
    fee: feeName(view, fee),
    amount: formatFee(fee.amount, fee.currency, view.locale),
    when: view.t(`fees.when.${fee.kind}`),
  });
  return fee.refundable ? `${line} (${view.t('fees.refundable')})` : line;
}

/**
 * What the chosen category costs and when each fee is due, under the category's choice: shown
 * before the applicant registers, since fees are not refunded for a wrong category.
 */
export function renderCategoryFees(view: View, category: unknown): TemplateResult | typeof nothing {
  const fees = categoryFees(view, category);
  if (fees.length === 0) return nothing;
  const label = view.text(view.program.categories[category as keyof typeof view.program.categories]!.label);
  return html`<section class="panel" aria-labelledby="ek-fees-heading" id="ek-fees">
    <h3 id="ek-fees-heading">${view.t('fees.heading', { category: label })}</h3>
    <ul>
      ${fees.map((fee) => html`<li>${feeLine(view, fee)}${fee.note ? html` <span class="hint">${view.text(fee.note)}</span>` : nothing}</li>`)}
    </ul>
    ${fees.some((fee) => !fee.refundable) ? html`<p>${view.t('fees.not-refundable', { contact: view.text(view.program.contact.title) })}</p>` : nothing}
  </section>`;
}

/** The same fees in a sentence each, for a category the questionnaire suggests. */
export function renderFeeSummary(view: View, category: unknown): TemplateResult | typeof nothing {
  const fees = categoryFees(view, category);
  return fees.length ? html`${fees.map((fee) => html`<p class="hint">${feeLine(view, fee)}</p>`)}` : nothing;
}

/** Above Submit on "Check your answers": the fees due with the application. */
export function renderApplicationFees(view: View): TemplateResult | typeof nothing {
  const fees = categoryFees(view, view.get(['category'])).filter((fee) => FEES_DUE_WITH.application.includes(fee.kind));
  return fees.length
    ? html`<div id="ek-review-fees">${fees.map(
        (fee) =>
          html`<p>${view.t('fees.due-with-application', { fee: feeName(view, fee), amount: formatFee(fee.amount, fee.currency, view.locale) })}</p>`,
      )}</div>`
    : nothing;
}
