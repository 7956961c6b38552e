import { html, nothing, type TemplateResult } from 'lit';
import { acceptOf, documentSettings, type DraftDocument, type DraftDocuments, type DocumentType } from '@endorsement-kit/sdk/core';
import type { FieldView } from '../fields/field-view.js';
import { formatNumber } from '../i18n/format.js';
import { fieldId, type View } from '../view.js';

const TYPE_NAMES: Readonly<Record<DocumentType, string>> = { pdf: 'PDF', jpeg: 'JPEG', png: 'PNG', docx: 'Word (DOCX)' };

/** A size in MB or KB, for the locale. */
const sizeText = (bytes: number, locale: string) =>
  bytes >= 1_048_576
    ? `${formatNumber(Math.round((bytes / 1_048_576) * 10) / 10, locale)} MB`
    : `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} KB`;

/** Why a file was refused, in the applicant's words. */
export function fileProblem(view: View, code: string): string {
  const settings = documentSettings(view.program);
  const params = {
    types: settings.types.map((t) => TYPE_NAMES[t]).join(', '),
    size: sizeText(settings.maxFileBytes, view.locale),
    count: settings.maxFiles,
  };
  const key = `form.file.error.${code}`;
  const said = view.t(key, params);
  return said === key ? view.t('form.file.error.other') : said;
}

/**
 * A `file` field: a real `<input type="file">` with its label, the accepted types and size said
 * before choosing, then the chosen file's name, its upload's progress (a `<progress>` and a live
 * status line), "Try again" after a failed connection, and "Remove". The file itself is kept by
 * `DraftDocuments` (the SDK) until the receiver has it.
 */
export function renderFileField(
  view: View,
  field: FieldView,
  files: DraftDocuments,
  chosen: { problem: Map<string, string>; choose(path: FieldView['path'], file: File): void },
): TemplateResult {
  const id = fieldId(field.path);
  const issue = view.issueAt(field.path);
  const settings = documentSettings(view.program);
  const file = files.at(field.path);
  const problem = chosen.problem.get(id);
  const limitsId = `${id}-limits`;
  const errorText = problem ?? issue?.message;
  const errorId = errorText ? `${id}-error` : undefined;
  const limits = view.t('form.file.limits', {
    types: settings.types.map((t) => TYPE_NAMES[t]).join(', '),
    size: sizeText(settings.maxFileBytes, view.locale),
  });
  return html`<div class="field${errorText ? ' invalid' : ''}" part="field">
    <label for=${id}>${field.label}</label>
    ${field.hint ? html`<div class="hint" id="${id}-hint">${field.hint}</div>` : nothing}
    <div class="hint" id=${limitsId}>${limits}</div>
    ${errorText ? html`<p class="error-message" id=${errorId!} role=${problem ? 'alert' : nothing}><span class="vh">${view.t('ui.error-prefix')}</span> ${errorText}</p>` : nothing}
    ${file ? renderChosen(view, id, field, file, files) : nothing}
    <input id=${id} type="file" accept=${acceptOf(settings.types)}
      aria-describedby=${[field.hint ? `${id}-hint` : '', limitsId, errorId ?? ''].filter(Boolean).join(' ')}
      aria-invalid=${errorText ? 'true' : 'false'}
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        const picked = input.files?.[0];
        if (picked) chosen.choose(field.path, picked);
        input.value = '';
      }} />
  </div>`;
}

function renderChosen(view: View, id: string, field: FieldView, file: DraftDocument, files: DraftDocuments): TemplateResult {
  const percent = file.state === 'uploading' ? Math.min(100, Math.round(((file.sent ?? 0) / Math.max(1, file.size)) * 100)) : undefined;
  const state =
    file.state === 'uploading'
      ? view.t('form.file.state.uploading', { percent: percent ?? 0 })
      : file.state === 'refused'
        ? view.t('form.file.state.refused', { reason: fileProblem(view, file.error ?? 'other') })
        : view.t(`form.file.state.${file.state}`);
  return html`<div class="panel file" id="${id}-chosen">
    <p><strong>${file.name}</strong> (${sizeText(file.size, view.locale)})</p>
    <p role="status">${state}</p>
    ${
      percent !== undefined
        ? html`<progress max="100" value=${percent} aria-label=${view.t('form.file.progress', { name: file.name })}></progress>`
        : nothing
    }
    <div class="actions">
      ${
        file.state === 'failed'
          ? html`<button type="button" part="button" @click=${() => void files.retry(field.path)}>
              ${view.t('form.file.retry')}<span class="vh"> ${view.t('form.file.retry-name', { name: file.name })}</span>
            </button>`
          : nothing
      }
      <button type="button" class="secondary" part="button" @click=${() => void files.remove(field.path)}>
        ${view.t('form.file.remove')}<span class="vh"> ${file.name}</span>
      </button>
    </div>
  </div>`;
}
