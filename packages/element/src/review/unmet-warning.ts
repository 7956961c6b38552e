import { html, nothing, type TemplateResult } from 'lit';
import { evaluateRequirements } from '@endorsement-kit/sdk/core';
import type { View } from '../view.js';
import type { Requirements } from '../sdk-types.js';
import { countMet } from '../tracker/requirement-tracker.js';

/**
 * GOV.UK's warning text above Submit when the chosen category's requirements are not all met
 * (the SDK's `evaluateRequirements`, or what the tracker shows; the exam, met after review, does not count). It does not block
 * submitting: the association may still accept the application, or ask for what is missing.
 */
export function renderUnmetWarning(view: View, requirements?: Requirements): TemplateResult | typeof nothing {
  if (!view.get(['category'])) return nothing;
  const result = requirements ?? evaluateRequirements(view.program, view.get([]), { locale: view.locale });
  const { met, total } = countMet(result);
  const count = total - met;
  if (count === 0) return nothing;
  const one = new Intl.PluralRules(view.locale).select(count) === 'one';
  return html`<div class="warning-text" id="ek-review-unmet">
    <span class="warning-text-icon" aria-hidden="true">!</span>
    <strong><span class="vh">${view.t('ui.warning')}: </span>${view.t(one ? 'ui.review.unmet.one' : 'ui.review.unmet', { count })}</strong>
  </div>`;
}
