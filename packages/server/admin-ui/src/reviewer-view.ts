import { html, nothing, type TemplateResult } from 'lit';
import { checklistIssues, type AreaRating, type ReviewEvidence, type ReviewRecommendation } from '@endorsement-kit/sdk';
import type { ChecklistBody, ReviewerView, ReviewSummary, RespondBody } from '../../src/admin/review-api-types.js';
import { api } from './api.js';
import { errorSummary, formField } from './form-field.js';
import { formatDay } from './format.js';
import { RATINGS, RECOMMENDATIONS, REVIEW_STATES } from './review-words.js';
import type { ViewHost } from './view-host.js';

/** The applications assigned to the signed-in reviewer. */
export function renderReviewList(host: ViewHost, reviews: readonly ReviewSummary[]): TemplateResult {
  return html`<h1 tabindex="-1">My reviews</h1>
    ${
      reviews.length
        ? html`<div class="table-wrap" role="region" aria-label="Applications to review" tabindex="0"><table>
          <thead><tr><th scope="col">Applicant</th><th scope="col">Category</th><th scope="col">Review</th><th scope="col">Assigned</th></tr></thead>
          <tbody>${reviews.map(
            (r) => html`<tr>
              <th scope="row"><a href="/admin/reviews/${r.applicationId}" @click=${host.link(`/admin/reviews/${r.applicationId}`)}>${r.name}</a></th>
              <td>${r.categoryLabel} (${r.category})</td>
              <td>${REVIEW_STATES[r.state]}</td>
              <td>${formatDay(r.assignedAt)}</td>
            </tr>`,
          )}</tbody>
        </table></div>`
        : html`<p>No application is assigned to you.</p>`
    }`;
}

const answers = (rows: { label: string; value: string }[]) =>
  html`<dl class="answers">${rows.map((row) => html`<div><dt>${row.label}</dt><dd>${row.value}</dd></div>`)}</dl>`;

/** What the form holds of the checklist: `rating:<area>`, `evidence:<area>` (comma-separated), comments, note, recommendation. */
function checklistOf(view: ReviewerView, values: Record<string, string>): Omit<ChecklistBody, 'submit'> {
  const saved = view.assignment.checklist;
  const areas: ChecklistBody['areas'] = {};
  for (const area of view.areas) {
    const rating = (values[`rating:${area.id}`] ?? saved.areas[area.id]?.rating) as AreaRating | undefined;
    const evidenceText = values[`evidence:${area.id}`];
    const evidence =
      evidenceText === undefined ? saved.areas[area.id]?.evidence : (evidenceText.split(',').filter(Boolean) as ReviewEvidence[]);
    if (rating || evidence?.length) areas[area.id] = { ...(rating ? { rating } : {}), ...(evidence?.length ? { evidence } : {}) };
  }
  const recommendation = (values.recommendation ?? saved.recommendation) as ReviewRecommendation | undefined;
  return {
    areas,
    comments: values.comments ?? saved.comments,
    privateNote: values.privateNote ?? saved.privateNote,
    ...(recommendation ? { recommendation } : {}),
  };
}

/** One assigned application: accept or decline first; then its answers beside the checklist. */
export function renderReviewPage(host: ViewHost, view: ReviewerView): TemplateResult {
  const { application, assignment } = view;
  const base = `/reviews/${application.id}`;
  const open = assignment.state === 'accepted';
  return html`<p><a href="/admin/reviews" @click=${host.link('/admin/reviews')}>My reviews</a></p>
    <h1 tabindex="-1">Review of ${application.name}</h1>
    <dl class="answers">
      <div><dt>Reference</dt><dd>${application.reference}</dd></div>
      <div><dt>Program</dt><dd>${application.programName}</dd></div>
      <div><dt>Category</dt><dd>${application.categoryLabel} (${application.category}), ${application.endorsement}®</dd></div>
      <div><dt>Received</dt><dd>${formatDay(application.receivedAt)}</dd></div>
      <div><dt>Your review</dt><dd>${REVIEW_STATES[assignment.state]}</dd></div>
    </dl>
    ${host.form('respond').done ? html`<p class="panel success" role="status">${host.form('respond').done}</p>` : nothing}
    ${assignment.state === 'assigned' ? renderRespond(host, base) : nothing}
    ${open || assignment.state === 'submitted' ? renderChecklist(host, view, base, open) : nothing}
    <section aria-labelledby="requirements-heading">
      <h2 id="requirements-heading">Requirements for ${application.categoryLabel}</h2>
      <ul>${view.requirements.items.map((i) => html`<li class=${i.state}>${i.detail}</li>`)}</ul>
    </section>
    <section aria-labelledby="answers-heading">
      <h2 id="answers-heading">The application</h2>
      ${view.steps.map(
        (step) => html`<h3 id="step-${step.id}" tabindex="-1">${step.title}</h3>
          ${step.rows.length ? answers(step.rows) : nothing}
          ${step.entries?.length === 0 ? html`<p>None.</p>` : nothing}
          ${step.entries?.map((entry) => html`<h4>${entry.title}</h4>${answers(entry.rows)}`)}`,
      )}
    </section>`;
}

function renderRespond(host: ViewHost, base: string): TemplateResult {
  const form = host.form('respond');
  const send = (answer: RespondBody['answer'], done: string) =>
    void host.change(
      'respond',
      'POST',
      `${base}/respond`,
      { answer, ...(form.values.note ? { note: form.values.note } : {}) } satisfies RespondBody,
      done,
    );
  return html`<section aria-labelledby="respond-heading">
    <h2 id="respond-heading">Can you do this review?</h2>
    <p>Declare a conflict of interest if you know the applicant or their work in a way that could affect your review.</p>
    ${errorSummary(host.shadowRoot, form.errors, form.message)}
    ${formField({ id: 'respond-note', label: 'A note to the coordinator (optional)', type: 'textarea', value: form.values.note ?? '', onInput: host.input('respond', 'note') })}
    <button type="button" @click=${() => send('accept', 'You accepted the review.')}>Accept the review</button>
    <button type="button" class="secondary" @click=${() => send('decline', 'You declined the review.')}>Decline</button>
    <button type="button" class="secondary" @click=${() => send('conflict', 'You declared a conflict of interest.')}>Declare a conflict of interest</button>
  </section>`;
}

function renderChecklist(host: ViewHost, view: ReviewerView, base: string, open: boolean): TemplateResult {
  const form = host.form('checklist');
  const values = checklistOf(view, form.values);
  const put = (key: string, value: string) => host.setForm('checklist', { values: { ...host.form('checklist').values, [key]: value } });
  const send = (submit: boolean) => {
    const body: ChecklistBody = { ...checklistOf(view, host.form('checklist').values), submit };
    void host
      .submit('checklist', {
        check: () =>
          submit
            ? Object.fromEntries(
                checklistIssues(
                  view.areas.map((a) => ({ id: a.id, label: a.label })),
                  body,
                ).map((issue) => {
                  const [first, area, part] = issue.path;
                  const id = first === 'areas' ? `area-${String(area)}-${part === 'evidence' ? 'evidence' : 'rating'}-0` : 'recommendation';
                  const name = view.areas.find((a) => a.id === area)?.label;
                  return [id, name ? `${name}: ${issue.message}` : issue.message];
                }),
              )
            : {},
        send: () => api('POST', `${base}/checklist`, body),
        fields: { recommendation: 'recommendation', comments: 'comments', privateNote: 'private-note' },
      })
      .then(async (result) => {
        if (!result?.ok) return;
        host.setForm('checklist', {
          values: {},
          errors: {},
          message: undefined,
          done: submit ? 'Your review is submitted to the coordinator.' : 'Your review is saved.',
        });
        await host.reload();
      });
  };
  const evidence = view.evidence;
  return html`<section aria-labelledby="checklist-heading">
    <h2 id="checklist-heading">Checklist</h2>
    <p>For each competency area, say whether the application shows it and which sections it rests on.</p>
    <nav aria-label="Sections of the application">
      <p>Read the sections:
        ${evidence.map(
          (e, index) =>
            html`${index ? ' · ' : ''}<a href="#step-${e.stepId}" @click=${(event: Event) => {
              event.preventDefault();
              (host.shadowRoot?.getElementById(`step-${e.stepId}`) as HTMLElement | null)?.focus();
            }}>${e.label}</a>`,
        )}
      </p>
    </nav>
    ${errorSummary(host.shadowRoot, form.errors, form.message)}
    ${form.done ? html`<p class="panel success" role="status">${form.done}</p>` : nothing}
    <form novalidate @submit=${(e: Event) => {
      e.preventDefault();
      send(true);
    }}>
      ${view.areas.map((area) => {
        const entry = values.areas[area.id] ?? {};
        const ratingError = form.errors[`area-${area.id}-rating-0`];
        const evidenceError = form.errors[`area-${area.id}-evidence-0`];
        return html`<fieldset class="area">
          <legend><strong>${area.label}</strong></legend>
          ${area.hint ? html`<p class="hint">${area.hint}</p>` : nothing}
          ${ratingError ? html`<p class="error-message"><span class="vh">Error:</span> ${ratingError}</p>` : nothing}
          <div class="choices">
            ${Object.entries(RATINGS).map(
              ([value, label], index) =>
                html`<label><input type="radio" id="area-${area.id}-rating-${index}" name="rating-${area.id}" value=${value} .checked=${entry.rating === value} ?disabled=${!open} @change=${() => put(`rating:${area.id}`, value)} /> ${label}</label>`,
            )}
          </div>
          <fieldset class="evidence">
            <legend>Evidence it rests on</legend>
            ${evidenceError ? html`<p class="error-message"><span class="vh">Error:</span> ${evidenceError}</p>` : nothing}
            <div class="choices">
              ${evidence.map((e, index) => {
                const chosen = entry.evidence ?? [];
                const on = chosen.includes(e.value);
                return html`<label><input type="checkbox" id="area-${area.id}-evidence-${index}" value=${e.value} .checked=${on} ?disabled=${!open}
                  @change=${() => put(`evidence:${area.id}`, (on ? chosen.filter((c) => c !== e.value) : [...chosen, e.value]).join(','))} /> ${e.label}</label>`;
              })}
            </div>
          </fieldset>
        </fieldset>`;
      })}
      ${open ? formField({ id: 'comments', label: 'Comments for the applicant', type: 'textarea', hint: 'The coordinator may quote them in the feedback letter.', value: values.comments, error: form.errors.comments, onInput: (v) => put('comments', v) }) : html`<h3>Comments for the applicant</h3><p class="note">${values.comments}</p>`}
      ${open ? formField({ id: 'private-note', label: 'A private note to the coordinator', type: 'textarea', hint: 'The applicant never sees it.', value: values.privateNote, error: form.errors['private-note'], onInput: (v) => put('privateNote', v) }) : html`<h3>Private note</h3><p class="note">${values.privateNote}</p>`}
      ${formField({ id: 'recommendation', label: 'Your recommendation', type: 'select', value: values.recommendation ?? '', error: form.errors.recommendation, options: [{ value: '', label: 'Undecided' }, ...Object.entries(RECOMMENDATIONS).map(([value, label]) => ({ value, label }))], onInput: (v) => put('recommendation', v) })}
      ${
        open
          ? html`<button type="button" class="secondary" @click=${() => send(false)}>Save for later</button>
            <button type="submit">Submit the review</button>`
          : nothing
      }
    </form>
  </section>`;
}
