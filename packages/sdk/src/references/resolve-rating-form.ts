import type { Code } from '../codes/codes.js';
import { localize } from '../i18n/localized-text.js';
import { today, valueAsOf, type IsoDate } from '../program/dated.js';
import type { Program } from '../program/program.js';
import { referenceSettings } from './reference-settings-of.js';
import type { RatingForm } from '../schema/rating-form.js';
import { PLACEHOLDER_RATING_FORM } from './reference-defaults.js';

/**
 * Options of `resolveRatingForm`.
 * @example const options: RatingFormOptions = { asOf: '2026-03-01', locale: 'es' };
 */
export interface RatingFormOptions {
  /** The day whose form and thresholds apply. @default today */
  asOf?: IsoDate;
  /** The language of labels and items. @default the program's default locale */
  locale?: string;
}

/**
 * The program's rating form for one category, day and language: what the rater page shows.
 * @example resolveRatingForm(programs.alliance, 'IFS', { locale: 'es' }).domains[0].label // 'Reflexión'
 */
export function resolveRatingForm(program: Program, code: Code, options: RatingFormOptions = {}): RatingForm {
  const asOf = options.asOf ?? today();
  const locale = options.locale ?? program.defaultLocale;
  const settings = referenceSettings(program);
  const form = valueAsOf(settings.form ?? PLACEHOLDER_RATING_FORM, asOf);
  const say = (text: Parameters<typeof localize>[0]) => localize(text, locale);
  return {
    placeholder: form.placeholder,
    domains: form.domains.map((domain) => ({
      id: domain.id,
      label: say(domain.label),
      ...(domain.hint === undefined ? {} : { hint: say(domain.hint) }),
      items: domain.items.map((item) => ({ id: item.id, text: say(item.text) })),
    })),
    scale: form.scale.map((option) => ({ value: option.value, label: say(option.label) })),
    notEnoughInformation: say(form.notEnoughInformation),
    recommendations: form.recommendations.map((option) => ({ value: option.value, label: say(option.label), flagged: option.flagged })),
    invalidAtNotEnoughInformation: valueAsOf(settings.invalidAtNotEnoughInformation, asOf),
    minKnownMonths: valueAsOf(settings.minKnownMonths, asOf),
    asksRscProvider: settings.asksRscProvider.includes(code),
  };
}
