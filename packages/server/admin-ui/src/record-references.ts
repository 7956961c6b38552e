import { css, html, nothing, type TemplateResult } from 'lit';
import { base, fields, layout, theme } from '@endorsement-kit/element/styles';
import type { CoordinatorReferenceView, CoordinatorReferences } from '../../src/admin/reference-api-types.js';
import { api } from './api.js';
import { RecordPanel } from './record-panel.js';
import { formatMoment } from './format.js';

const STATES: Record<string, string> = {
  invited: 'Invited',
  in_progress: 'In progress',
  submitted: 'Submitted',
  declined: 'Declined',
  expired: 'Expired',
  cancelled: 'Withdrawn',
  undeliverable: 'Address refused',
};
const FLAGS: Record<string, string> = {
  'not-enough-information': 'too many “not enough information” answers',
  stale: 'older than the program allows',
  'known-briefly': 'known the applicant briefly',
  recommendation: 'flagged recommendation',
};

/**
 * A registration's reference requests on its record page (`<ek-record-references record-id=…>`):
 * each rater's state, whether the form counts and why not, the slots, and per request its
 * answers, mails and audit; the coordinator resends, changes the address, withdraws, excludes a
 * form or marks a rater vetted. Loads `/admin/api/records/{id}/references` itself.
 */
export class RecordReferences extends RecordPanel<CoordinatorReferences> {
  static override styles = [
    theme,
    base,
    layout,
    fields,
    css`
      .table-wrap {
        overflow-x: auto;
      }
      /* Words wrap whole in tables (the workspace's rule; base styles let text wrap anywhere). */
      table {
        border-collapse: collapse;
        overflow-wrap: break-word;
      }
      th,
      td {
        text-align: start;
        padding: 0.25rem 0.5rem;
        vertical-align: top;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
      }
    `,
  ];
  protected readonly resource = 'references';

  private async act(request: CoordinatorReferenceView, action: string, body: unknown, done: string) {
    const result = await api<unknown>('POST', `/records/${this.recordId}/references/${request.id}/${action}`, body);
    this.message = result.ok ? { text: done, error: false } : { text: result.message, error: true };
    await this.load();
  }

  private changeAddress(request: CoordinatorReferenceView, event: SubmitEvent) {
    event.preventDefault();
    const email = String(new FormData(event.target as HTMLFormElement).get('email') ?? '').trim();
    if (email) void this.act(request, 'address', { email }, `A new link went to ${email}; the old links no longer work.`);
  }

  private validity(r: CoordinatorReferenceView): string {
    if (r.state !== 'submitted') return '—';
    if (r.excluded) return 'Excluded';
    return r.counted ? 'Counts' : 'Does not count';
  }

  private renderRequest(r: CoordinatorReferenceView): TemplateResult {
    const open = r.state === 'invited' || r.state === 'in_progress' || r.state === 'expired' || r.state === 'undeliverable';
    return html`<tr>
      <td>${r.name}<br />${r.email}<br />${r.role}${r.vetted ? ', vetted' : ''}</td>
      <td>${STATES[r.state] ?? r.state}${r.declineNote ? html`<br />“${r.declineNote}”` : nothing}</td>
      <td>${this.validity(r)}${r.flags.length ? html`<br />Flags: ${r.flags.map((f) => FLAGS[f] ?? f).join('; ')}` : nothing}</td>
      <td>${r.sentAt ? formatMoment(r.sentAt) : '—'}</td>
      <td class="actions">
        ${
          open
            ? html`<button type="button" aria-label="Resend to ${r.name}" @click=${() => void this.act(r, 'resend', {}, `Sent ${r.name} a new link.`)}>
                Resend
              </button>
              <button type="button" aria-label="Withdraw ${r.name}" @click=${() => void this.act(r, 'cancel', {}, `Withdrew the request to ${r.name}.`)}>
                Withdraw
              </button>`
            : nothing
        }
        ${
          r.state === 'submitted'
            ? html`<button
              type="button"
              aria-label="${r.excluded ? 'Count again' : 'Exclude'} the form of ${r.name}"
              @click=${() => void this.act(r, 'exclude', { excluded: !r.excluded }, r.excluded ? 'The form counts again.' : 'The form is excluded (kept).')}
            >
              ${r.excluded ? 'Count again' : 'Exclude'}
            </button>`
            : nothing
        }
        ${
          this.data?.releaseOffered && r.state === 'submitted' && !r.waiveRight && !r.audit.some((entry) => entry.action === 'released')
            ? html`<button
              type="button"
              aria-label="Release to the applicant the form of ${r.name}"
              @click=${() => void this.act(r, 'release', {}, 'Released: the applicant is told they may ask you for a copy.')}
            >
              Release to the applicant
            </button>`
            : nothing
        }
        ${
          r.answers?.endorsement === 'not-endorsed' || !r.answers?.endorsement
            ? html`<button
              type="button"
              aria-label="${r.vetted ? 'Remove vetting of' : 'Mark vetted:'} ${r.name}"
              @click=${() => void this.act(r, 'vetted', { vetted: !r.vetted }, r.vetted ? 'No longer vetted.' : 'Marked vetted.')}
            >
              ${r.vetted ? 'Remove vetting' : 'Mark vetted'}
            </button>`
            : nothing
        }
      </td>
    </tr>`;
  }

  private renderDetails(r: CoordinatorReferenceView): TemplateResult {
    const open = r.state === 'invited' || r.state === 'in_progress' || r.state === 'expired' || r.state === 'undeliverable';
    return html`<details>
      <summary>${r.name}: answers, mails and history</summary>
      ${
        r.answers
          ? html`<dl class="answers">
            ${Object.entries(r.answers).map(
              ([key, value]) =>
                html`<div><dt>${key}</dt><dd>${typeof value === 'object' ? JSON.stringify(value) : String(value)}</dd></div>`,
            )}
          </dl>`
          : html`<p>No answers yet.</p>`
      }
      ${r.notEnoughInformation !== null ? html`<p>“Not enough information” answers: ${r.notEnoughInformation}</p>` : nothing}
      <h4>Mails</h4>
      <ul>
        ${r.mails.map((m) => html`<li>${m.purpose} to ${m.recipient}, ${formatMoment(m.createdAt)}: ${m.state}</li>`)}
      </ul>
      <h4>History</h4>
      <ul>
        ${r.audit.map((a) => html`<li>${formatMoment(a.at)}: ${a.action} (${a.actor})</li>`)}
      </ul>
      ${
        open
          ? html`<form @submit=${(event: SubmitEvent) => this.changeAddress(r, event)}>
            <label for="email-${r.id}">New email address for ${r.name}</label>
            <input id="email-${r.id}" name="email" type="email" autocomplete="off" required />
            <button type="submit">Change address</button>
          </form>`
          : nothing
      }
    </details>`;
  }

  override render() {
    const data = this.data;
    return html`<section aria-labelledby="references-heading">
      <h2 id="references-heading">Reference ratings</h2>
      ${
        this.message
          ? html`<p class="panel ${this.message.error ? 'error' : 'success'}" role=${this.message.error ? 'alert' : 'status'}>${this.message.text}</p>`
          : nothing
      }
      ${
        !data
          ? html`<p>Loading the reference requests…</p>`
          : data.requests.length === 0
            ? html`<p>No reference requests yet.</p>`
            : html`<ul>
                ${data.slots.map((s) => html`<li>${s.met ? 'Met' : 'Missing'}: ${s.label} (${s.have} of ${s.need})</li>`)}
              </ul>
              <div class="table-wrap" role="region" aria-label="Reference requests" tabindex="0">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Rater</th>
                      <th scope="col">State</th>
                      <th scope="col">Validity</th>
                      <th scope="col">Sent</th>
                      <th scope="col">Actions</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${data.requests.map((r) => this.renderRequest(r))}
                  </tbody>
                </table>
              </div>
              ${data.requests.map((r) => this.renderDetails(r))}`
      }
    </section>`;
  }
}

if (!customElements.get('ek-record-references')) customElements.define('ek-record-references', RecordReferences);

declare global {
  interface HTMLElementTagNameMap {
    'ek-record-references': RecordReferences;
  }
}
