import { dateTimeFormat } from './intl-formats.js';

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

// The locales whose long date is written here as `Intl.DateTimeFormat` writes it (a test compares
// every day of several years): the first DateTimeFormat a page builds loads its locale's calendar
// data, about 100 ms of a phone's first render of the renewal form (issue 22, point 4). Other
// English locales order day and month otherwise ('15 March 2021'), so they go to Intl.
const WRITTEN_HERE = /^(?:(en)(?:-US)?|(es)(?:-419|-ES|-MX|-US)?)$/i;

/** The calendar day a `YYYY-MM-DD` names, at midnight UTC; undefined for anything else. */
function parseDay(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
}

/** A calendar day in the locale's long form, by `Intl.DateTimeFormat`. */
function longDayByIntl(date: Date, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * {@link formatDay} by `Intl.DateTimeFormat` alone, for every locale: what a page that formats no
 * day before the reader asks uses, without the month names `formatDay` carries for English and
 * Spanish (the application's first load, whose status lookup shows a review date).
 * @example formatDayByIntl('2021-03-15', 'en-GB') // '15 March 2021'
 */
export function formatDayByIntl(value: string, locale: string): string {
  const date = parseDay(value);
  return date ? longDayByIntl(date, locale) : value;
}

/**
 * A `YYYY-MM-DD` calendar day in a language's long form, read as that day wherever the reader is
 * (no time-zone shift); anything else is returned as it is.
 * @example formatDay('2021-03-15', 'en') // 'March 15, 2021'; formatDay('2021-03-15', 'es') // '15 de marzo de 2021'
 */
export function formatDay(value: string, locale: string): string {
  const date = parseDay(value);
  if (!date) return value;
  const written = WRITTEN_HERE.exec(locale);
  const year = date.getUTCFullYear();
  if (!written || year < 1000 || year > 9999) return longDayByIntl(date, locale);
  const day = date.getUTCDate();
  if (written[1]) return `${MONTHS.en[date.getUTCMonth()]} ${day}, ${year}`;
  return `${day} de ${MONTHS.es[date.getUTCMonth()]} de ${year}`;
}
