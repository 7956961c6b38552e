import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { entryTitle, listPath, type View } from '../view.js';
import type { StepSpec } from '../sdk-types.js';
import { fromSpec } from '../fields/field-view.js';
import { renderField } from '../fields/render-field.js';

type Repeat = NonNullable<StepSpec['repeat']>;

/** What the list needs besides the view: add, remove with undo. */
export interface RepeatActions {
  add(repeat: Repeat): void;
  remove(repeat: Repeat, index: number, title: string): void;
  undo(): void;
  /** The last removal on this list, for its Undo button. */
  removed: { title: string; path: readonly (string | number)[] } | undefined;
}

/** A list of entries (jobs, trainings, RSC, references): each a fieldset with its fields and Remove. */
export function renderRepeatList(view: View, repeat: Repeat, actions: RepeatActions): TemplateResult {
  const path = listPath(repeat);
  const value = view.get(path);
  const entries = Array.isArray(value) ? value : [];
  const itemTitle = (i: number) => entryTitle(view, repeat, i);
  const removed = actions.removed && actions.removed.path.join('.') === path.join('.') ? actions.removed : undefined;
  return html`
    ${
      removed
        ? html`<div class="panel notice" role="status">
          <p>${view.t('ui.repeat.removed', { item: removed.title })}</p>
          <button type="button" class="secondary" part="button" @click=${() => actions.undo()}>${view.t('ui.repeat.undo')}</button>
        </div>`
        : nothing
    }
    ${entries.length === 0 ? html`<p>${view.t('ui.repeat.empty')}</p>` : nothing}
    ${entries.map((entry: unknown, i) =>
      // Typing in one entry changes only that entry's object: the others are not rendered again
      // (nor their titles translated), so a key costs the same with 200 entries as with 2.
      guard(
        [entry, i, repeat.itemTitleKey, view.locale, view.program, view.fileVersion, ...(view.issuesWithin?.([...path, i]) ?? [view])],
        () => {
          const title = itemTitle(i);
          return html`<fieldset class="entry" part="entry">
          <legend><h3>${title}</h3></legend>
          ${repeat.itemFields.map((spec) => {
            const field = fromSpec(view.program, view.locale, spec, [...path, i]);
            return field.kind === 'file' ? view.file?.(field) : renderField(view, field);
          })}
          <button type="button" class="secondary" part="button" @click=${() => actions.remove(repeat, i, title)}>
            ${view.t('ui.repeat.remove')}<span class="vh"> ${title}</span>
          </button>
        </fieldset>`;
        },
      ),
    )}
    <button type="button" class="secondary" part="button" @click=${() => actions.add(repeat)}>${view.t(repeat.addKey)}</button>
  `;
}
