import { numberFormat } from '../i18n/intl-formats.js';

/**
 * An amount in minor units as money for a language: `formatFee(1500, 'USD', 'en')` is `$15.00`.
 * @example formatFee(2500, 'USD', 'es') // '25,00 US$'
 */
export function formatFee(amount: number, currency: string, locale: string): string {
  return numberFormat(locale, { style: 'currency', currency }).format(amount / 10 ** currencyDigits(currency, locale));
}

/**
 * How many digits a currency's minor unit has: 2 for cents, 0 for yen. `locale` only picks which
 * (cached) formatter says so, the one `formatFee` uses anyway.
 * @example currencyDigits('USD') // 2
 */
export function currencyDigits(currency: string, locale = 'en'): number {
  return numberFormat(locale, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}
