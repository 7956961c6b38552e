import { html, type TemplateResult } from 'lit';
import { getSteps, type FieldConflict } from '@endorsement-kit/sdk/core';
import { entryTitle, samePath, type View } from '../view.js';
import { fromQuestion, fromSpec, type FieldView } from '../fields/field-view.js';
import { displayValue } from '../fields/display-value.js';
import type { Path } from '../sdk-types.js';

/**
 * (In the `flow` part: it names fields by the steps'.)
 * Another tab changed the same answers as this one: each is named with both values, and the
 * person here keeps this tab's or takes the other's. Everything else was merged already.
 */
export function renderConflict(view: View, fields: readonly FieldConflict[], resolve: (choice: 'mine' | 'theirs') => void): TemplateResult {
  return html`<section class="panel notice" role="alert" aria-labelledby="ek-conflict-title">
    <h2 id="ek-conflict-title">${view.t('ui.conflict.heading')}</h2>
    <p>${view.t('ui.conflict.body')}</p>
    <dl>
      ${fields.map((f) => {
        const field = fieldAt(view, f.path);
        return html`<div>
          <dt>${field.label}</dt>
          <dd>${view.t('ui.conflict.this-tab')} ${displayValue(view, field, f.mine)}</dd>
          <dd>${view.t('ui.conflict.other-tab')} ${displayValue(view, field, f.theirs)}</dd>
        </div>`;
      })}
    </dl>
    <button type="button" part="button" @click=${() => resolve('mine')}>${view.t('ui.conflict.mine')}</button>
    <button type="button" class="secondary" part="button" @click=${() => resolve('theirs')}>${view.t('ui.conflict.theirs')}</button>
  </section>`;
}

// The field a path names, with its label ("Email (Reference 2)" for an entry's), from either
// form's steps; a path no step shows (a whole entry) is named by its entry or key.
function fieldAt(view: View, path: Path): FieldView {
  const value = view.get([]) as { category?: string; endorsement?: string } | undefined;
  for (const form of ['registration', 'application'] as const) {
    for (const step of getSteps(view.program, { form, category: value?.category, endorsement: value?.endorsement })) {
      for (const spec of step.fields) if (samePath(spec.path, path)) return fromSpec(view.program, view.locale, spec);
      for (const q of step.questions) if (samePath(['answers', q.id], path)) return fromQuestion(q, view.locale);
      const repeat = step.repeat;
      if (repeat && path[0] === repeat.path && typeof path[1] === 'number') {
        const entry = entryTitle(view, repeat, path[1]);
        const spec = repeat.itemFields.find((s) => samePath(s.path, path.slice(2)));
        const field = spec
          ? fromSpec(view.program, view.locale, spec, path.slice(0, 2))
          : { path, kind: 'text' as const, required: false, label: entry };
        return spec ? { ...field, label: `${field.label} (${entry})` } : field;
      }
    }
  }
  return { path, kind: 'text', required: false, label: path.join(' ') };
}
