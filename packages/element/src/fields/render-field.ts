import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fieldId, type View } from '../view.js';
import type { FieldView } from './field-view.js';
import { formatInput, parseInput, saysValue } from './parse-input.js';
import { typedValue } from './typed-value.js';

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/**
 * One field, GOV.UK style: a visible label, then the hint and the error message, both tied to the
 * control with `aria-describedby`. Text goes in as text nodes, never as HTML.
 */
export function renderField(view: View, field: FieldView): TemplateResult {
  const id = fieldId(field.path);
  const issue = view.issueAt(field.path);
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = issue ? `${id}-error` : undefined;
  const value = view.get(field.path);
  // The SDK's labels say "(optional)" themselves where it helps (an address line is optional only as a whole).
  const label = field.label;
  const hint = field.hint ? html`<div class="hint" id=${hintId!}>${field.hint}</div>` : nothing;
  const error = issue
    ? html`<p class="error-message" id=${errorId!}><span class="vh">${view.t('ui.error-prefix')}</span> ${issue.message}</p>`
    : nothing;
  const aria = describedBy(hintId, errorId);
  const onInput = (e: Event) => view.set(field.path, parseInput(field.kind, (e.target as HTMLInputElement).value, view.locale), true);
  const onChange = () => view.committed();
  const cls = `field${issue ? ' invalid' : ''}`;

  switch (field.kind) {
    case 'long-text':
      return html`<div class=${cls} part="field">
        <label for=${id}>${label}</label>${hint}${error}
        <textarea id=${id} rows="5" aria-describedby=${ifDefined(aria)} aria-invalid=${issue ? 'true' : 'false'}
          .value=${live(typeof value === 'string' ? value : '')} @input=${onInput} @change=${onChange}></textarea>
      </div>`;
    case 'choice':
      if ((field.options?.length ?? 0) > 8)
        return html`<div class=${cls} part="field">
          <label for=${id}>${label}</label>${hint}${error}
          <select id=${id} aria-describedby=${ifDefined(aria)} aria-invalid=${issue ? 'true' : 'false'}
            @change=${(e: Event) => {
              onInput(e);
              onChange();
            }}>
            <option value="" ?selected=${value === undefined}>${view.t('ui.choose')}</option>
            ${field.options!.map((o) => html`<option value=${o.value} ?selected=${String(value) === o.value}>${o.label}</option>`)}
          </select>
        </div>`;
      return group(
        view,
        field,
        id,
        label,
        hint,
        error,
        aria,
        issue !== undefined,
        (field.options ?? []).map((o) => ({ ...o, checked: value === o.value, raw: o.value })),
        'radio',
      );
    case 'yes-no':
      return group(
        view,
        field,
        id,
        label,
        hint,
        error,
        aria,
        issue !== undefined,
        [
          { value: 'yes', label: view.t('ui.yes'), checked: value === true, raw: true },
          { value: 'no', label: view.t('ui.no'), checked: value === false, raw: false },
        ],
        'radio',
      );
    case 'multiple-choice': {
      const list = Array.isArray(value) ? (value as unknown[]).map(String) : [];
      return group(
        view,
        field,
        id,
        label,
        hint,
        error,
        aria,
        issue !== undefined,
        (field.options ?? []).map((o) => ({
          ...o,
          checked: list.includes(o.value),
          raw: o.value,
        })),
        'checkbox',
        list,
      );
    }
    case 'checkbox':
      return html`<div class=${cls} part="field">
        ${error}
        <div class="option">
          <input type="checkbox" id=${id} aria-describedby=${ifDefined(aria)} aria-invalid=${issue ? 'true' : 'false'}
            .checked=${live(value === true)} @change=${(e: Event) => {
              view.set(field.path, (e.target as HTMLInputElement).checked ? true : undefined);
              onChange();
            }} />
          <label for=${id}>${label}</label>
        </div>${hint}
      </div>`;
    default: {
      const type = field.kind === 'email' ? 'email' : field.kind === 'tel' ? 'tel' : field.kind === 'date' ? 'date' : 'text';
      const shown =
        value === undefined || value === null ? '' : typeof value === 'number' ? formatInput(value, view.locale) : String(value);
      // A number's text is never rewritten while it still says the stored number ("1,200", "12,").
      const bound = field.kind === 'number' ? typedValue(shown, (typed) => saysValue(field.kind, typed, value, view.locale)) : live(shown);
      return html`<div class=${cls} part="field">
        <label for=${id}>${label}</label>${hint}${error}
        <input id=${id} type=${type} aria-describedby=${ifDefined(aria)} aria-invalid=${issue ? 'true' : 'false'}
          autocomplete=${ifDefined(field.autocomplete)} inputmode=${ifDefined(field.inputMode ?? (field.kind === 'number' ? 'decimal' : undefined))}
          spellcheck=${field.kind === 'email' || field.kind === 'number' ? 'false' : 'true'}
          .value=${bound} @input=${onInput} @change=${onChange} />
      </div>`;
    }
  }
}

interface Choice {
  value: string;
  label: string;
  hint?: string;
  checked: boolean;
  raw: string | boolean;
}

function group(
  view: View,
  field: FieldView,
  id: string,
  label: unknown,
  hint: unknown,
  error: unknown,
  aria: string | undefined,
  invalid: boolean,
  choices: Choice[],
  type: 'radio' | 'checkbox',
  list: string[] = [],
): TemplateResult {
  const pick = (choice: Choice, checked: boolean) => {
    if (type === 'radio') view.set(field.path, choice.raw);
    else view.set(field.path, checked ? [...list, choice.value] : list.filter((v) => v !== choice.value));
    view.committed();
  };
  return html`<div class="field${invalid ? ' invalid' : ''}" part="field">
    <fieldset id=${id} tabindex="-1" aria-describedby=${ifDefined(aria)}>
      <legend>${label}</legend>${hint}${error}
      ${choices.map((choice, i) => {
        // An option's hint is not part of its name: it follows the label and describes the control.
        const hintId = choice.hint ? `${id}-${i}-hint` : undefined;
        return html`<div class="option">
          <input type=${type} id=${`${id}-${i}`} name=${id} value=${choice.value} .checked=${live(choice.checked)}
            aria-describedby=${ifDefined(hintId)} aria-invalid=${invalid ? 'true' : 'false'}
            @change=${(e: Event) => pick(choice, (e.target as HTMLInputElement).checked)} />
          <label for=${`${id}-${i}`}>${choice.label}</label>
          ${choice.hint ? html`<div class="hint option-hint" id=${hintId!}>${choice.hint}</div>` : nothing}
        </div>`;
      })}
    </fieldset>
  </div>`;
}
