import { html, nothing, type TemplateResult } from 'lit';
import { APPLICATION_STATUSES, DECISION_STATUSES } from '../../src/admin/workflow.js';
import type { StatusBody } from '../../src/admin/api-types.js';
import type { AssignBody } from '../../src/admin/review-api-types.js';
import type { CoordinatorReview, RecordDetail } from './api.js';
import { errorSummary, formField } from './form-field.js';
import { formatMoment } from './format.js';
import { RATINGS, RECOMMENDATIONS, REVIEW_STATES } from './review-words.js';
import type { ViewHost } from './view-host.js';

/** The reviewers: assigning them, and their checklists and recommendations side by side. */
export function renderReviewers(host: ViewHost, review: CoordinatorReview, base: string): TemplateResult {
  const form = host.form('assign');
  const open = review.assignments.filter((a) => !['declined', 'conflict', 'withdrawn'].includes(a.state));
  const chosen = form.values.reviewer ?? review.available[0]?.id ?? '';
  const assign = (e: Event) => {
    e.preventDefault();
    void host.change('assign', 'POST', `${base}/review/assign`, { reviewerId: chosen } satisfies AssignBody, 'The reviewer is assigned.', {
      reviewerId: 'assign-reviewer',
    });
  };
  return html`<section aria-labelledby="reviewers-heading">
    <h2 id="reviewers-heading">Reviewers</h2>
    <p>The program has ${review.settings.reviewers === 1 ? 'one reviewer' : 'two reviewers'} per application${review.settings.reviewers === 2 ? (review.settings.mode === 'sequential' ? ', one after the other' : ', side by side') : ''}.</p>
    ${
      review.assignments.length
        ? html`<div class="table-wrap" role="region" aria-label="Reviews side by side" tabindex="0"><table>
          <thead><tr><th scope="col">Area</th>${review.assignments.map((a) => html`<th scope="col">${a.reviewer.name}<br /><span class="breakable">${a.reviewer.email}</span><br />${REVIEW_STATES[a.state]}</th>`)}</tr></thead>
          <tbody>
            ${review.areas.map(
              (area) =>
                html`<tr><th scope="row">${area.label}</th>${review.assignments.map((a) => {
                  const entry = a.checklist.areas[area.id];
                  return html`<td>${entry?.rating ? RATINGS[entry.rating] : '—'}${entry?.evidence?.length ? html`<br />(${entry.evidence.join(', ')})` : nothing}</td>`;
                })}</tr>`,
            )}
            <tr><th scope="row">Recommendation</th>${review.assignments.map((a) => html`<td><strong>${a.checklist.recommendation ? RECOMMENDATIONS[a.checklist.recommendation] : 'Undecided'}</strong></td>`)}</tr>
            <tr><th scope="row">Comments for the applicant</th>${review.assignments.map((a) => html`<td class="note">${a.checklist.comments}</td>`)}</tr>
            <tr><th scope="row">Private note</th>${review.assignments.map((a) => html`<td class="note">${a.checklist.privateNote}${a.responseNote ? html`<br />${a.responseNote}` : nothing}</td>`)}</tr>
            <tr><th scope="row"><span class="vh">Actions</span></th>${review.assignments.map((a) =>
              ['waiting', 'assigned', 'accepted'].includes(a.state)
                ? html`<td><button type="button" class="secondary" @click=${() => void host.change('assign', 'POST', `${base}/review/${a.id}/withdraw`, {}, 'The assignment is withdrawn.')}>Withdraw ${a.reviewer.name}</button></td>`
                : html`<td>${a.submittedAt ? `Submitted ${formatMoment(a.submittedAt)}` : ''}</td>`,
            )}</tr>
          </tbody>
        </table></div>`
        : html`<p>No reviewer is assigned yet.</p>`
    }
    ${errorSummary(host.shadowRoot, form.errors, form.message)}
    ${form.done ? html`<p class="panel success" role="status">${form.done}</p>` : nothing}
    ${
      open.length < review.settings.reviewers && review.available.length
        ? html`<form novalidate @submit=${assign}>
          ${formField({ id: 'assign-reviewer', label: 'Reviewer', type: 'select', value: chosen, options: review.available.map((r) => ({ value: r.id, label: `${r.name} (${r.email})` })), onInput: host.input('assign', 'reviewer') })}
          <button type="submit">Assign the reviewer</button>
        </form>`
        : open.length < review.settings.reviewers
          ? html`<p>Invite reviewers on the <a href="/admin/staff" @click=${host.link('/admin/staff')}>Staff</a> page.</p>`
          : nothing
    }
  </section>`;
}

/**
 * Step 4: the status or decision, with a message; a decision's feedback letter starts from the
 * reviewers' comments. The applicant is mailed in their language; `endorsed` attaches the certificate.
 */
export function renderDecision(
  host: ViewHost,
  detail: RecordDetail,
  review: CoordinatorReview | undefined,
  base: string,
  status: (value: string) => string,
): TemplateResult {
  const { record } = detail;
  const form = host.form('status');
  const chosen = form.values.status ?? record.status;
  const deciding = (DECISION_STATUSES as readonly string[]).includes(chosen);
  const ids = { status: 'new-status', message: 'status-message', letter: 'feedback-letter' };
  const letter = form.values.letter ?? review?.draftLetter ?? '';
  const save = (e: Event) => {
    e.preventDefault();
    const body: StatusBody = {
      status: chosen as StatusBody['status'],
      ...(form.values.message ? { message: form.values.message } : {}),
      ...(deciding && letter.trim() ? { letter } : {}),
    };
    void host.change('status', 'POST', `${base}/status`, body, 'The status is saved. The applicant is mailed it in their language.', ids);
  };
  return html`<section aria-labelledby="step4-heading">
    <h2 id="step4-heading">Status and decision</h2>
    <p>Every change is mailed to the applicant in their language, with your message; they also see it when they check their status.</p>
    ${record.status === 'endorsed' ? html`<p><a href="/admin/api${base}/certificate.pdf" download>Download the certificate (PDF)</a></p>` : nothing}
    ${errorSummary(host.shadowRoot, form.errors, form.message)}
    ${form.done ? html`<p class="panel success" role="status">${form.done}</p>` : nothing}
    <form novalidate @submit=${save}>
      ${formField({ id: ids.status, label: 'Status', type: 'select', value: chosen, options: APPLICATION_STATUSES.map((s) => ({ value: s, label: status(s) })), onInput: host.input('status', 'status') })}
      ${formField({ id: ids.message, label: chosen === 'more_information_needed' ? 'What information is needed' : 'Message to the applicant (optional)', type: 'textarea', hint: 'The applicant reads this as it is written, so write it in their language.', value: form.values.message ?? '', error: form.errors[ids.message], onInput: host.input('status', 'message') })}
      ${deciding ? formField({ id: ids.letter, label: 'Feedback letter', type: 'textarea', hint: 'Drafted from the reviewers’ comments for the applicant (never their private notes); edit it before saving.', value: letter, error: form.errors[ids.letter], onInput: host.input('status', 'letter') }) : nothing}
      <button type="submit">${deciding ? 'Record the decision and mail it' : 'Save status'}</button>
    </form>
    ${
      review?.decisions.length
        ? html`<h3>Decisions</h3><ul>${review.decisions.map(
            (d) =>
              html`<li>${formatMoment(d.decidedAt)}: ${status(d.status)} (${d.decidedBy})${d.certificateNumber ? `, certificate ${d.certificateNumber}` : ''}${d.undone ? ', undone' : ''}</li>`,
          )}</ul>`
        : nothing
    }
  </section>`;
}
