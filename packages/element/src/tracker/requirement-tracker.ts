import { html, type TemplateResult } from 'lit';
import { localize } from '@endorsement-kit/sdk/core';
import type { View } from '../view.js';
import type { Requirements } from '../sdk-types.js';

/** Met and total, counting only what can be met before review (the exam is met `later`). */
export function countMet(result: Requirements): { met: number; total: number } {
  const now = result.requirements.filter((r) => !r.later);
  return { met: now.filter((r) => r.met).length, total: now.length };
}

/**
 * Beside the steps: the chosen category's requirements from `evaluateRequirements`, each met or
 * what is still missing (the SDK's `detail`). A `<details>` so it folds away on narrow screens.
 */
export function renderTracker(view: View, result: Requirements | undefined, open: boolean): TemplateResult {
  if (!result || !result.category)
    return html`<aside class="tracker" part="tracker" aria-labelledby="ek-tracker-title">
      <h2 id="ek-tracker-title" class="h3">${view.t('ui.tracker.heading')}</h2>
      <p>${view.t('ui.tracker.none')}</p>
    </aside>`;
  const { met, total } = countMet(result);
  const category = view.program.categories[result.category];
  return html`<aside class="tracker" part="tracker" aria-labelledby="ek-tracker-title">
    <details ?open=${open}>
      <summary><span id="ek-tracker-title">${view.t('ui.tracker.heading')}</span>: ${view.t('ui.tracker.summary', { met, total })}</summary>
      <p>${view.t('ui.tracker.for', { category: category ? localize(category.label, view.locale) : result.category })}</p>
      <ul>
        ${result.requirements.map(
          (r) => html`<li class=${r.later ? 'later' : r.met ? 'met' : 'missing'}>
            <strong>${r.later ? view.t('ui.tracker.later') : r.met ? view.t('ui.tracker.met') : view.t('ui.tracker.missing')}:</strong>
            ${r.detail}
          </li>`,
        )}
      </ul>
    </details>
  </aside>`;
}
