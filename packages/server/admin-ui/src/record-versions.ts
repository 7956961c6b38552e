import { LitElement, css, html, nothing } from 'lit';
import { base, layout, theme } from '@endorsement-kit/element/styles';
import type { ApplicationVersions } from '../../src/review/version-api-types.js';
import { api } from './api.js';
import { formatMoment } from './format.js';

/**
 * An amended application's versions on its record page (`<ek-record-versions record-id=…>`): each
 * version with the time it was received, and a table of the fields that changed from the one
 * before the last to the last (old and new values as text). Shows nothing for an application
 * never amended. Loads `/admin/api/records/{id}/versions` itself.
 */
export class RecordVersions extends LitElement {
  static override styles = [
    theme,
    base,
    layout,
    css`
      .table-wrap {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        overflow-wrap: break-word;
      }
      th,
      td {
        text-align: start;
        padding: 0.25rem 0.5rem;
        vertical-align: top;
      }
    `,
  ];
  static override properties = { recordId: { attribute: 'record-id' }, data: { state: true }, error: { state: true } };

  declare recordId: string;
  declare data: ApplicationVersions | undefined;
  declare error: string | undefined;

  override updated(changed: Map<string, unknown>) {
    if (changed.has('recordId') && this.recordId) void this.load();
  }

  private async load() {
    const result = await api<ApplicationVersions>('GET', `/records/${this.recordId}/versions`);
    if (result.ok) this.data = result.data;
    else this.error = result.message;
  }

  override render() {
    if (this.error) return html`<p role="alert">${this.error}</p>`;
    const data = this.data;
    if (!data || !data.versions.length) return nothing;
    const last = data.versions.at(-1)!;
    return html`<section aria-labelledby="versions-heading">
      <h2 id="versions-heading">Versions</h2>
      <ul>
        ${data.versions.map(
          (v) => html`<li>Version ${v.version}: ${v.version === 1 ? 'first received' : 'sent again'} ${formatMoment(v.receivedAt)}</li>`,
        )}
      </ul>
      ${
        data.changes.length
          ? html`<div class="table-wrap">
            <table>
              <caption>
                What changed in version ${last.version}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                </tr>
              </thead>
              <tbody>
                ${data.changes.map(
                  (change) => html`<tr>
                    <th scope="row">${change.path}</th>
                    <td>${change.before || '(empty)'}</td>
                    <td>${change.after || '(empty)'}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
          : html`<p>Version ${last.version} is the same as the one before.</p>`
      }
    </section>`;
  }
}

if (!customElements.get('ek-record-versions')) customElements.define('ek-record-versions', RecordVersions);

declare global {
  interface HTMLElementTagNameMap {
    'ek-record-versions': RecordVersions;
  }
}
