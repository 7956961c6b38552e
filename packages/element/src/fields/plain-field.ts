import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/**
 * One labelled control as plain strings, for a page without the element's view (the server's
 * workspace): its label, hint and error in the page's language.
 * @example plainField({ id: 'email', label: 'Email address', type: 'email', value, error, errorPrefix: 'Error:', onInput: (v) => (value = v) })
 */
export interface PlainField {
  id: string;
  label: string;
  value: string;
  /** @default 'text' */
  type?: 'text' | 'email' | 'password' | 'date' | 'search' | 'textarea' | 'select';
  hint?: string;
  error?: string | undefined;
  /** Read before the error by screen readers only ("Error:"). */
  errorPrefix: string;
  required?: boolean;
  autocomplete?: string;
  /** A select's options. */
  options?: readonly { value: string; label: string }[];
  onInput: (value: string) => void;
}

/**
 * A field GOV.UK style: the label, then the hint and the error message (both tied to the control
 * with `aria-describedby`), then the control. Text goes in as text nodes, never as HTML.
 */
export function plainField(f: PlainField): TemplateResult {
  const described = [f.hint ? `${f.id}-hint` : '', f.error ? `${f.id}-error` : ''].filter(Boolean).join(' ') || nothing;
  const input = (e: Event) => f.onInput((e.target as HTMLInputElement).value);
  const control =
    f.type === 'textarea'
      ? html`<textarea id=${f.id} name=${f.id} .value=${live(f.value)} aria-describedby=${described} aria-invalid=${f.error ? 'true' : nothing} ?required=${f.required} @input=${input}></textarea>`
      : f.type === 'select'
        ? html`<select id=${f.id} name=${f.id} aria-describedby=${described} @change=${input}>
            ${f.options?.map((o) => html`<option value=${o.value} ?selected=${o.value === f.value}>${o.label}</option>`)}
          </select>`
        : html`<input id=${f.id} name=${f.id} type=${f.type ?? 'text'} .value=${live(f.value)} autocomplete=${f.autocomplete ?? nothing} aria-describedby=${described} aria-invalid=${f.error ? 'true' : nothing} ?required=${f.required} @input=${input} />`;
  return html`<div class="field ${f.error ? 'invalid' : ''}">
    <label for=${f.id}>${f.label}</label>
    ${f.hint ? html`<p class="hint" id="${f.id}-hint">${f.hint}</p>` : nothing}
    ${f.error ? html`<p class="error-message" id="${f.id}-error"><span class="vh">${f.errorPrefix}</span> ${f.error}</p>` : nothing}
    ${control}
  </div>`;
}
