import { renewalEn } from '../i18n/en/renewal.js';
import { renewalEs } from '../i18n/es/renewal.js';
import type { Locale } from '../i18n/localized-text.js';
import { createTranslator, type MessageParams } from '../i18n/translator.js';
import type { Program } from '../program/program.js';

/** The words of renewal checks: evaluating a renewal carries these and no others. */
export const translateRenewal = /* @__PURE__ */ createTranslator({ en: renewalEn, es: renewalEs });

/**
 * A renewal message, singular (`key.one`) where the locale's plural rules call `count` "one" and
 * such a message exists: "1 more hour", not "1 more hours".
 */
export function sayRenewal(program: Program, locale: Locale, key: string, params?: MessageParams, count?: number): string {
  const singular = `${key}.one`;
  const one =
    count !== undefined &&
    new Intl.PluralRules(locale).select(count) === 'one' &&
    (translateRenewal.has(program, locale, singular) || translateRenewal.has(program, 'en', singular));
  return translateRenewal(program, locale, one ? singular : key, params);
}
