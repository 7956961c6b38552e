import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { isQuestionShown, type Program, type Question } from '@endorsement-kit/sdk/core';
import type { View } from '../view.js';
import type { FieldSpec, StepSpec } from '../sdk-types.js';
import { fromQuestion, fromSpec, type FieldView } from '../fields/field-view.js';
import { renderField } from '../fields/render-field.js';
import { fieldRuns } from '../fields/field-groups.js';
import { renderErrorSummary, type SummaryItem } from '../fields/error-summary.js';
import { renderRepeatList, type RepeatActions } from './repeat-list.js';
import { renderRunningTotals } from './running-totals.js';
import { renderCategoryFees } from '../fees/category-fees.js';

/** What a step page needs besides its spec. */
export interface StepPage {
  step: StepSpec;
  index: number;
  total: number;
  /** Problems to list at the top (set when the applicant tried to go on). */
  summary: SummaryItem[];
  repeat: RepeatActions;
  focus(id: string): void;
  back: (() => void) | undefined;
  next: { label: string; run(): void };
  busy: boolean;
  /**
   * The form's name ("Endorsement Application"), shown as the heading's caption inside it, as
   * GOV.UK's captions are, so a screen reader's list of headings names the form too.
   */
  formTitle?: string;
}

// A field's text worked out once per program and language: the element keeps a step's specs (and
// a program its questions) between renders, so the same spec gives the same field view.
const fieldViews = new WeakMap<FieldSpec | Question, { program: Program; locale: string; field: FieldView }>();
function fieldView(view: View, spec: FieldSpec | Question, make: () => FieldView): FieldView {
  const made = fieldViews.get(spec);
  if (made && made.program === view.program && made.locale === view.locale) return made.field;
  const field = make();
  fieldViews.set(spec, { program: view.program, locale: view.locale, field });
  return field;
}

/**
 * A field rendered again only when its value, its text or the issues on it changed, as a
 * long list's entries are: a key typed in one field does not render the step's other fields.
 */
function renderStepField(view: View, field: FieldView): unknown {
  return guard([field, view.get(field.path), view.fileVersion, ...(view.issuesWithin?.(field.path) ?? [view])], () =>
    field.kind === 'file' ? view.file?.(field) : renderField(view, field),
  );
}

/** One step of a form: heading, intro, error summary, fields, entries, totals, then Back / Continue. */
export function renderStep(view: View, page: StepPage): TemplateResult {
  const { step } = page;
  const answers = (view.get(['answers']) ?? {}) as Record<string, unknown>;
  return html`<section aria-labelledby="ek-step-heading">
    ${page.summary.length ? renderErrorSummary(view, page.summary, page.focus) : nothing}
    <p class="caption">${view.t('ui.step.position', { n: page.index + 1, total: page.total })}</p>
    <h2 id="ek-step-heading" tabindex="-1">${page.formTitle ? html`<span class="form-title">${page.formTitle}</span> <span class="step-title">${view.t(step.titleKey)}</span>` : view.t(step.titleKey)}</h2>
    ${step.introKey ? html`<p class="intro">${view.t(step.introKey)}</p>` : nothing}
    <form novalidate @submit=${(e: Event) => {
      e.preventDefault();
      page.next.run();
    }}>
      ${fieldRuns(step.fields).map(({ group, fields }) => {
        const rendered = fields.map((spec) =>
          renderStepField(
            view,
            fieldView(view, spec, () => fromSpec(view.program, view.locale, spec)),
          ),
        );
        // Fields that belong together (one document's signature) in a fieldset named by its legend.
        return group
          ? html`<fieldset class="group">
              <legend><h3>${view.t(group.legendKey)}</h3></legend>
              ${
                group.href
                  ? html`<p><a href=${group.href} target="_blank" rel="noopener noreferrer">${view.t('ui.document.read', { document: view.t(group.legendKey) })}</a></p>`
                  : nothing
              }
              ${rendered}
            </fieldset>`
          : rendered;
      })}
      ${step.repeat ? renderRepeatList(view, step.repeat, page.repeat) : nothing}
      ${renderRunningTotals(view, step.id)}
      ${step.id === 'category' ? renderCategoryFees(view, view.get(['category'])) : nothing}
      ${step.questions
        .filter((q) => isQuestionShown(q, answers))
        .map((q) =>
          renderStepField(
            view,
            fieldView(view, q, () => fromQuestion(q, view.locale)),
          ),
        )}
      <div class="actions">
        ${page.back ? html`<button type="button" class="secondary" part="button" @click=${page.back}>${view.t('ui.back')}</button>` : nothing}
        <button type="submit" part="button" aria-disabled=${page.busy ? 'true' : nothing}>${page.next.label}</button>
      </div>
    </form>
  </section>`;
}
