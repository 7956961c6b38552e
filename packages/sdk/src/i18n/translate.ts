import type { Program } from '../program/program.js';
import { baseLocale, type Locale } from './localized-text.js';
import { CATALOGS } from './catalogs.js';

/**
 * Values put into a message's `{placeholders}`. Numbers are formatted for the locale.
 * @example translate(program, 'en', 'requirement.training-hours.missing', { missing: 3 } satisfies MessageParams)
 */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * The text for a message key in a locale: the program's override first, then the SDK's catalog for
 * the locale, then English. A missing key returns the key itself, so a gap is visible, never blank.
 * @example translate(programs.first5Alabama, 'es', 'requirement.rsc-hours.missing', { missing: 18, window: 24 })
 */
export function translate(program: Pick<Program, 'text'> | undefined, locale: Locale, key: string, params?: MessageParams): string {
  const base = baseLocale(locale);
  const template =
    program?.text[locale]?.[key] ??
    program?.text[base]?.[key] ??
    CATALOGS[base]?.[key] ??
    program?.text['en']?.[key] ??
    CATALOGS['en']?.[key] ??
    key;
  return params ? interpolate(template, locale, params) : template;
}

/**
 * Whether the SDK or the program has text for a key in a locale (no English fallback).
 * @example hasMessage(programs.alliance, 'fr', 'requirement.exam.later') // false: French would fall back to English
 */
export function hasMessage(program: Pick<Program, 'text'> | undefined, locale: Locale, key: string): boolean {
  const base = baseLocale(locale);
  return program?.text[locale]?.[key] !== undefined || program?.text[base]?.[key] !== undefined || CATALOGS[base]?.[key] !== undefined;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatNumber(value: number, locale: Locale): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    formatters.set(locale, formatter);
  }
  return formatter.format(value);
}

function interpolate(template: string, locale: Locale, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}
