import { css, html, nothing, type TemplateResult } from 'lit';
import { base, fields, layout, theme } from '@endorsement-kit/element/styles';
import {
  TRANSCRIPT_STATES,
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

const size = (bytes: number) =>
  bytes < 1_048_576 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1_048_576).toFixed(1)} MB`;

/**
 * An application's files and transcripts on its record page (`<ek-record-documents record-id=…>`):
 * each file as a download (never opened in the page), whether it was virus-scanned, and per
 * degree where its transcript is, which the coordinator records (requested, received by mail,
 * copy uploaded, official verified). Loads `/admin/api/records/{id}/documents` itself.
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

  private what(d: RecordDocumentView): string {
    if (d.kind === 'resume') return 'Resume';
    const degree = this.data?.transcripts.find((t) => t.education === d.education);
    return degree ? `Transcript copy: ${degree.institution}` : 'Transcript copy';
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
            }`
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
