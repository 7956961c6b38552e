import { LitElement } from 'lit';
import { api } from './api.js';

/** What a record panel last said: a confirmation (`status`) or a refusal (`alert`). */
export interface PanelMessage {
  text: string;
  error: boolean;
}

/**
 * A section of a record's page that loads one of the record's sub-resources on its own
 * (`<ek-record-fees record-id=…>` loads `/admin/api/records/{id}/fees`), and says what its last
 * action did. Subclasses name the resource and render `data`.
 * @example class RecordFeesView extends RecordPanel<RecordFees> { protected readonly resource = 'fees'; }
 */
export abstract class RecordPanel<T> extends LitElement {
  static override properties = { recordId: { attribute: 'record-id' }, data: { state: true }, message: { state: true } };

  declare recordId: string;
  declare data: T | undefined;
  declare message: PanelMessage | undefined;
  /** The sub-resource under `/records/{id}/` this panel shows. */
  protected abstract readonly resource: string;

  override updated(changed: Map<string, unknown>) {
    if (changed.has('recordId') && this.recordId) void this.load();
  }

  protected async load(): Promise<void> {
    const result = await api<T>('GET', `/records/${this.recordId}/${this.resource}`);
    if (result.ok) this.data = result.data;
    else this.message = { text: result.message, error: true };
  }
}
