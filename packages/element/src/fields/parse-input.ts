import { numberFormat, type Locale } from '@endorsement-kit/sdk/core';
import type { FieldView } from './field-view.js';

/**
 * What a typed value is stored as. Empty removes the answer. A number field reads the locale's
 * decimal separator and thousands grouping ("1,200.5" in English, "1.200,5" in Spanish); text that
 * is not (yet) a number is kept as typed, so validation can say so, and no wrong number is stored.
 */
export function parseInput(kind: FieldView['kind'], raw: string, locale: Locale = 'en'): unknown {
  if (kind === 'number') {
    const text = raw.trim();
    if (text === '') return undefined;
    return parseNumber(text, locale) ?? raw;
  }
  return raw === '' ? undefined : raw;
}

/** A stored number as the input shows it: the locale's decimal separator, no grouping ("1234,5"). */
export function formatInput(value: number, locale: Locale): string {
  return numberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 }).format(value);
}

/** Whether the text in an input already says the stored value (so it must not be rewritten). */
export function saysValue(kind: FieldView['kind'], typed: string, value: unknown, locale: Locale): boolean {
  const parsed = parseInput(kind, typed, locale);
  return parsed === value || (parsed === undefined && (value === undefined || value === null));
}

const separatorCache = new Map<string, { group: string; decimal: string }>();

function separators(locale: Locale): { group: string; decimal: string } {
  let found = separatorCache.get(locale);
  if (!found) {
    let parts: Intl.NumberFormatPart[];
    try {
      parts = numberFormat(locale).formatToParts(1234567.5);
    } catch {
      parts = numberFormat('en').formatToParts(1234567.5);
    }
    found = { group: parts.find((p) => p.type === 'group')?.value ?? ',', decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.' };
    separatorCache.set(locale, found);
  }
  return found;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SPACES = '\\s\\u00a0\\u202f';

/**
 * A number typed in the locale's way, or undefined. Also reads the other one of `.` and `,` as
 * the decimal separator when it cannot be grouping ("12.5" in Spanish, "1,5" in English: a phone's
 * keypad may offer only that one), but never a lone separator followed by exactly three digits
 * that is not the locale's grouping, which is ambiguous ("1.200" in French).
 */
export function parseNumber(text: string, locale: Locale): number | undefined {
  const { group, decimal } = separators(locale);
  const g = /^[\s\u00a0\u202f]$/.test(group) ? `[${SPACES}]` : escape(group);
  const sign = '([-\\u2212]?)';
  const strict = new RegExp(`^${sign}(\\d+|\\d{1,3}(?:${g}\\d{3})+)(?:${escape(decimal)}(\\d+))?$`).exec(text);
  if (strict) return toNumber(strict[1]!, strict[2]!.replace(new RegExp(g, 'g'), ''), strict[3]);
  const other = decimal === ',' ? '.' : decimal === '.' ? ',' : undefined;
  if (!other) return undefined;
  const loose = new RegExp(`^${sign}(\\d+)${escape(other)}(\\d+)$`).exec(text);
  if (loose && loose[3]!.length !== 3) return toNumber(loose[1]!, loose[2]!, loose[3]);
  return undefined;
}

function toNumber(sign: string, whole: string, fraction: string | undefined): number | undefined {
  const n = Number(`${sign ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(n) ? n : undefined;
}
