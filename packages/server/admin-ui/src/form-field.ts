import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** One labelled control with its hint and error (GOV.UK pattern: the message above the control). */
export interface FieldOptions {
  id: string;
  label: string;
  value: string;
  type?: 'text' | 'email' | 'password' | 'date' | 'search' | 'textarea' | 'select';
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  autocomplete?: string;
  options?: { value: string; label: string }[];
  onInput: (value: string) => void;
}

export function formField(f: FieldOptions): TemplateResult {
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
    ${f.error ? html`<p class="error-message" id="${f.id}-error"><span class="vh">Error:</span> ${f.error}</p>` : nothing}
    ${control}
  </div>`;
}

/**
 * The error summary at the top of a form: focused when it appears, each message a link that moves
 * focus to its field (inside a shadow root a fragment link cannot do that by itself).
 */
export function errorSummary(root: ShadowRoot | null, errors: Record<string, string>, message?: string): TemplateResult | typeof nothing {
  const entries = Object.entries(errors);
  if (entries.length === 0 && !message) return nothing;
  const go = (e: Event, id: string) => {
    e.preventDefault();
    (root?.getElementById(id) as HTMLElement | null)?.focus();
  };
  return html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
    <h2 class="h3">There is a problem</h2>
    ${message ? html`<p>${message}</p>` : nothing}
    ${entries.length ? html`<ul>${entries.map(([id, text]) => html`<li><a href="#${id}" @click=${(e: Event) => go(e, id)}>${text}</a></li>`)}</ul>` : nothing}
  </div>`;
}
