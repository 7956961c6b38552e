import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { answerId, type RatingView } from './rating-view.js';

/** The parts every control of the rating form shares: its id, label, hint and error. */
interface Control {
  path: readonly (string | number)[];
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

const describedBy = (...ids: (string | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

function parts(view: RatingView, c: Control) {
  const id = answerId(c.path);
  const hintId = c.hint ? `${id}-hint` : undefined;
  const errorId = c.error ? `${id}-error` : undefined;
  return {
    id,
    cls: `field${c.error ? ' invalid' : ''}`,
    aria: describedBy(hintId, errorId),
    hint: c.hint ? html`<div class="hint" id=${hintId!}>${c.hint}</div>` : nothing,
    error: c.error
      ? html`<p class="error-message" id=${errorId!}><span class="vh">${view.t('rating.errors.prefix')}</span> ${c.error}</p>`
      : nothing,
  };
}

/** A text box, a number box or a text area, GOV.UK style. What is typed goes in as text, never HTML. */
export function textControl(
  view: RatingView,
  c: Control & { value: string; kind?: 'text' | 'number' | 'long-text' | 'tel'; autocomplete?: string },
  onInput: (value: string) => void,
): TemplateResult {
  const { id, cls, aria, hint, error } = parts(view, c);
  const input = (e: Event) => onInput((e.target as HTMLInputElement).value);
  const control =
    c.kind === 'long-text'
      ? html`<textarea id=${id} rows="4" aria-describedby=${ifDefined(aria)} aria-invalid=${c.error ? 'true' : 'false'}
          .value=${live(c.value)} @input=${input}></textarea>`
      : html`<input id=${id} type=${c.kind === 'tel' ? 'tel' : 'text'} aria-describedby=${ifDefined(aria)}
          aria-invalid=${c.error ? 'true' : 'false'} autocomplete=${ifDefined(c.autocomplete)}
          inputmode=${ifDefined(c.kind === 'number' ? 'numeric' : undefined)} spellcheck=${c.kind === 'number' ? 'false' : 'true'}
          .value=${live(c.value)} @input=${input} />`;
  return html`<div class=${cls} part="field"><label for=${id}>${c.label}</label>${hint}${error}${control}</div>`;
}

/** A choice of one as radio buttons in a fieldset whose legend asks the question. */
export function radioControl<T extends string | number | boolean>(
  view: RatingView,
  c: Control & { value: T | undefined; options: readonly { value: T; label: string }[]; small?: boolean },
  onPick: (value: T) => void,
): TemplateResult {
  const { id, cls, aria, hint, error } = parts(view, c);
  return html`<div class=${cls} part="field">
    <fieldset id=${id} tabindex="-1" aria-describedby=${ifDefined(aria)}>
      <legend class=${c.small ? 'item' : ''}>${c.label}</legend>${hint}${error}
      ${c.options.map(
        (o, i) => html`<div class="option">
          <input type="radio" id=${`${id}-${i}`} name=${id} .checked=${live(c.value === o.value)}
            aria-invalid=${c.error ? 'true' : 'false'} @change=${() => onPick(o.value)} />
          <label for=${`${id}-${i}`}>${o.label}</label>
        </div>`,
      )}
    </fieldset>
  </div>`;
}

/** A choice of one from a long list, as a select. */
export function selectControl(
  view: RatingView,
  c: Control & { value: string | undefined; options: readonly { value: string; label: string }[] },
  onPick: (value: string | undefined) => void,
): TemplateResult {
  const { id, cls, aria, hint, error } = parts(view, c);
  return html`<div class=${cls} part="field">
    <label for=${id}>${c.label}</label>${hint}${error}
    <select id=${id} aria-describedby=${ifDefined(aria)} aria-invalid=${c.error ? 'true' : 'false'}
      @change=${(e: Event) => onPick((e.target as HTMLSelectElement).value || undefined)}>
      <option value="" ?selected=${c.value === undefined}>${view.t('rating.choose')}</option>
      ${c.options.map((o) => html`<option value=${o.value} ?selected=${c.value === o.value}>${o.label}</option>`)}
    </select>
  </div>`;
}
