import { html, nothing, type TemplateResult } from 'lit';
import type { CheckBody, MessageBody, StepTwoChecks } from '../../src/admin/api-types.js';
import type { Me, RecordDetail } from './api.js';
import { errorSummary, formField } from './form-field.js';
import { formatDay, formatMoment, KINDS } from './format.js';
import type { ViewHost } from './view-host.js';

const CHECKS: Record<keyof StepTwoChecks, string> = { membership: 'Membership', fee: 'Fee', category: 'Category fits' };
const CHECK_STATES = { confirmed: 'Confirmed', problem: 'A problem' } as const;

/** The applicant's other records: one applicant, one thread. */
export function renderThread(host: ViewHost, me: Me, detail: RecordDetail): TemplateResult {
  const program = me.programs.find((p) => p.id === detail.record.program);
  const status = (value: string) => program?.statuses.find((s) => s.value === value)?.label ?? value;
  return html`<section aria-labelledby="thread-heading">
    <h2 id="thread-heading">The applicant's records</h2>
    ${
      detail.thread.length
        ? html`<ul>${detail.thread.map(
            (entry) => html`<li>
              <a href="/admin/records/${entry.id}" @click=${host.link(`/admin/records/${entry.id}`)}>${KINDS[entry.kind]} ${entry.reference}</a>:
              ${status(entry.status)}, received ${formatDay(entry.receivedAt)}${entry.acceptedAt ? `, accepted ${formatDay(entry.acceptedAt)}` : ''}
            </li>`,
          )}</ul>`
        : html`<p>${detail.record.kind === 'registration' ? 'No application yet.' : 'No registration in this program has this applicant’s email address.'}</p>`
    }
  </section>`;
}

/**
 * Step 2 on a registration (or an application's registration): the checks with a note each,
 * and accepting, declining or returning the registration with a message to the applicant.
 */
export function renderStepTwo(host: ViewHost, detail: RecordDetail, base: string): TemplateResult {
  const { record } = detail;
  const checks = host.form('checks');
  const ids = { check: 'check-name', state: 'check-state', note: 'check-note' };
  const record_ = (e: Event) => {
    e.preventDefault();
    const body: CheckBody = {
      check: (checks.values.check as CheckBody['check']) || 'membership',
      state: checks.values.state === 'problem' ? 'problem' : 'confirmed',
      ...(checks.values.note ? { note: checks.values.note } : {}),
    };
    void host.change('checks', 'POST', `${base}/checks`, body, `${CHECKS[body.check]}: recorded.`, ids);
  };
  const decision = host.form('registration');
  const send = (name: 'accept' | 'decline' | 'return', done: string) =>
    void host.change(
      'registration',
      'POST',
      `${base}/${name}`,
      name === 'accept'
        ? decision.values.message
          ? { message: decision.values.message }
          : {}
        : ({ message: decision.values.message ?? '' } satisfies MessageBody),
      done,
      { message: 'registration-message' },
    );
  return html`<section aria-labelledby="checks-heading">
      <h2 id="checks-heading">Step 2: checks</h2>
      <ul>
        ${(Object.keys(CHECKS) as (keyof StepTwoChecks)[]).map((key) => {
          const check = detail.checks[key];
          return html`<li><strong>${CHECKS[key]}:</strong> ${check ? html`${CHECK_STATES[check.state]}${check.note ? html`, “<span class="note">${check.note}</span>”` : nothing} (${check.by}, ${formatMoment(check.at)})` : 'not recorded yet'}</li>`;
        })}
      </ul>
      ${errorSummary(host.shadowRoot, checks.errors, checks.message)}
      ${checks.done ? html`<p class="panel success" role="status">${checks.done}</p>` : nothing}
      <form novalidate @submit=${record_} aria-label="Record a check">
        ${formField({ id: ids.check, label: 'Check', type: 'select', value: checks.values.check ?? 'membership', options: Object.entries(CHECKS).map(([value, label]) => ({ value, label })), onInput: host.input('checks', 'check') })}
        ${formField({ id: ids.state, label: 'Result', type: 'select', value: checks.values.state ?? 'confirmed', options: Object.entries(CHECK_STATES).map(([value, label]) => ({ value, label })), onInput: host.input('checks', 'state') })}
        ${formField({ id: ids.note, label: 'Note (optional)', type: 'textarea', value: checks.values.note ?? '', error: checks.errors[ids.note], onInput: host.input('checks', 'note') })}
        <button type="submit">Record the check</button>
      </form>
    </section>
    ${
      record.kind === 'registration'
        ? html`<section aria-labelledby="registration-heading">
          <h2 id="registration-heading">Accept, decline or return the registration</h2>
          <p>${record.status === 'accepted' && record.acceptedAt ? `Accepted on ${formatDay(record.acceptedAt)}.` : ''} The applicant is mailed the new status, in their language, with your message.</p>
          ${errorSummary(host.shadowRoot, decision.errors, decision.message)}
          ${decision.done ? html`<p class="panel success" role="status">${decision.done}</p>` : nothing}
          ${formField({ id: 'registration-message', label: 'Message to the applicant', type: 'textarea', hint: 'Needed to decline or return; the applicant reads it as written.', value: decision.values.message ?? '', error: decision.errors['registration-message'], onInput: host.input('registration', 'message') })}
          ${record.status !== 'accepted' ? html`<button type="button" @click=${() => send('accept', 'The registration is accepted.')}>Accept registration</button>` : nothing}
          ${record.status !== 'returned' ? html`<button type="button" class="secondary" @click=${() => send('return', 'The registration is returned to the applicant.')}>Return for changes</button>` : nothing}
          ${record.status !== 'declined' ? html`<button type="button" class="warning" @click=${() => send('decline', 'The registration is declined.')}>Decline registration</button>` : nothing}
        </section>`
        : nothing
    }`;
}

/** Undoing the latest status change, when there is one (audited; the applicant is told if they were). */
export function renderUndo(
  host: ViewHost,
  detail: RecordDetail,
  base: string,
  status: (value: string) => string,
): TemplateResult | typeof nothing {
  if (!detail.undoable) return nothing;
  const form = host.form('undo');
  return html`<p>
    ${form.message ? html`<span class="error-message" role="alert">${form.message}</span>` : nothing}
    <button type="button" class="secondary" @click=${() => void host.change('undo', 'POST', `${base}/undo`, {}, 'The change is undone.')}>Undo “${status(detail.record.status)}”</button>
  </p>
  ${form.done ? html`<p class="panel success" role="status">${form.done}</p>` : nothing}`;
}
