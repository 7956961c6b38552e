// Every shipped locale has every message of English, with the same {placeholders}: a missing or
// broken translation fails here, not in front of a Spanish-speaking applicant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHIPPED_LOCALES, CATEGORY_LABELS, ENDORSEMENT_LABELS, translate, programs, defineProgram } from '@endorsement-kit/sdk';
import { CATALOGS } from '../src/i18n/catalogs.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const english = CATALOGS['en']!;

for (const locale of SHIPPED_LOCALES.filter((l) => l !== 'en')) {
  test(`${locale} has every English message, with the same placeholders`, () => {
    const catalog = CATALOGS[locale];
    assert.ok(catalog, `no ${locale} catalog`);
    const missing = Object.keys(english).filter((key) => !(key in catalog));
    assert.deepEqual(missing, [], `${locale} misses ${missing.length} keys`);
    const extra = Object.keys(catalog).filter((key) => !(key in english));
    assert.deepEqual(extra, [], `${locale} has keys English does not`);
    for (const [key, text] of Object.entries(catalog)) {
      assert.ok(text.trim().length > 0, `${locale} ${key} is blank`);
      assert.deepEqual(placeholders(text), placeholders(english[key]!), `${locale} ${key} placeholders`);
    }
  });

  test(`${locale} names every category and endorsement`, () => {
    for (const [code, label] of Object.entries(CATEGORY_LABELS)) {
      assert.ok(typeof label === 'object' && label[locale], `${code} has no ${locale} label`);
    }
    for (const [endorsement, { label, ages }] of Object.entries(ENDORSEMENT_LABELS)) {
      assert.ok(
        typeof label === 'object' && label[locale] && typeof ages === 'object' && ages[locale],
        `${endorsement} has no ${locale} text`,
      );
    }
  });
}

test('English itself has no blank message', () => {
  assert.ok(Object.keys(english).length > 400);
  for (const [key, text] of Object.entries(english)) assert.ok(text.trim().length > 0, key);
});

test('a program overrides or adds text per locale, falling back to the SDK and then English', () => {
  const program = defineProgram({
    id: 'lakeview',
    name: 'Lakeview AIMH',
    offers: { 'IMH-E': ['IFA'] },
    locales: ['en', 'es', 'fr'],
    text: { es: { 'ui.start.title': 'Solicite su Respaldo en Lakeview' }, fr: { 'ui.start.title': 'Demandez l’Endorsement' } },
  });
  assert.equal(translate(program, 'es', 'ui.start.title'), 'Solicite su Respaldo en Lakeview');
  assert.equal(translate(program, 'es-MX', 'ui.start.title'), 'Solicite su Respaldo en Lakeview');
  assert.equal(translate(program, 'fr', 'ui.start.title'), 'Demandez l’Endorsement');
  assert.equal(translate(program, 'fr', 'validation.required'), english['validation.required']);
  assert.equal(translate(programs.alliance, 'es', 'ui.start.title'), CATALOGS['es']!['ui.start.title']);
  assert.notEqual(translate(programs.alliance, 'es', 'ui.start.title'), english['ui.start.title']);
});
