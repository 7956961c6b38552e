// Making an Intl formatter costs far more than using one: the first a page makes loads its
// locale's data, tens of milliseconds on a phone, and each later one a few more. A form formats the
// same dates and amounts on every render (the renewal checklist on every pause in typing), so each
// locale and set of options gets one, made on first use and kept (issue 22, point 4).
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

const keyOf = (locale: string, options: object) => `${locale} ${JSON.stringify(options)}`;

/**
 * The `Intl.NumberFormat` of a locale and options, the same object on every call. A bad locale or
 * option throws the RangeError `new Intl.NumberFormat` throws, every time.
 * @example numberFormat('es', { style: 'currency', currency: 'USD' }).format(25) // '25,00 US$'
 */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = keyOf(locale, options);
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/**
 * The `Intl.DateTimeFormat` of a locale and options, the same object on every call.
 * @example dateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2026-03-10T00:00:00Z')) // 'March 10, 2026'
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = keyOf(locale, options);
  let format = dateTimeFormats.get(key);
  if (!format) dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}
