import type { TemplateResult } from 'lit';
import type { View } from '../view.js';
import { summaryMarkup, type SummaryItem } from './summary-markup.js';

export type { SummaryItem } from './summary-markup.js';

/** The step's error summary, in the view's language (see `summaryMarkup`). */
export function renderErrorSummary(view: View, items: SummaryItem[], focus: (id: string) => void): TemplateResult {
  return summaryMarkup({ id: 'ek-error-summary', title: view.t('ui.errors.title'), items, focus });
}
