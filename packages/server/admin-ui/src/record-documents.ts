import { css, html, nothing, type TemplateResult } from 'lit';
import { base, fields, layout, theme } from '@endorsement-kit/element/styles';
import {
  COORDINATOR_UPLOAD_STATES,
  TRANSCRIPT_STATES,
  type CoordinatorUploadState,
  type RecordDocumentView,
  type RecordDocuments as RecordDocumentsAnswer,
  type TranscriptState,
  type TranscriptView,
} from '../../src/documents/document-api-types.js';
import { api } from './api.js';
import { RecordPanel } from './record-panel.js';
import { formatMoment } from './format.js';

const STATE_WORDS: Record<TranscriptState, string> = {
  requested: 'Requested',
  received_by_mail: 'Official transcript received by mail',
  copy_uploaded: 'Copy uploaded',
  official_verified: 'Official transcript verified',
};
const TYPE_WORDS: Record<string, string> = { pdf: 'PDF', jpeg: 'JPEG image', png: 'PNG image', docx: 'Word document' };
const UPLOAD_AS: Record<CoordinatorUploadState, string> = {
  copy_uploaded: 'A copy (copy uploaded)',
  official_verified: 'The official transcript, verified',
};
// What a file input offers to choose; the server reads the type from the bytes whatever the name.
const ACCEPT: Record<string, string> = {
  pdf: '.pdf,application/pdf',
  jpeg: '.jpg,.jpeg,image/jpeg',
  png: '.png,image/png',
  docx: '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
const LIMIT_WORDS: Record<string, string> = { pdf: 'PDF', jpeg: 'JPEG', png: 'PNG', docx: 'Word (DOCX)' };

const size = (bytes: number) =>
  bytes < 1_048_576 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1_048_576).toFixed(1)} MB`;

/**
 * An application's files and transcripts on its record page (`<ek-record-documents record-id=…>`):
 * each file as a download (never opened in the page), whether it was virus-scanned, and per
 * degree where its transcript is, which the coordinator records (requested, received by mail,
 * copy uploaded, official verified). The coordinator uploads a degree's transcript (one that came
 * by post; recorded as a copy or as the verified official one) or another document, within the
 * program's limits. Loads `/admin/api/records/{id}/documents` itself.
 */
export class RecordDocuments extends RecordPanel<RecordDocumentsAnswer> {
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
        width: 100%;
        overflow-wrap: break-word;
      }
      .hash {
        overflow-wrap: anywhere;
      }
      th,
      td {
        text-align: start;
        padding: 0.25rem 0.5rem;
        vertical-align: top;
      }
      .upload {
        margin-block: 0.75rem;
      }
      .upload input[type='file'] {
        max-width: 100%;
      }
      .inline {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        align-items: end;
      }
    `,
  ];
  protected readonly resource = 'documents';

  private async record(transcript: TranscriptView, event: SubmitEvent) {
    event.preventDefault();
    const state = String(new FormData(event.target as HTMLFormElement).get('state') ?? '') as TranscriptState;
    const result = await api<unknown>('POST', `/records/${this.recordId}/transcripts/${transcript.education}`, { state });
    this.message = result.ok
      ? { text: `${transcript.institution}: ${STATE_WORDS[state].toLowerCase()}.`, error: false }
      : { text: result.issues?.[0]?.message ?? result.message, error: true };
    await this.load();
  }

  private async upload(event: SubmitEvent, query: string, what: string) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) {
      this.message = { text: `Choose the file of the ${what} first.`, error: true };
      return;
    }
    const state = String(data.get('state') ?? '');
    const result = await api<RecordDocumentView>(
      'POST',
      `/records/${this.recordId}/documents?${query}${state ? `&state=${state}` : ''}`,
      file,
      {
        'endorsement-document-name': encodeURIComponent(file.name),
      },
    );
    this.message = result.ok
      ? { text: `Uploaded ${result.data.fileName} (${what}).`, error: false }
      : { text: result.message, error: true };
    if (result.ok) form.reset();
    await this.load();
  }

  private what(d: RecordDocumentView): string {
    if (d.kind === 'resume') return 'Resume';
    if (d.kind === 'other') return 'Other document';
    const degree = this.data?.transcripts.find((t) => t.education === d.education);
    const label = d.uploadedBy === 'coordinator' ? 'Transcript' : 'Transcript copy';
    return degree ? `${label}: ${degree.institution}` : label;
  }

  private renderUploads(data: RecordDocumentsAnswer): TemplateResult {
    const accept = data.limits.types.map((type) => ACCEPT[type] ?? '').join(',');
    const limits = `Accepted: ${data.limits.types.map((type) => LIMIT_WORDS[type] ?? type).join(', ')}. Up to ${size(data.limits.maxFileBytes)} a file.`;
    const fileInput = (id: string, label: string) =>
      html`<div>
        <label for=${id}>${label}</label>
        <input type="file" id=${id} name="file" accept=${accept} aria-describedby="upload-limits" required />
      </div>`;
    return html`<h3>Upload a file</h3>
      <p id="upload-limits">${limits} The file's type is read from its content, and it is virus-scanned when the server has a scanner.</p>
      ${data.transcripts.map(
        (
          t,
        ) => html`<form class="upload inline" @submit=${(event: SubmitEvent) => void this.upload(event, `kind=transcript&education=${t.education}`, `transcript from ${t.institution}`)}>
          ${fileInput(`upload-transcript-${t.education}`, `Transcript file from ${t.institution}`)}
          <div>
            <label for="upload-as-${t.education}">Record the transcript from ${t.institution} as</label>
            <select id="upload-as-${t.education}" name="state">
              ${COORDINATOR_UPLOAD_STATES.map((s) => html`<option value=${s}>${UPLOAD_AS[s]}</option>`)}
            </select>
          </div>
          <button type="submit">Upload the transcript from ${t.institution}</button>
        </form>`,
      )}
      <form class="upload inline" @submit=${(event: SubmitEvent) => void this.upload(event, 'kind=other', 'other document')}>
        ${fileInput('upload-other', 'Other document (a certificate, a letter)')}
        <button type="submit">Upload the document</button>
      </form>`;
  }

  private renderFiles(data: RecordDocumentsAnswer): TemplateResult {
    if (data.documents.length === 0) return html`<p>No files.</p>`;
    return html`<div class="table-wrap" role="region" aria-label="Files" tabindex="0">
      <table>
        <caption>Files</caption>
        <thead><tr><th scope="col">What</th><th scope="col">File</th><th scope="col">Virus scan</th><th scope="col">Uploaded</th></tr></thead>
        <tbody>
          ${data.documents.map(
            (d) => html`<tr>
              <td>${this.what(d)}</td>
              <td>
                <a href="/admin/api/records/${this.recordId}/documents/${d.id}" download=${d.fileName}>Download ${d.fileName}</a><br />
                ${TYPE_WORDS[d.type] ?? d.type}, ${size(d.size)}<br />
                <small class="hash">SHA-256 ${d.sha256}</small>
              </td>
              <td>${d.scan === 'clean' ? 'Scanned, clean' : 'Not virus-scanned'}</td>
              <td>${formatMoment(d.uploadedAt)} by the ${d.uploadedBy}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderTranscript(t: TranscriptView): TemplateResult {
    const id = `transcript-${t.education}`;
    return html`<tr>
      <td>${t.institution}</td>
      <td>${t.state ? STATE_WORDS[t.state] : 'Not requested'}${t.recordedBy ? html`<br /><small>${t.recordedBy}, ${formatMoment(t.recordedAt!)}</small>` : nothing}</td>
      <td>
        <form class="inline" @submit=${(event: SubmitEvent) => void this.record(t, event)}>
          <div>
            <label for=${id}>Transcript from ${t.institution}</label>
            <select id=${id} name="state">
              ${TRANSCRIPT_STATES.filter((s) => s !== 'copy_uploaded' || t.copy).map(
                (s) => html`<option value=${s} ?selected=${s === t.state}>${STATE_WORDS[s]}</option>`,
              )}
            </select>
          </div>
          <button type="submit">Record</button>
        </form>
      </td>
    </tr>`;
  }

  override render() {
    const data = this.data;
    return html`<section aria-labelledby="documents-heading">
      <h2 id="documents-heading">Files and transcripts</h2>
      ${
        this.message
          ? html`<p class="panel ${this.message.error ? 'error' : 'success'}" role=${this.message.error ? 'alert' : 'status'}>${this.message.text}</p>`
          : nothing
      }
      ${
        !data
          ? html`<p>Loading the files…</p>`
          : html`${
              data.scanned
                ? nothing
                : html`<p class="panel">This server has no virus scanner: files are <strong>not virus-scanned</strong>. Open them with care.</p>`
            }
            ${this.renderFiles(data)}
            ${
              data.transcripts.length
                ? html`<div class="table-wrap" role="region" aria-label="Transcripts by degree" tabindex="0">
                  <table>
                    <caption>Transcripts by degree</caption>
                    <thead><tr><th scope="col">Institution</th><th scope="col">Where it is</th><th scope="col">Record</th></tr></thead>
                    <tbody>${data.transcripts.map((t) => this.renderTranscript(t))}</tbody>
                  </table>
                </div>`
                : nothing
            }
            ${this.renderUploads(data)}`
      }
    </section>`;
  }
}

if (!customElements.get('ek-record-documents')) customElements.define('ek-record-documents', RecordDocuments);

declare global {
  interface HTMLElementTagNameMap {
    'ek-record-documents': RecordDocuments;
  }
}
