import { html, nothing, type TemplateResult } from 'lit';
import { getSteps, isQuestionShown } from '@endorsement-kit/sdk/core';
import { entryTitle, fieldId, listPath, type View } from '../view.js';
import type { Requirements, StepSpec } from '../sdk-types.js';
import { fromQuestion, fromSpec, type FieldView } from '../fields/field-view.js';
import { displayValue } from '../fields/display-value.js';
import { fieldRuns } from '../fields/field-groups.js';
import { renderUnmetWarning } from './unmet-warning.js';
import { renderApplicationFees } from '../fees/category-fees.js';

/** What "Check your answers" may offer besides changing the application's answers. */
export interface ReviewOptions {
  /**
   * Goes to the registration step that sets the endorsement and category, focusing the field with
   * this id. Without it (the registration is sent, so they are fixed) they are shown without a
   * Change link.
   */
  changeCategory?: (targetId: string) => void;
  /** The requirements the tracker shows (with the reference ratings); else the draft's own are worked out. */
  requirements?: Requirements | undefined;
}

type Go = ((targetId: string) => void) | undefined;

/**
 * "Check your answers": what is applied for, then every answer by step, each with a Change link to
 * its field, a warning when requirements are still missing, and Submit. Each Change link says
 * which answer it changes, and in which entry or group ("Change Start date (Job 2)").
 */
export function renderReview(
  view: View,
  steps: StepSpec[],
  change: (stepIndex: number, targetId: string) => void,
  submit: () => void,
  busy: boolean,
  message: TemplateResult | typeof nothing,
  options: ReviewOptions = {},
): TemplateResult {
  const answers = (view.get(['answers']) ?? {}) as Record<string, unknown>;
  const row = (field: FieldView, go: Go, context?: string) => {
    const id = fieldId(field.path);
    // The entry or group the answer is in, unless the label names it already ("… the Code of Ethics").
    const name = context && !field.label.includes(context) ? `${field.label} (${context})` : field.label;
    // No whitespace around the link's words: its text is exactly "Change Start date (Job 2)".
    return html`<div>
      <dt>${field.label}</dt>
      <dd>${field.kind === 'file' && view.get(field.path) ? view.t('form.file.attached') : displayValue(view, field, view.get(field.path))}</dd>
      ${
        go
          ? html`<dd><a href=${`#${id}`} @click=${(e: Event) => {
              e.preventDefault();
              go(id);
            }}>${view.t('ui.review.change')}<span class="vh"> ${name}</span></a></dd>`
          : nothing
      }
    </div>`;
  };
  return html`<section aria-labelledby="ek-step-heading">
    ${message}
    <h2 id="ek-step-heading" tabindex="-1">${view.t('ui.review.heading')}</h2>
    <p>${view.t('ui.review.intro')}</p>
    ${renderApplyingFor(view, row, options.changeCategory)}
    ${steps.map((step, i) => {
      const go: Go = (target) => change(i, target);
      const entries = step.repeat ? view.get(listPath(step.repeat)) : undefined;
      const list = Array.isArray(entries) ? entries : [];
      const questions = step.questions.filter((q) => isQuestionShown(q, answers));
      return html`<section part="summary" aria-labelledby=${`ek-review-${step.id}`}>
        <h3 id=${`ek-review-${step.id}`}>${view.t(step.titleKey)}</h3>
        ${fieldRuns(step.fields).map(({ group, fields }) => {
          const legend = group ? view.t(group.legendKey) : undefined;
          const rows = html`<dl class="answers">${fields.map((spec) => row(fromSpec(view.program, view.locale, spec), go, legend))}</dl>`;
          return legend ? html`<h4>${legend}</h4>${rows}` : rows;
        })}
        ${questions.length ? html`<dl class="answers">${questions.map((q) => row(fromQuestion(q, view.locale), go))}</dl>` : nothing}
        ${
          step.repeat
            ? list.map((_, n) => {
                const repeat = step.repeat!;
                const title = entryTitle(view, repeat, n);
                return html`<h4>${title}</h4>
                <dl class="answers">${repeat.itemFields.map((spec) => row(fromSpec(view.program, view.locale, spec, [...listPath(repeat), n]), go, title))}</dl>`;
              })
            : nothing
        }
        ${step.repeat && list.length === 0 ? html`<p>${view.t('ui.repeat.empty')}</p>` : nothing}
      </section>`;
    })}
    ${renderUnmetWarning(view, options.requirements)}
    ${renderApplicationFees(view)}
    <button type="button" part="button" aria-disabled=${busy ? 'true' : nothing} @click=${submit}>${view.t('ui.review.submit')}</button>
  </section>`;
}

/**
 * The endorsement and category applied for, by their labels, as the registration's step sets them
 * (its fields and options are the SDK's), with Change links only when that step can be changed.
 */
function renderApplyingFor(view: View, row: (field: FieldView, go: Go) => TemplateResult, change: Go): TemplateResult | typeof nothing {
  const category = view.get(['category']);
  const endorsement = view.get(['endorsement']);
  const step = getSteps(view.program, {
    form: 'registration',
    category: typeof category === 'string' ? category : undefined,
    endorsement: typeof endorsement === 'string' ? endorsement : undefined,
  }).find((s) => s.id === 'category');
  if (!step || (category === undefined && endorsement === undefined)) return nothing;
  return html`<section part="summary" aria-labelledby="ek-review-applying">
    <h3 id="ek-review-applying">${view.t(step.titleKey)}</h3>
    <dl class="answers">${step.fields.map((spec) => row(fromSpec(view.program, view.locale, spec), change))}</dl>
  </section>`;
}
