import { html, nothing, type TemplateResult } from 'lit';
import type { AuditEntry, MailState } from '../../src/admin/api-types.js';
import type { RecordDetail } from './api.js';
import { ACTIONS, formatMoment, MAIL_PURPOSES } from './format.js';

const MAIL_STATES: Record<MailState, string> = {
  queued: 'Waiting to be sent',
  failed: 'Not sent yet: the mail server refused it or could not be reached; it is tried again',
  sent: 'Sent (the mail server took it)',
  printed: 'Not sent: no mail server is configured',
};

/**
 * Each mail about the record with its recipient, so a mistyped address shows, and where it
 * stands.
 */
export function renderMails(detail: RecordDetail): TemplateResult {
  return html`<section aria-labelledby="mails-heading">
    <h2 id="mails-heading">Mails</h2>
    ${
      detail.mails.length
        ? html`<div class="table-wrap" role="region" aria-labelledby="mails-heading" tabindex="0"><table>
          <thead><tr><th scope="col">Mail</th><th scope="col">To</th><th scope="col">State</th><th scope="col">Written</th></tr></thead>
          <tbody>${detail.mails.map((m) => html`<tr><td>${MAIL_PURPOSES[m.purpose] ?? m.purpose}</td><td class="breakable">${m.recipient}</td><td>${MAIL_STATES[m.state]}</td><td>${formatMoment(m.at)}</td></tr>`)}</tbody>
        </table></div>`
        : html`<p>No mails about this record.</p>`
    }
  </section>`;
}

/** An audit entry as a sentence: the advisor's name and address, the status and its message. */
function entry(a: AuditEntry, status: (value: string) => string): TemplateResult {
  const { detail } = a;
  if (a.action === 'advisor_assigned' && detail?.name)
    return html`Assigned ${detail.name} (<span class="breakable">${detail.email}</span>) as Endorsement Advisor`;
  if ((a.action === 'status_set' || a.action === 'decided' || a.action === 'status_undone') && detail?.status)
    return html`${a.action === 'status_undone' ? 'Undid a change: the status is back to' : a.action === 'decided' ? 'Decided:' : 'Set the status to'} “${status(detail.status)}”${detail.message ? html`, ${detail.status === 'more_information_needed' ? 'asking' : 'with the message'}: “<span class="note">${detail.message}</span>”` : nothing}`;
  if (a.action === 'check_recorded' && detail?.check)
    return html`Recorded the ${detail.check} check: ${detail.state === 'problem' ? 'a problem' : 'confirmed'}${detail.message ? html`, “<span class="note">${detail.message}</span>”` : nothing}`;
  if ((a.action === 'reviewer_assigned' || a.action === 'reviewer_withdrawn') && detail?.name)
    return html`${ACTIONS[a.action]}: ${detail.name} (<span class="breakable">${detail.email}</span>)`;
  return html`${ACTIONS[a.action] ?? a.action}`;
}

/** The audit log: who changed what, and when. */
export function renderHistory(detail: RecordDetail, status: (value: string) => string): TemplateResult {
  return html`<section aria-labelledby="history-heading">
    <h2 id="history-heading">History</h2>
    ${
      detail.audit.length
        ? html`<ul>${detail.audit.map((a) => html`<li>${formatMoment(a.at)}: ${entry(a, status)} (${a.actor})</li>`)}</ul>`
        : html`<p>Nobody has changed this record yet.</p>`
    }
  </section>`;
}
