// formatDay: a calendar day in a language's long form. English and Spanish are written without an
// Intl.DateTimeFormat (the first a page builds costs a phone about 100 ms of the renewal form's first
// render, issue 22 point 4), and must read exactly as Intl writes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDay, formatDayByIntl } from '@endorsement-kit/sdk/core';

// First: formatters are kept once made, and the test below makes them for every locale it reads.
test('formatDay builds no Intl.DateTimeFormat for English or Spanish, and one for other languages', () => {
  const original = Intl.DateTimeFormat;
  let built = 0;
  Intl.DateTimeFormat = new Proxy(original, {
    construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      built += 1;
      return new target(...args);
    },
  });
  try {
    formatDay('2026-12-31', 'en');
    formatDay('2026-12-31', 'es-MX');
    assert.equal(built, 0);
    formatDay('2026-12-31', 'de');
    assert.equal(built, 1);
  } finally {
    Intl.DateTimeFormat = original;
  }
});

test('formatDay writes the long dates of English and Spanish as Intl.DateTimeFormat does', () => {
  const locales = ['en', 'en-US', 'EN-us', 'es', 'es-419', 'es-ES', 'es-MX', 'es-US'];
  for (const locale of locales) {
    const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    // Every day of 2019 to 2032 (leap years among them), and the edges of the years written here.
    const days: Date[] = [];
    for (let t = Date.UTC(2019, 0, 1); t <= Date.UTC(2032, 11, 31); t += 86_400_000) days.push(new Date(t));
    days.push(new Date(Date.UTC(1000, 0, 1)), new Date(Date.UTC(9999, 11, 31)));
    for (const date of days) {
      const iso = date.toISOString().slice(0, 10);
      assert.equal(formatDay(iso, locale), intl.format(date), `${locale} ${iso}`);
    }
  }
  // A day past the month's end rolls over as Date.UTC does; years below 1000 and other languages
  // and orders go to Intl; what is not a day is returned as it is.
  assert.equal(formatDay('2021-02-30', 'en'), 'March 2, 2021');
  assert.equal(
    formatDay('0999-05-01', 'en'),
    new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('0999-05-01T00:00:00Z')),
  );
  assert.equal(formatDay('2021-03-15', 'en-GB'), '15 March 2021');
  assert.equal(formatDay('2021-03-15', 'fr'), '15 mars 2021');
  assert.equal(formatDay('15/03/2021', 'en'), '15/03/2021');
});

test('formatDayByIntl is formatDay by Intl alone, for the first load that carries no month names', () => {
  for (const locale of ['en', 'es', 'en-GB', 'fr'])
    assert.equal(formatDayByIntl('2026-03-10', locale), formatDay('2026-03-10', locale), locale);
  assert.equal(formatDayByIntl('2026-03-10', 'en-GB'), '10 March 2026');
  assert.equal(formatDayByIntl('not a day', 'en'), 'not a day');
});
