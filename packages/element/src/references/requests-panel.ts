import { html, nothing, type TemplateResult } from 'lit';
import { REFERENCE_ROLES, type ReferenceRequestView } from '@endorsement-kit/sdk/core';
import { renderField } from '../fields/render-field.js';
import { summaryMarkup } from '../fields/summary-markup.js';
import { formatDateTime } from '../i18n/format.js';
import { fieldId, scratchView, samePath, type View } from '../view.js';
import type { ReferenceRequests } from './reference-requests.js';

/**
 * The References step's requests: where each stands and what can be done about it, and the form
 * that asks a rater. What the applicant or a rater typed is rendered as text only.
 */
export function renderRequestsPanel(view: View, refs: ReferenceRequests): TemplateResult {
  return html`<section class="panel refs" aria-labelledby="ek-refs-heading">
    <h3 id="ek-refs-heading" tabindex="-1">${view.t('references.heading')}</h3>
    <p>${view.t('references.intro')}</p>
    ${
      refs.message
        ? html`<div class="panel ${refs.message.alert ? 'notice' : 'success'}" id="ek-refs-message" tabindex="-1" role=${refs.message.alert ? 'alert' : 'status'}>
          <p>${refs.message.text}</p>
        </div>`
        : nothing
    }
    ${renderBody(view, refs)}
  </section>`;
}

function renderBody(view: View, refs: ReferenceRequests): TemplateResult {
  if (refs.status === 'loading' && !refs.list) return html`<p role="status">${view.t('references.loading')}</p>`;
  if (refs.status === 'error' && !refs.list)
    return html`<p>${view.t('references.load-failed', { reason: refs.failure ?? '' })}</p>
      <button type="button" class="secondary" part="button" @click=${() => void refs.load(view, true)}>${view.t('references.retry')}</button>`;
  const requests = refs.list?.requests ?? [];
  return html`${renderRequestStates(view, requests, refs)}
    ${
      refs.form
        ? renderForm(view, refs)
        : html`<button type="button" class="secondary" part="button" @click=${() => refs.openForm()}>${view.t('references.add')}</button>`
    }`;
}

/**
 * Each request: the rater, the role, the state and its dates, the decline note; with `refs`, the
 * actions the state allows (send again, correct the address, ask someone else instead).
 */
export function renderRequestStates(view: View, requests: readonly ReferenceRequestView[], refs?: ReferenceRequests): TemplateResult {
  if (!requests.length) return html`<p>${view.t('references.none')}</p>`;
  return html`<ul class="refs-list">
    ${requests.map((r) => {
      const date = (value: string | null) => (value ? formatDateTime(value, view.locale) : '');
      return html`<li>
        <h4>${r.name}</h4>
        <dl class="answers">
          <div><dt>${view.t('references.form.email')}</dt><dd>${r.email}</dd></div>
          <div><dt>${view.t('references.form.role')}</dt><dd>${view.t(`form.option.referenceRole.${r.role}`)}</dd></div>
          <div><dt>${view.t('references.state')}</dt><dd><strong class=${`ref-state ${r.state}`}>${view.t(`references.state.${r.state}`)}</strong></dd></div>
        </dl>
        ${r.sentAt ? html`<p class="hint">${view.t('references.sent-at', { date: date(r.sentAt) })}${r.expiresAt ? html`. ${view.t('references.expires', { date: date(r.expiresAt) })}` : nothing}</p>` : nothing}
        <p class="hint">${view.t(r.waiveRight ? 'references.waived' : 'references.not-waived')}</p>
        ${r.declineNote ? html`<p>${view.t('references.decline-note', { note: r.declineNote })}</p>` : nothing}
        ${r.state === 'submitted' && r.counts === false ? html`<p>${view.t('references.not-counted')}</p>` : nothing}
        ${refs ? renderActions(view, refs, r) : nothing}
      </li>`;
    })}
  </ul>`;
}

function renderActions(view: View, refs: ReferenceRequests, r: ReferenceRequestView): TemplateResult | typeof nothing {
  const open = r.state !== 'submitted' && r.state !== 'cancelled' && r.state !== 'declined';
  if (!open) return nothing;
  const later = r.canResendAt !== null && Date.parse(r.canResendAt) > Date.now();
  const editing = refs.address?.id === r.id ? refs.address : undefined;
  const hidden = html`<span class="vh"> (${r.name})</span>`;
  return html`${
    r.canResendAt === null
      ? nothing
      : later
        ? html`<p class="hint">${view.t('references.resend.later', { date: formatDateTime(r.canResendAt, view.locale) })}</p>`
        : html`<button type="button" class="secondary" part="button" aria-disabled=${refs.busy ? 'true' : nothing}
            @click=${() => void refs.resend(view, r.id, r.name)}>${view.t('references.resend')}${hidden}</button>`
  }
    ${
      editing
        ? html`<form novalidate @submit=${(e: Event) => {
            e.preventDefault();
            void refs.saveAddress(view);
          }}>
            ${renderField(
              scratchView(
                view,
                () => editing.email,
                (_, value) => refs.typeAddress(typeof value === 'string' ? value : ''),
                (path) => (editing.issue && samePath(path, ['refs', 'address']) ? editing.issue : undefined),
              ),
              {
                path: ['refs', 'address'],
                kind: 'email',
                required: true,
                label: view.t('references.change-email.label', { name: r.name }),
                autocomplete: 'off',
              },
            )}
            <div class="actions">
              <button type="submit" part="button" aria-disabled=${refs.busy ? 'true' : nothing}>${view.t('references.change-email.save')}</button>
              <button type="button" class="secondary" part="button" @click=${() => refs.closeForm()}>${view.t('references.form.cancel')}</button>
            </div>
          </form>`
        : html`<div class="actions">
            <button type="button" class="secondary" part="button" @click=${() => refs.editAddress(r.id, r.email)}>${view.t('references.change-email')}${hidden}</button>
            <button type="button" class="secondary" part="button" @click=${() => refs.openForm({ id: r.id, name: r.name })}>${view.t('references.replace')}${hidden}</button>
          </div>`
    }`;
}

function renderForm(view: View, refs: ReferenceRequests): TemplateResult {
  const form = refs.form!;
  const values = form.values;
  const scratch = scratchView(
    view,
    (path) => {
      const key = path[1] as keyof typeof values;
      const value = values[key];
      return key === 'waiveRight' && typeof value === 'boolean' ? (value ? 'yes' : 'no') : value;
    },
    (path, value) => {
      const key = path[1] as keyof typeof values;
      refs.type(key, key === 'waiveRight' ? value === 'yes' : value);
    },
    (path) => form.issues.find((i) => samePath(i.path, path)),
  );
  const field = (key: string, kind: 'text' | 'email' | 'long-text' | 'choice', label: string, extra: object = {}) =>
    renderField(scratch, { path: ['refs', key], kind, required: key !== 'note', label, ...extra });
  return html`<form novalidate class="refs-form" @submit=${(e: Event) => {
    e.preventDefault();
    void refs.send(view);
  }}>
    ${
      form.issues.length
        ? summaryMarkup({
            id: 'ek-refs-error-summary',
            title: view.t('ui.errors.title'),
            items: form.issues.map((i) => ({ message: i.message, target: fieldId(i.path) })),
            focus: (id) => refs.focusOn(id),
          })
        : nothing
    }
    <h4 id="ek-refs-form-heading" tabindex="-1">
      ${form.replacing ? view.t('references.form.replace', { name: form.replacing.name }) : view.t('references.form.heading')}
    </h4>
    ${field('name', 'text', view.t('references.form.name'), { autocomplete: 'off' })}
    ${field('email', 'email', view.t('references.form.email'), { hint: view.t('references.form.email.hint'), autocomplete: 'off' })}
    ${field('role', 'choice', view.t('references.form.role'), { options: REFERENCE_ROLES.map((role) => ({ value: role, label: view.t(`form.option.referenceRole.${role}`) })) })}
    ${field('waiveRight', 'choice', view.t('references.form.waive'), {
      hint: view.t('references.form.waive.hint'),
      options: [
        { value: 'yes', label: view.t('references.form.waive.yes') },
        { value: 'no', label: view.t('references.form.waive.no') },
      ],
    })}
    ${field('note', 'long-text', view.t('references.form.note'), { hint: view.t('references.form.note.hint') })}
    <div class="actions">
      <button type="submit" part="button" aria-disabled=${refs.busy ? 'true' : nothing}>${view.t('references.form.send')}</button>
      <button type="button" class="secondary" part="button" @click=${() => refs.closeForm()}>${view.t('references.form.cancel')}</button>
    </div>
  </form>`;
}
