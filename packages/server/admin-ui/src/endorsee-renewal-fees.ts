import { html, nothing, type TemplateResult } from 'lit';
import { formatFee, type RenewalFeeLine } from '@endorsement-kit/sdk';
import type { EndorseeCategoryView, EndorseeView } from '../../src/endorsees/endorsee-api-types.js';
import type { FeeMark, FeeMarkBody } from '../../src/fees/fee-api-types.js';
import { api } from './api.js';
import { errorSummary, formField } from './form-field.js';
import type { ViewHost } from './view-host.js';

const STATUS: Record<string, string> = {
  due: 'due',
  pending: 'payment in progress',
  paid: 'paid',
  waived: 'waived (scholarship)',
  invoiced: 'invoiced to the employer',
};
const MARKS: { value: FeeMark; label: string }[] = [
  { value: 'paid', label: 'Paid' },
  { value: 'waived', label: 'Waived (scholarship)' },
  { value: 'invoiced', label: 'Invoiced to the employer' },
  { value: 'due', label: 'Due again' },
];
// Amounts are in the currency's minor unit (cents, or yen for a currency without one).
const money = (fee: RenewalFeeLine) => formatFee(fee.amount, fee.currency, 'en');

/**
 * A running renewal's fees on the Endorsees page, beside "Approve renewal": each fee's amount and
 * where it stands (what Stripe recorded says so), and the coordinator's mark with a note (paid,
 * waived, invoiced, due again; audited; the endorsee is mailed a receipt or a notice).
 */
export function renewalFees(host: ViewHost, person: EndorseeView, category: EndorseeCategoryView): TemplateResult | typeof nothing {
  const fees = category.fees ?? [];
  if (fees.length === 0) return nothing;
  return html`<ul class="renewal-fees">
    ${fees.map(
      (fee) =>
        html`<li>${fee.label} (${money(fee)}): ${STATUS[fee.status] ?? fee.status}${fee.settledAt ? `, ${fee.settledAt.slice(0, 10)}` : ''}
          ${
            fee.method === 'stripe' && fee.status === 'paid'
              ? html`<br />Paid through Stripe: a refund is made in Stripe's dashboard.`
              : markForm(host, person, category, fee)
          }</li>`,
    )}
  </ul>`;
}

function markForm(host: ViewHost, person: EndorseeView, category: EndorseeCategoryView, fee: RenewalFeeLine): TemplateResult {
  const name = `fee-${person.id}-${category.code}-${fee.kind}`;
  const form = host.form(name);
  const what = `${fee.label.toLowerCase()} of ${category.code} for ${person.fullName}`;
  const send = async (e: Event) => {
    e.preventDefault();
    const status = (form.values.status ?? (fee.status === 'due' ? 'paid' : fee.status)) as FeeMark;
    const note = (form.values.note ?? '').trim();
    const result = await host.submit(name, {
      send: () =>
        api('POST', `/endorsees/${person.id}/categories/${category.code}/fees/${fee.kind}`, {
          status,
          ...(note ? { note } : {}),
        } satisfies FeeMarkBody),
      fields: { note: `${name}-note` },
    });
    if (!result?.ok) return;
    const mailed = status === 'paid' ? '; a receipt goes to the endorsee' : status === 'due' ? '' : '; the endorsee is told by mail';
    host.setForm(name, { errors: {}, message: undefined, values: {}, done: undefined });
    host.setForm('endorsees', {
      done: `${person.fullName}: the ${what} is recorded as ${STATUS[status]}${status === fee.status ? '' : mailed}.`,
    });
    await host.reload();
  };
  return html`<form novalidate class="fee-mark" @submit=${send}>
    ${errorSummary(host.shadowRoot, form.errors, form.message)}
    ${formField({
      id: `${name}-status`,
      label: `Record the ${what} as`,
      type: 'select',
      value: form.values.status ?? (fee.status === 'due' ? 'paid' : fee.status),
      options: MARKS,
      onInput: host.input(name, 'status'),
    })}
    ${formField({
      id: `${name}-note`,
      label: `Note on the ${what} (cheque number, scholarship, employer)`,
      value: form.values.note ?? '',
      error: form.errors[`${name}-note`],
      onInput: host.input(name, 'note'),
    })}
    <button type="submit" ?disabled=${form.busy}>Save the ${what}</button>
  </form>`;
}
