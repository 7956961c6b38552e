import { html, nothing, type TemplateResult } from 'lit';
import type { Me, RecordList } from './api.js';
import { formField } from './form-field.js';
import { formatDay, KINDS } from './format.js';
import type { ViewHost } from './view-host.js';

// Where each applicant's thread stands (one row per applicant and category).
export const STAGES = {
  registration: 'Step 2: registration',
  application: 'Step 3: application sent',
  review: 'Step 4: in review',
  decided: 'Decided',
} as const;

/** The list's filters as the URL's query string holds them (empty = any). */
export type ListFilter = Record<
  'q' | 'kind' | 'status' | 'endorsement' | 'category' | 'program' | 'from' | 'to' | 'cycle' | 'page',
  string
>;

const query = (filter: Partial<ListFilter>) =>
  new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]).toString();

/** The list of registrations and applications: search, filters, paging and exports. */
export function renderRecordList(host: ViewHost, me: Me, filter: ListFilter, list: RecordList | undefined): TemplateResult {
  const form = host.form('filters');
  const value = (key: keyof ListFilter) => form.values[key] ?? filter[key] ?? '';
  const all = (label: string) => [{ value: '', label }];
  const statuses = new Map(me.programs.flatMap((p) => p.statuses.map((s) => [s.value, s.label] as const)));
  const categories = new Map(me.programs.flatMap((p) => p.categories.map((c) => [c.code, c.label] as const)));
  const apply = (e: Event) => {
    e.preventDefault();
    const next = Object.fromEntries(
      (['q', 'kind', 'status', 'endorsement', 'category', 'program', 'from', 'to', 'cycle'] as const).map((key) => [key, value(key)]),
    );
    host.setForm('filters', { values: {} });
    host.navigate(`/admin?${query(next)}`);
  };
  const pages = list ? Math.max(1, Math.ceil(list.total / list.pageSize)) : 1;
  const page = list?.page ?? 1;
  const exportQuery = query({ ...filter, page: '', kind: '' });
  const cycles = [...new Set(list?.cycles.map((c) => c.submittedBy) ?? [])];
  return html`<h1 tabindex="-1">Registrations and applications</h1>
    <form novalidate @submit=${apply} aria-label="Search and filters">
      ${formField({ id: 'filter-q', label: 'Search', type: 'search', hint: 'Name, email address or reference number', value: value('q'), onInput: host.input('filters', 'q') })}
      <div class="filters">
        ${formField({ id: 'filter-kind', label: 'Kind', type: 'select', value: value('kind'), options: [...all('Both'), { value: 'registration', label: 'Registrations' }, { value: 'application', label: 'Applications' }], onInput: host.input('filters', 'kind') })}
        ${formField({ id: 'filter-status', label: 'Status', type: 'select', value: value('status'), options: [...all('Any status'), ...[...statuses].map(([v, label]) => ({ value: v, label }))], onInput: host.input('filters', 'status') })}
        ${formField({ id: 'filter-endorsement', label: 'Endorsement', type: 'select', value: value('endorsement'), options: [...all('Both'), { value: 'IMH-E', label: 'IMH-E®' }, { value: 'ECMH-E', label: 'ECMH-E®' }], onInput: host.input('filters', 'endorsement') })}
        ${formField({ id: 'filter-category', label: 'Category', type: 'select', value: value('category'), options: [...all('Any category'), ...[...categories].map(([code, label]) => ({ value: code, label: `${label} (${code})` }))], onInput: host.input('filters', 'category') })}
        ${formField({ id: 'filter-from', label: 'Received from', type: 'date', value: value('from'), onInput: host.input('filters', 'from') })}
        ${formField({ id: 'filter-to', label: 'Received until', type: 'date', value: value('to'), onInput: host.input('filters', 'to') })}
        ${cycles.length ? formField({ id: 'filter-cycle', label: 'Review cycle', type: 'select', value: value('cycle'), options: [...all('Any cycle'), ...cycles.map((day) => ({ value: day, label: `Submitted by ${formatDay(`${day}T12:00:00Z`)}` }))], onInput: host.input('filters', 'cycle') }) : nothing}
        ${me.programs.length > 1 ? formField({ id: 'filter-program', label: 'Program', type: 'select', value: value('program'), options: [...all('All my programs'), ...me.programs.map((p) => ({ value: p.id, label: p.name }))], onInput: host.input('filters', 'program') }) : nothing}
      </div>
      <button type="submit">Apply filters</button>
      <a class="button secondary" href="/admin" @click=${host.link('/admin')}>Clear filters</a>
    </form>
    ${
      list
        ? html`<p role="status">${list.total === 0 ? 'No records match.' : `${list.total} ${list.total === 1 ? 'record matches' : 'records match'}; page ${page} of ${pages}.`}</p>
          ${
            list.items.length
              ? html`<div class="table-wrap" role="region" aria-label="Records" tabindex="0">
                <table>
                  <thead><tr><th scope="col">Applicant</th><th scope="col">Kind</th><th scope="col">Category</th><th scope="col">Status</th><th scope="col">Stage</th><th scope="col">Received</th></tr></thead>
                  <tbody>
                    ${list.items.map(
                      (item) => html`<tr>
                        <th scope="row"><a href="/admin/records/${item.id}" @click=${host.link(`/admin/records/${item.id}`)}>${item.name || item.id}</a></th>
                        <td>${KINDS[item.kind]}</td>
                        <td>${categories.get(item.category) ?? item.category} (${item.category})</td>
                        <td>${statuses.get(item.status) ?? item.status}</td>
                        <td>${STAGES[item.stage]}</td>
                        <td>${formatDay(item.receivedAt)}</td>
                      </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
              : nothing
          }
          <nav class="pager" aria-label="Pages">
            ${page > 1 ? html`<a href="/admin?${query({ ...filter, page: String(page - 1) })}" @click=${host.link(`/admin?${query({ ...filter, page: String(page - 1) })}`)}>Previous page</a>` : nothing}
            ${page < pages ? html`<a href="/admin?${query({ ...filter, page: String(page + 1) })}" @click=${host.link(`/admin?${query({ ...filter, page: String(page + 1) })}`)}>Next page</a>` : nothing}
          </nav>
          ${list.cycles.length ? renderCycles(host, me, list) : nothing}
          <section aria-labelledby="export-heading">
            <h2 id="export-heading">Export</h2>
            <p>The applications that match these filters (not registrations), one row each, with the requirement summary as columns.</p>
            <p><a href="/admin/api/export.csv?${exportQuery}" download>Download CSV</a> · <a href="/admin/api/export.json?${exportQuery}" download>Download JSON</a></p>
          </section>`
        : html`<p role="status">Loading…</p>`
    }`;
}

/** The review cycles: per program's review date, the applications received for it by stage, each a link to them. */
function renderCycles(host: ViewHost, me: Me, list: RecordList): TemplateResult {
  const several = me.programs.length > 1;
  const name = (id: string) => me.programs.find((p) => p.id === id)?.name ?? id;
  return html`<section aria-labelledby="cycles-heading">
    <h2 id="cycles-heading">Review cycles</h2>
    <p>Applications join the cycle of the first review date on or after the day they arrive.</p>
    <div class="table-wrap" role="region" aria-label="Review cycles" tabindex="0"><table>
      <thead><tr><th scope="col">Submitted by</th>${several ? html`<th scope="col">Program</th>` : nothing}<th scope="col">Sent</th><th scope="col">In review</th><th scope="col">Decided</th></tr></thead>
      <tbody>${list.cycles.map((cycle) => {
        const href = `/admin?${query({ cycle: cycle.submittedBy, ...(several ? { program: cycle.program } : {}) })}`;
        return html`<tr>
          <th scope="row"><a href=${href} @click=${host.link(href)}>${formatDay(`${cycle.submittedBy}T12:00:00Z`)}</a></th>
          ${several ? html`<td>${name(cycle.program)}</td>` : nothing}
          <td>${cycle.counts.application}</td><td>${cycle.counts.review}</td><td>${cycle.counts.decided}</td>
        </tr>`;
      })}</tbody>
    </table></div>
  </section>`;
}
