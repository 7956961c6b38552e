import { css, html, nothing } from 'lit';
import { base, fields, layout, theme } from '@endorsement-kit/element/styles';
import { formatFee } from '@endorsement-kit/sdk';
import type { FeeLine, FeeMark, RecordFees } from '../../src/fees/fee-api-types.js';
import { api } from './api.js';
import { RecordPanel } from './record-panel.js';
import { formatMoment } from './format.js';

const STATUS: Record<string, string> = {
  due: 'Due',
  pending: 'Payment in progress',
  paid: 'Paid',
  waived: 'Waived (scholarship)',
  invoiced: 'Invoiced to the employer',
};
const MARKS: { value: FeeMark; label: string }[] = [
  { value: 'paid', label: 'Paid' },
  { value: 'waived', label: 'Waived (scholarship)' },
  { value: 'invoiced', label: 'Invoiced to the employer' },
  { value: 'due', label: 'Due again' },
];
/** A history entry in words: "Registration fee recorded as waived (scholarship)", "… paid through Stripe". */
function historyLine(data: RecordFees, entry: RecordFees['history'][number]): string {
  const label = data.fees.find((fee) => fee.kind === entry.kind)?.label ?? entry.kind;
  const marked = /^marked-(\w+)$/.exec(entry.action)?.[1];
  return marked ? `${label} recorded as ${(STATUS[marked] ?? marked).toLowerCase()}` : `${label}: ${entry.action.replace(/-/g, ' ')}`;
}
// Amounts are in the currency's minor unit (cents, or yen for a currency without one).
const money = (fee: FeeLine) => formatFee(fee.amount, fee.currency, 'en');

/**
 * A record's fees on its record page (`<ek-record-fees record-id=…>`): each fee with its amount
 * and where it stands, and the coordinator's mark (paid, waived, invoiced, due again) with a note,
 * audited; what Stripe recorded stays Stripe's. Loads `/admin/api/records/{id}/fees` itself.
 */
export class RecordFeesView extends RecordPanel<RecordFees> {
  static override styles = [
    theme,
    base,
    layout,
    fields,
    css`
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: end;
      }
    `,
  ];
  protected readonly resource = 'fees';

  private async mark(fee: FeeLine, event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const status = String(form.get('status') ?? '') as FeeMark;
    const note = String(form.get('note') ?? '').trim();
    const result = await api<unknown>('POST', `/records/${this.recordId}/fees/${fee.kind}`, { status, ...(note ? { note } : {}) });
    const mailed = status === 'paid' ? '; a receipt goes to the applicant' : status === 'due' ? '' : '; the applicant is told by mail';
    this.message = result.ok
      ? { text: `${fee.label}: ${STATUS[status] ?? status}${status === fee.status ? '' : mailed}.`, error: false }
      : { text: result.message, error: true };
    await this.load();
  }

  override render() {
    const data = this.data;
    if (!data || data.fees.length === 0) return this.message ? html`<p role="alert">${this.message.text}</p>` : nothing;
    return html`<section aria-labelledby="fees-heading">
      <h2 id="fees-heading">Fees</h2>
      ${this.message ? html`<p role=${this.message.error ? 'alert' : 'status'}>${this.message.text}</p>` : nothing}
      ${data.fees.map(
        (fee) => html`<h3>${fee.label}: ${money(fee)}</h3>
          <p>
            ${STATUS[fee.status] ?? fee.status}${fee.method === 'stripe' ? ' (Stripe)' : ''}${fee.settledAt ? `, ${formatMoment(fee.settledAt)}` : ''}${
              fee.refundable ? '' : '. Not refundable'
            }.
          </p>
          ${
            fee.method === 'stripe' && fee.status === 'paid'
              ? html`<p>Paid through Stripe: a refund is made in Stripe's dashboard.</p>`
              : html`<form @submit=${(e: SubmitEvent) => void this.mark(fee, e)}>
                  <div class="field">
                    <label for=${`fee-${fee.kind}-status`}>Record the ${fee.label.toLowerCase()} as</label>
                    <select id=${`fee-${fee.kind}-status`} name="status">
                      ${MARKS.map((m) => html`<option value=${m.value} ?selected=${m.value === fee.status}>${m.label}</option>`)}
                    </select>
                  </div>
                  <div class="field">
                    <label for=${`fee-${fee.kind}-note`}>Note (cheque number, scholarship, employer)</label>
                    <input id=${`fee-${fee.kind}-note`} name="note" maxlength="2000" />
                  </div>
                  <button type="submit">Save the ${fee.label.toLowerCase()}</button>
                </form>`
          }`,
      )}
      ${
        data.history.length
          ? html`<h3>Fee history</h3>
            <ul>
              ${data.history.map((h) => html`<li>${formatMoment(h.at)}: ${historyLine(data, h)} by ${h.actor}${h.note ? html`: “${h.note}”` : nothing}</li>`)}
            </ul>`
          : nothing
      }
    </section>`;
  }
}

if (!customElements.get('ek-record-fees')) customElements.define('ek-record-fees', RecordFeesView);

declare global {
  interface HTMLElementTagNameMap {
    'ek-record-fees': RecordFeesView;
  }
}
