import type { MessageParams } from '../i18n/translator.js';
import { translateRequirement } from './requirement-messages.js';
import type { Locale } from '../i18n/localized-text.js';
import type { Program } from '../program/program.js';

/**
 * Writes requirement details in one locale. `count` picks the singular message (`key.one`) where
 * the locale's plural rules call the number "one" and such a message exists.
 */
export interface Say {
  (key: string, params?: MessageParams, count?: number): string;
  readonly locale: Locale;
  /** A list joined the locale's way: "A, B or C". */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

const pluralRules = new Map<string, Intl.PluralRules>();

function isOne(locale: Locale, count: number): boolean {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count) === 'one';
}

/** A `Say` for a program and locale. */
export function sayer(program: Program, locale: Locale): Say {
  const say = (key: string, params?: MessageParams, count?: number): string => {
    const singular = `${key}.one`;
    const useSingular =
      count !== undefined &&
      isOne(locale, count) &&
      (translateRequirement.has(program, locale, singular) || translateRequirement.has(program, 'en', singular));
    return translateRequirement(program, locale, useSingular ? singular : key, params);
  };
  const list = (items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction') =>
    new Intl.ListFormat(locale, { style: 'long', type }).format(items);
  return Object.assign(say, { locale, list });
}

/**
 * Years as shown in a sentence, to 1 decimal. What is missing is rounded up (never "0 more", never
 * less than is missing), except by less than 0.005 of a year (under 2 days): a year and a day
 * missing reads "1 more year", not "1.1".
 */
export function displayYears(years: number, missing = false): number {
  return (missing ? Math.max(1, Math.ceil(years * 10 - 0.05)) : Math.round(years * 10)) / 10;
}
