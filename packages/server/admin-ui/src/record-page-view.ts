import { html, nothing, type TemplateResult } from 'lit';
import type { Advisor, NoteBody } from '../../src/admin/api-types.js';
import type { CoordinatorReview, Me, RecordDetail } from './api.js';
import { errorSummary, formField } from './form-field.js';
import { formatDay, formatMoment, KINDS, languageName } from './format.js';
import { renderHistory, renderMails } from './record-history-view.js';
import { STAGES } from './record-list-view.js';
import { renderDecision, renderReviewers } from './record-review.js';
import { renderStepTwo, renderThread, renderUndo } from './record-step2.js';
import type { ViewHost } from './view-host.js';
import './record-references.js';
import './record-fees.js';
import './record-documents.js';
import './record-versions.js';

const STATE_WORDS = { met: 'Met', missing: 'Not yet', later: 'After review' } as const;

const answers = (rows: { label: string; value: string }[]) =>
  html`<dl class="answers">${rows.map((row) => html`<div><dt>${row.label}</dt><dd>${row.value}</dd></div>`)}</dl>`;

/** A record: its workflow (steps 2 and 4), requirement summary, paperwork, answers, notes, mails, history. */
export function renderRecordPage(host: ViewHost, me: Me, detail: RecordDetail, review?: CoordinatorReview): TemplateResult {
  const { record } = detail;
  const program = me.programs.find((p) => p.id === record.program);
  const status = (value: string) => program?.statuses.find((s) => s.value === value)?.label ?? value;
  const category = program?.categories.find((c) => c.code === record.category)?.label ?? record.category;
  const base = `/records/${record.id}`;
  // The reference requests are the registration's: an application shows its registration's.
  const registrationId = record.kind === 'registration' ? record.id : detail.thread.find((entry) => entry.kind === 'registration')?.id;
  return html`<p><a href="/admin" @click=${host.link('/admin')}>All records</a></p>
    <h1 tabindex="-1">${record.name || 'Record'}: ${KINDS[record.kind]?.toLowerCase()}</h1>
    <dl class="answers">
      <div><dt>Reference</dt><dd>${record.reference}</dd></div>
      <div><dt>Program</dt><dd>${record.programName}</dd></div>
      <div><dt>Category</dt><dd>${category} (${record.category}), ${record.endorsement}®</dd></div>
      <div><dt>Email address</dt><dd>${record.email}</dd></div>
      <div><dt>Received</dt><dd>${formatMoment(record.receivedAt)}</dd></div>
      <div><dt>Status</dt><dd>${status(record.status)}${record.statusMessage ? html`: “${record.statusMessage}”` : nothing}</dd></div>
      <div><dt>Stage</dt><dd>${STAGES[record.stage]}</dd></div>
      ${record.cycle ? html`<div><dt>Review cycle</dt><dd>Submitted by ${formatDay(`${record.cycle}T12:00:00Z`)}</dd></div>` : nothing}
      <div><dt>Endorsement Advisor</dt><dd>${record.advisor ? `${record.advisor.name} (${record.advisor.email})` : 'None yet'}</dd></div>
      ${detail.reinstatement ? html`<div><dt>Reinstatement</dt><dd>Of a lapsed ${record.category} endorsement, started on ${formatDay(`${detail.reinstatement.startedOn}T12:00:00Z`)}${detail.reinstatement.state === 'endorsed' ? ' (endorsed again)' : ''}: it needs ${detail.reinstatement.ratings} new reference ratings, and only ratings received since count.</dd></div>` : nothing}
      <div><dt>Applicant's language</dt><dd><span lang=${record.locale}>${languageName(record.locale)}</span></dd></div>
    </dl>

    ${renderUndo(host, detail, base, status)}
    ${renderThread(host, me, detail)}
    ${renderStepTwo(host, detail, base)}
    ${record.kind === 'registration' ? renderStep2(host, detail, base) : nothing}
    ${record.kind === 'application' && review ? renderReviewers(host, review, base) : nothing}
    ${record.kind === 'application' ? renderDecision(host, detail, review, base, status) : nothing}
    ${detail.requirements ? renderRequirements(detail, category) : nothing}
    ${detail.transcripts.length || detail.references.length ? renderPaperwork(detail) : nothing}
    ${registrationId ? html`<ek-record-references record-id=${registrationId}></ek-record-references>` : nothing}
    <ek-record-fees record-id=${record.id}></ek-record-fees>
    ${record.kind === 'application' ? html`<ek-record-documents record-id=${record.id}></ek-record-documents>` : nothing}
    ${record.kind === 'application' ? html`<ek-record-versions record-id=${record.id}></ek-record-versions>` : nothing}

    <section aria-labelledby="answers-heading">
      <h2 id="answers-heading">Answers</h2>
      ${detail.steps.map(
        (step) => html`<h3>${step.title}</h3>
          ${step.rows.length ? answers(step.rows) : nothing}
          ${step.entries?.length === 0 ? html`<p>None.</p>` : nothing}
          ${step.entries?.map((entry) => html`<h4>${entry.title}</h4>${answers(entry.rows)}`)}`,
      )}
    </section>

    ${renderNotes(host, detail, base)}

    ${renderMails(detail)}
    ${renderHistory(detail, status)}

    ${renderDataRequest(host, detail, base)}`;
}

function renderStep2(host: ViewHost, detail: RecordDetail, base: string): TemplateResult {
  const { record } = detail;
  const form = host.form('advisor');
  const ids = { name: 'advisor-name', email: 'advisor-email' };
  const assign = (e: Event) => {
    e.preventDefault();
    void host.change(
      'advisor',
      'POST',
      `${base}/advisor`,
      { name: form.values.name ?? '', email: form.values.email ?? '' } satisfies Advisor,
      'The advisor is assigned; the introduction mails are on their way.',
      ids,
    );
  };
  return html`<section aria-labelledby="step2-heading">
    <h2 id="step2-heading">Endorsement Advisor</h2>
    <h3>${record.advisor ? 'Assign another Endorsement Advisor' : 'Assign an Endorsement Advisor'}</h3>
    <p>The applicant and the advisor each get a mail that introduces them to one another.</p>
    ${errorSummary(host.shadowRoot, form.errors, form.message)}
    ${form.done ? html`<p class="panel success" role="status">${form.done}</p>` : nothing}
    <form novalidate @submit=${assign}>
      ${formField({ id: ids.name, label: "Advisor's name", value: form.values.name ?? '', autocomplete: 'off', error: form.errors[ids.name], onInput: host.input('advisor', 'name') })}
      ${formField({ id: ids.email, label: "Advisor's email address", type: 'email', autocomplete: 'off', value: form.values.email ?? '', error: form.errors[ids.email], onInput: host.input('advisor', 'email') })}
      <button type="submit">Assign advisor and send the introductions</button>
    </form>
  </section>`;
}

function renderRequirements(detail: RecordDetail, category: string): TemplateResult {
  const r = detail.requirements!;
  const now = r.items.filter((i) => i.state !== 'later');
  return html`<section aria-labelledby="requirements-heading">
    <h2 id="requirements-heading">Requirements for ${category} (${r.category})</h2>
    <p>${now.filter((i) => i.state === 'met').length} of ${now.length} met, as the applicant was shown when they submitted.</p>
    <ul>
      ${r.items.map((i) => html`<li class=${i.state}><strong>${STATE_WORDS[i.state]}:</strong> ${i.detail}</li>`)}
    </ul>
  </section>`;
}

function renderPaperwork(detail: RecordDetail): TemplateResult {
  return html`<section aria-labelledby="paperwork-heading">
    <h2 id="paperwork-heading">Transcripts and references</h2>
    ${
      detail.transcripts.length
        ? html`<div class="table-wrap" role="region" aria-label="Transcripts" tabindex="0"><table>
          <caption>Transcripts</caption>
          <thead><tr><th scope="col">Institution</th><th scope="col">Level</th><th scope="col">Transcript</th></tr></thead>
          <tbody>${detail.transcripts.map((t) => html`<tr><td>${t.institution}</td><td>${t.levelLabel}</td><td>${t.transcriptLabel}</td></tr>`)}</tbody>
        </table></div>`
        : nothing
    }
    ${
      detail.references.length
        ? html`<div class="table-wrap" role="region" aria-label="References" tabindex="0"><table>
          <caption>References</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">How they know the applicant</th><th scope="col">Endorsement</th><th scope="col">Applicant's right to see the reference</th></tr></thead>
          <tbody>${detail.references.map((r) => html`<tr><td>${r.name}</td><td>${r.roleLabel}</td><td>${r.endorsed ? 'Holds one' : 'None'}</td><td>${r.waiveRight ? 'Waived' : 'Kept'}</td></tr>`)}</tbody>
        </table></div>`
        : nothing
    }
  </section>`;
}

function renderNotes(host: ViewHost, detail: RecordDetail, base: string): TemplateResult {
  const form = host.form('note');
  const id = 'note-body';
  const add = (e: Event) => {
    e.preventDefault();
    void host.change('note', 'POST', `${base}/notes`, { body: form.values.body ?? '' } satisfies NoteBody, 'The note is added.', {
      body: id,
    });
  };
  return html`<section aria-labelledby="notes-heading">
    <h2 id="notes-heading">Notes</h2>
    <p>Only coordinators see notes; the applicant never does.</p>
    ${detail.notes.length ? html`<ul>${detail.notes.map((n) => html`<li><span class="note">${n.body}</span> (${n.author}, ${formatMoment(n.at)})</li>`)}</ul>` : html`<p>No notes yet.</p>`}
    ${errorSummary(host.shadowRoot, form.errors, form.message)}
    ${form.done ? html`<p class="panel success" role="status">${form.done}</p>` : nothing}
    <form novalidate @submit=${add}>
      ${formField({ id, label: 'New note', type: 'textarea', value: form.values.body ?? '', error: form.errors[id], onInput: host.input('note', 'body') })}
      <button type="submit">Add note</button>
    </form>
  </section>`;
}

function renderDataRequest(host: ViewHost, detail: RecordDetail, base: string): TemplateResult {
  const form = host.form('delete');
  const confirming = form.values.confirm === 'yes';
  const remove = async () => {
    const result = await host.change('delete', 'DELETE', base, undefined, 'deleted');
    if (result) host.navigate('/admin');
  };
  return html`<section aria-labelledby="data-heading">
    <h2 id="data-heading">Data request</h2>
    <p>When the applicant asks for their data, download the whole record. When they ask to be forgotten, delete it: the answers, notes and mails go; the history keeps only who deleted it and when.</p>
    <p><a href="/admin/api${base}/export" download>Download the whole record (JSON)</a></p>
    ${form.message ? html`<p role="alert" class="error-message">${form.message}</p>` : nothing}
    ${
      confirming
        ? html`<div class="panel notice" role="group" aria-labelledby="confirm-delete">
          <p id="confirm-delete"><strong>Delete ${detail.record.name || 'this record'}'s ${detail.record.kind} for good?</strong> This cannot be undone.</p>
          <button type="button" class="warning" @click=${() => void remove()}>Delete permanently</button>
          <button type="button" class="secondary" @click=${() => host.setForm('delete', { values: {} })}>Keep it</button>
        </div>`
        : html`<button type="button" class="warning" @click=${async () => {
            host.setForm('delete', { values: { confirm: 'yes' } });
            await host.updateComplete;
            (host.shadowRoot?.querySelector('#confirm-delete')?.parentElement?.querySelector('button') as HTMLElement | null)?.focus();
          }}>Delete this record…</button>`
    }
  </section>`;
}
