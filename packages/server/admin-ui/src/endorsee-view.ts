import { html, nothing, type TemplateResult } from 'lit';
import type { EndorseeImportBody, EndorseeList, EndorseeView, ImportReport } from '../../src/endorsees/endorsee-api-types.js';
import { api, type Me } from './api.js';
import { categoryActions } from './endorsee-category-actions.js';
import { registryDetails } from './endorsee-registry-form.js';
import { renewalFees } from './endorsee-renewal-fees.js';
import { errorSummary, formField } from './form-field.js';
import type { ViewHost } from './view-host.js';

export type { EndorseeList } from '../../src/endorsees/endorsee-api-types.js';

// The last import's report, shown under the form until the next one.
let lastReport: ImportReport | undefined;

const STATUS: Record<string, string> = {
  current: 'Endorsed',
  submitted: 'Renewal waiting for you',
  inactive: 'Inactive',
  lapsed: 'Lapsed (off the registry)',
  archived: 'Archived (off the registry)',
};
const PHASE: Record<string, string> = { 'not-open': '', open: ' · renewal open', late: ' · renewal late', removed: ' · past removal' };
const OUTCOME: Record<string, string> = {
  created: 'Added',
  added: 'Category added',
  updated: 'Dates updated',
  unchanged: 'Already here',
  error: 'Not imported',
};

/**
 * The endorsees page (`/admin/endorsees`): bringing an association's endorsees over from a CSV
 * (check first, then import; a report line by line), and the list with each category's renewal
 * dates and the coordinator's actions.
 */
export function renderEndorsees(host: ViewHost, me: Me, list: EndorseeList | undefined): TemplateResult {
  const form = host.form('import');
  const program = form.values.program ?? me.programs[0]?.id ?? '';
  const send = (checkOnly: boolean) => async (e: Event) => {
    e.preventDefault();
    const csv = form.values.csv ?? '';
    const result = await host.submit('import', {
      check: () => (csv.trim() ? {} : { 'import-csv': 'Paste the CSV, or choose its file' }),
      send: () => api<ImportReport>('POST', '/endorsees/import', { program, csv, checkOnly } satisfies EndorseeImportBody),
      fields: { csv: 'import-csv', program: 'import-program' },
    });
    if (!result?.ok) return;
    lastReport = result.data as ImportReport;
    host.setForm('import', { errors: {}, message: undefined, done: summary(lastReport) });
    if (!checkOnly) await host.reload();
  };
  const readFile = async (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) host.input('import', 'csv')(await file.text());
  };
  return html`<h1 tabindex="-1">Endorsees</h1>
    <section aria-labelledby="import-heading" class="panel">
      <h2 id="import-heading">Bring endorsees over from a CSV</h2>
      <p>One line per person, the first line naming the columns: name, email, categories (codes, separated by spaces), endorsed_on and last_renewal (YYYY-MM-DD), and optionally display_name and language. Check the file first: nothing is written until you import. Importing the same file again changes nothing.</p>
      ${errorSummary(host.shadowRoot, form.errors, form.message)}
      <form novalidate>
        ${me.programs.length > 1 ? formField({ id: 'import-program', label: 'Program', type: 'select', value: program, options: me.programs.map((p) => ({ value: p.id, label: p.name })), onInput: host.input('import', 'program') }) : nothing}
        <div class="field"><label for="import-file">CSV file</label><input id="import-file" type="file" accept=".csv,text/csv" @change=${readFile} /></div>
        ${formField({ id: 'import-csv', label: 'Or paste the CSV', type: 'textarea', value: form.values.csv ?? '', error: form.errors['import-csv'], onInput: host.input('import', 'csv') })}
        <button type="button" class="secondary" ?disabled=${form.busy} @click=${send(true)}>Check the file</button>
        <button type="button" ?disabled=${form.busy} @click=${send(false)}>Import</button>
      </form>
      ${form.done ? html`<p role="status">${form.done}</p>` : nothing}
      ${lastReport ? renderReport(lastReport) : nothing}
    </section>
    <h2>Endorsees (${list?.endorsees.length ?? 0})</h2>
    ${list ? renderList(host, list.endorsees) : html`<p role="status">Loading…</p>`}`;
}

function summary(report: ImportReport): string {
  const { created, added, updated, unchanged, error } = report.counts;
  const verb = report.checkOnly ? 'Check only, nothing written' : 'Imported';
  return `${verb}: ${created} new, ${added + updated} changed, ${unchanged} already here, ${error} not imported.`;
}

function renderReport(report: ImportReport): TemplateResult {
  return html`<div class="table-wrap" role="region" aria-labelledby="report-caption" tabindex="0">
    <table>
      <caption id="report-caption">${report.checkOnly ? 'What the import would do, line by line' : 'What the import did, line by line'}</caption>
      <thead><tr><th scope="col">Line</th><th scope="col">Result</th><th scope="col">Email</th><th scope="col">Problems and notes</th></tr></thead>
      <tbody>
        ${report.lines.map(
          (line) =>
            html`<tr><td>${line.line}</td><td>${OUTCOME[line.outcome]}</td><td>${line.email ?? ''}</td><td>${line.messages.length ? html`<ul>${line.messages.map((m) => html`<li>${m}</li>`)}</ul>` : ''}</td></tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** What the endorsee asked for or started, beside the status. */
function requests(category: EndorseeView['categories'][number]): string {
  const { reinstatement, inactiveRequestedOn } = category;
  return [
    inactiveRequestedOn ? ` · inactive status asked for on ${inactiveRequestedOn}` : '',
    reinstatement
      ? ` · reinstatement started on ${reinstatement.startedOn}${reinstatement.registration ? ` (registration ${reinstatement.registration})` : ''}`
      : '',
  ].join('');
}

function renderList(host: ViewHost, endorsees: readonly EndorseeView[]): TemplateResult {
  if (endorsees.length === 0) return html`<p>No endorsees yet.</p>`;
  const state = host.form('endorsees');
  const act = (person: EndorseeView, path: string, body: unknown, done: string) =>
    void host.change('endorsees', 'POST', `/endorsees/${person.id}${path}`, body, done);
  return html`${state.message ? html`<p role="alert">${state.message}</p>` : nothing}
    ${state.done ? html`<p class="panel success" role="status">${state.done}</p>` : nothing}
    <div class="table-wrap" role="region" aria-labelledby="endorsees-caption" tabindex="0">
    <table>
      <caption id="endorsees-caption">Endorsees and their renewal dates</caption>
      <thead><tr><th scope="col">Name</th><th scope="col">Category</th><th scope="col">Status</th><th scope="col">Renewal due</th><th scope="col">Actions</th></tr></thead>
      <tbody>
        ${endorsees.flatMap((person) =>
          person.categories.map(
            (category) =>
              html`<tr>
                <td>${person.fullName}${person.hidden ? ' (hidden from the registry)' : ''}<br /><span class="note">${person.email}</span>${category === person.categories[0] ? registryDetails(host, person) : nothing}</td>
                <td>${category.code}</td>
                <td>${STATUS[category.status]}${category.phase ? PHASE[category.phase] : ''}${renewalFees(host, person, category)}${requests(category)}</td>
                <td>${category.status === 'inactive' ? `inactive until ${category.inactiveUntil}` : category.dueOn}</td>
                <td>
                  ${['current', 'submitted'].includes(category.status) ? html`<button type="button" class="secondary" @click=${() => act(person, `/categories/${category.code}/renewed`, {}, `${person.fullName}: ${category.code} renewed.`)}>Approve renewal of ${category.code} for ${person.fullName}</button>` : nothing}
                  ${categoryActions(host, person, category)}
                  <button type="button" class="secondary" @click=${() => act(person, '/hidden', { hidden: !person.hidden }, person.hidden ? `${person.fullName} is shown on the registry again.` : `${person.fullName} is hidden from the registry.`)}>${person.hidden ? `Show ${person.fullName} on the registry` : `Hide ${person.fullName} from the registry`}</button>
                </td>
              </tr>`,
          ),
        )}
      </tbody>
    </table>
  </div>`;
}
