import { html, nothing, type TemplateResult } from 'lit';
import { isQuestionShown } from '@endorsement-kit/sdk';
import { entryTitle, fieldId, listPath, type View } from '../view.js';
import type { StepSpec } from '../sdk-types.js';
import { fromQuestion, fromSpec, type FieldView } from '../fields/field-view.js';
import { displayValue } from '../fields/display-value.js';

/** "Check your answers": every answer by step, each with a Change link to its field. */
export function renderReview(
  view: View,
  steps: StepSpec[],
  change: (stepIndex: number, targetId: string) => void,
  submit: () => void,
  busy: boolean,
  message: TemplateResult | typeof nothing,
): TemplateResult {
  const answers = (view.get(['answers']) ?? {}) as Record<string, unknown>;
  const row = (stepIndex: number, field: FieldView) => html`<div>
    <dt>${field.label}</dt>
    <dd>${displayValue(view, field, view.get(field.path))}</dd>
    <dd>
      <a href=${`#${fieldId(field.path)}`} @click=${(e: Event) => { e.preventDefault(); change(stepIndex, fieldId(field.path)); }}>
        ${view.t('ui.review.change')}<span class="vh"> ${field.label}</span>
      </a>
    </dd>
  </div>`;
  return html`<section aria-labelledby="ek-step-heading">
    ${message}
    <h2 id="ek-step-heading" tabindex="-1">${view.t('ui.review.heading')}</h2>
    <p>${view.t('ui.review.intro')}</p>
    ${steps.map((step, i) => {
      const entries = step.repeat ? view.get(listPath(step.repeat)) : undefined;
      const list = Array.isArray(entries) ? entries : [];
      return html`<section part="summary" aria-labelledby=${`ek-review-${step.id}`}>
        <h3 id=${`ek-review-${step.id}`}>${view.t(step.titleKey)}</h3>
        <dl class="answers">
          ${step.fields.map((spec) => row(i, fromSpec(view.program, view.locale, spec)))}
          ${step.questions.filter((q) => isQuestionShown(q, answers)).map((q) => row(i, fromQuestion(q, view.locale)))}
        </dl>
        ${step.repeat
          ? list.map((_, n) => {
              const repeat = step.repeat!;
              return html`<h4>${entryTitle(view, repeat, n)}</h4>
                <dl class="answers">${repeat.itemFields.map((spec) => row(i, fromSpec(view.program, view.locale, spec, [...listPath(repeat), n])))}</dl>`;
            })
          : nothing}
        ${step.repeat && list.length === 0 ? html`<p>${view.t('ui.repeat.empty')}</p>` : nothing}
      </section>`;
    })}
    <button type="button" part="button" ?disabled=${busy} @click=${submit}>${view.t('ui.review.submit')}</button>
  </section>`;
}
