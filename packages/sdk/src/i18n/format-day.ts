import { dateTimeFormat } from './intl-formats.js';

/**
 * A `YYYY-MM-DD` calendar day in a language's long form, read as that day wherever the reader is
 * (no time-zone shift); anything else is returned as it is.
 * @example formatDay('2021-03-15', 'en') // 'March 15, 2021'; formatDay('2021-03-15', 'es') // '15 de marzo de 2021'
 */
export function formatDay(value: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
