import { dateTimeFormat, numberFormat, type Locale } from '@endorsement-kit/sdk/core';

/** A time of day such as "10:32" or "10:32 AM", for "Saved 10:32". */
export function formatTime(value: number | string | Date, locale: Locale): string {
  return dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(new Date(value));
}

/** A date-time such as "26 Nov 2026, 10:32". */
export function formatDateTime(value: number | string | Date, locale: Locale): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * A `YYYY-MM-DD` date such as "March 15, 2021", read as a calendar day (the SDK's rule). By Intl:
 * the application formats days only after a lookup, and its first load carries no month names.
 */
export { formatDayByIntl as formatDay } from '@endorsement-kit/sdk/core';

/** A number for the locale ("1,234.5" / "1.234,5"). */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}
