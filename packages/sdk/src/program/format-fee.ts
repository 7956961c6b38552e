import { numberFormat } from '../i18n/intl-formats.js';

/**
 * An amount in minor units as money for a language: `formatFee(1500, 'USD', 'en')` is `$15.00`.
 * @example formatFee(2500, 'USD', 'es') // '25,00 US$'
 */
export function formatFee(amount: number, currency: string, locale: string): string {
  const format = numberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** digits);
}
