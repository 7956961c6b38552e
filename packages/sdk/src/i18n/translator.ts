import { baseLocale, type Locale } from './localized-text.js';
import { registeredMessage } from './registered-messages.js';
import { numberFormat } from './intl-formats.js';

/**
 * Values put into a message's `{placeholders}`. Numbers are formatted for the locale.
 * @example translate(program, 'en', 'requirement.training-hours.missing', { missing: 3 } satisfies MessageParams)
 */
export type MessageParams = Readonly<Record<string, string | number>>;

type Catalog = Readonly<Record<string, string>>;
// A program's own text (`Program['text']`), said without importing the programs, which sit above.
type ProgramText = { readonly text: Readonly<Record<Locale, Readonly<Record<string, string>>>> } | undefined;

/** Translates with one set of catalogs (by base locale). */
export interface Translator {
  (program: ProgramText, locale: Locale, key: string, params?: MessageParams): string;
  /** Whether the program, these catalogs or a registered locale have the key in this locale (no English fallback). */
  has(program: ProgramText, locale: Locale, key: string): boolean;
}

/**
 * A translator over some catalogs: the program's text first, then these catalogs, then messages
 * registered at run time, then English; a missing key returns the key itself, so a gap is visible.
 * Each part of the SDK makes its own over only its own messages, so an app that validates does not
 * also carry the element's words.
 */
export function createTranslator(catalogs: Readonly<Record<string, Catalog | undefined>>): Translator {
  const find = (program: ProgramText, locale: Locale, key: string): string | undefined => {
    const base = baseLocale(locale);
    return program?.text[locale]?.[key] ?? program?.text[base]?.[key] ?? catalogs[base]?.[key] ?? registeredMessage(base, key);
  };
  const translate = (program: ProgramText, locale: Locale, key: string, params?: MessageParams): string => {
    const template = find(program, locale, key) ?? find(program, 'en', key) ?? key;
    return params ? interpolate(template, locale, params) : template;
  };
  return Object.assign(translate, { has: (program: ProgramText, locale: Locale, key: string) => find(program, locale, key) !== undefined });
}

// The languages whose whole integers below 1,000 read as their plain digits (what
// `Intl.NumberFormat` writes for them too): the kit's English and Spanish.
const PLAIN_SMALL_INTEGERS = /^(en|es)(-|$)/i;

function formatNumber(value: number, locale: Locale): string {
  // No NumberFormat for "3 hours": the first one a page builds loads the locale's number data, most
  // of the rater's first render on a phone (issue 22, point 4).
  if (Number.isInteger(value) && Math.abs(value) < 1000 && PLAIN_SMALL_INTEGERS.test(locale)) return String(value);
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

function interpolate(template: string, locale: Locale, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}
