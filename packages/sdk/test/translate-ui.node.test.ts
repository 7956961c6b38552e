// translateUi: the element's words, which load on demand (issue 22, point 3): the interface's
// English at once, everything else (the forms' English, Spanish) once registered from the SDK's
// `/en` and `/es` catalogs. From `/core`, the element's import: the main entry registers Spanish. profileNumberCode: checkProfile's rule without its words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkProfile,
  hasUiMessages,
  missingRatingAnswers,
  profileNumberCode,
  programs,
  registerMessages,
  translate,
  translateUi,
} from '@endorsement-kit/sdk/core';
import { en } from '@endorsement-kit/sdk/en';
import { es } from '@endorsement-kit/sdk/es';

test('translateUi: the interface in English at once, the rest and Spanish once registered', async () => {
  const program = programs.alliance;
  assert.equal(translateUi(program, 'en', 'ui.loading'), translate(program, 'en', 'ui.loading'));
  const label = Object.keys(en).find((key) => key.startsWith('form.'))!;
  assert.equal(translateUi(program, 'en', label), label, 'a form label is not there yet');
  assert.equal(hasUiMessages('en'), true);
  assert.equal(hasUiMessages('es'), false);
  assert.equal(translateUi(program, 'es', 'ui.loading'), translate(program, 'en', 'ui.loading'), 'English until Spanish comes');
  // The rating checks too: `/core` holds their English only (rating-messages.ts).
  const ratingCheck = (locale: string) => missingRatingAnswers(program, {}, { code: 'IFS', locale })[0]?.message;
  assert.equal(ratingCheck('es'), en['rating-check.missing.relationship']);

  registerMessages('en', en);
  assert.equal(translateUi(program, 'en', label), translate(program, 'en', label));
  const catalog = (await import('@endorsement-kit/sdk/es')).es;
  assert.equal(catalog, es);
  registerMessages('es', catalog);
  assert.equal(hasUiMessages('es-MX'), true);
  assert.equal(ratingCheck('es'), es['rating-check.missing.relationship']);
  assert.notEqual(ratingCheck('es'), ratingCheck('en'));
  for (const key of ['ui.loading', label, 'requirement.references.met'])
    assert.equal(translateUi(program, 'es', key, { have: 3 }), translate(program, 'es', key, { have: 3 }), key);
});

test("profileNumberCode: checkProfile's code for each number, without its words", () => {
  const cases: [Parameters<typeof profileNumberCode>[0], unknown][] = [
    ['familiesServed', 2.5],
    ['familiesServed', 12],
    ['workYears', -1],
    ['workYears', 2.5],
    ['trainingHours', '30'],
    ['rscHours', Number.NaN],
  ];
  for (const [key, value] of cases)
    assert.equal(profileNumberCode(key, value), checkProfile(programs.alliance, { [key]: value })[0]?.code, `${key} ${String(value)}`);
  assert.deepEqual(
    cases.map(([key, value]) => profileNumberCode(key, value)),
    ['not_integer', undefined, 'too_small', undefined, 'invalid_type', 'invalid_type'],
  );
});

test('numbers in messages: whole numbers below 1,000 as their digits, the others as the locale writes them', () => {
  const program = programs.alliance;
  const key = 'requirement.references.met';
  for (const locale of ['en', 'es', 'en-US', 'es-MX'])
    for (const have of [-999, -12, -1, 0, 1, 7, 42, 999, 1000, 12345, 2.5, 0.125, -3.75]) {
      const expected = translate(program, locale, key).replace(
        '{have}',
        new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(have),
      );
      assert.equal(translate(program, locale, key, { have }), expected, `${locale} ${have}`);
    }
  assert.match(translate(program, 'en', key, { have: 1000 }), /1,000/);
  assert.match(translate(program, 'es', key, { have: 2.5 }), /2,5/);
});
