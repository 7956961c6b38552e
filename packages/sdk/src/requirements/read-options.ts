import { today } from '../program/dated.js';
import { parseDay, type Day } from './calendar.js';
import type { EvaluateOptions } from './requirement.js';
import type { RatingsCheck } from './requirement.js';

/** Options with their defaults applied. */
export interface Settings {
  asOf: string;
  asOfDay: Day;
  locale: string;
  ratings: RatingsCheck | undefined;
}

/**
 * Applies the defaults and checks the options, which come from the developer, not the applicant:
 * a bad one is a bug to fail on early.
 * @throws {TypeError} naming the option.
 */
export function readOptions(options: EvaluateOptions | undefined): Settings {
  const asOf = options?.asOf ?? today();
  const asOfDay = parseDay(asOf);
  if (asOfDay === null) throw new TypeError(`\`asOf\` must be a date YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
  const locale = options?.locale ?? 'en';
  try {
    Intl.getCanonicalLocales(locale);
  } catch (cause) {
    throw new TypeError(`\`locale\` must be a language tag such as 'en' or 'es-MX', got ${JSON.stringify(locale)}`, { cause });
  }
  const ratings = options?.ratings;
  if (ratings !== undefined && !Array.isArray(ratings?.summaries)) throw new TypeError('`ratings`: use rateReferences()');
  return { asOf, asOfDay, locale, ratings };
}
