import type { View } from '../view.js';
import type { FieldView } from './field-view.js';
import { formatDay, formatNumber } from '../i18n/format.js';

/**
 * An answer as the review page shows it: option labels, Yes/No (an unticked box is No), dates and
 * numbers for the locale, and what an empty answer means when the field says so.
 */
export function displayValue(view: View, field: FieldView, value: unknown): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
    // A box left unticked is an answer ("No"); an end date left empty may mean "Current".
    return field.kind === 'checkbox' ? view.t('ui.no') : (field.emptyText ?? view.t('ui.review.empty'));
  const label = (v: unknown) => field.options?.find((o) => o.value === String(v))?.label ?? String(v);
  switch (field.kind) {
    case 'yes-no':
    case 'checkbox':
      return value === true ? view.t('ui.yes') : value === false ? view.t('ui.no') : String(value);
    case 'choice':
      return label(value);
    case 'multiple-choice':
      return Array.isArray(value) ? value.map(label).join(', ') : label(value);
    case 'date':
      return typeof value === 'string' ? formatDay(value, view.locale) : String(value);
    case 'number':
      return typeof value === 'number' ? formatNumber(value, view.locale) : String(value);
    default:
      return String(value);
  }
}
