import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineProgram, programs, recommendCategories, type CategoryRecommendation } from '@endorsement-kit/sdk';
import { job, meetsAll, registeredDraft, rscOneHourShort } from './fixtures/applications.js';

const alliance = programs.alliance;
const AS_OF = '2025-06-01';

// Unmet as the contract counts them: every requirement with `met: false`, the exam included.
const summary = (results: CategoryRecommendation[]) =>
  results.map((r) => `${r.category}:${r.met ? 'met' : r.requirements.filter((q) => !q.met).length}`);

test('met categories first, most advanced first; then unmet by fewest unmet requirements', () => {
  // A bachelor's degree: meets IFRS, IFS and IFA; the master's-level categories miss 2 to 4 things,
  // the Mentors' exam among them (IMHM-P and IMHM-RF tie at 2, so the more advanced comes first).
  assert.deepEqual(summary(recommendCategories(alliance, meetsAll('IFS'), { asOf: AS_OF })), [
    'IFRS:met',
    'IFS:met',
    'IFA:met',
    'IMHM-P:2',
    'IMHM-RF:2',
    'IMHS:3',
    'IMHM-C:4',
  ]);
});

test('a mentor who meets everything sees every category, in the advancement order', () => {
  const results = recommendCategories(alliance, meetsAll('IMHM-C'), { asOf: AS_OF });
  assert.deepEqual(summary(results), ['IMHM-C:met', 'IMHM-P:met', 'IMHM-RF:met', 'IMHS:met', 'IFRS:met', 'IFS:met', 'IFA:met']);
  // Each result is the evaluation of that category, exam included but not blocking.
  assert.equal(results[0]?.requirements.at(-1)?.id, 'exam');
});

test('the exam counts as an unmet requirement when ranking, though it never makes a category unmet', () => {
  // On 2024-06-01 IMHS still has an exam. It misses one RSC hour and IFS misses families served:
  // with the exam (met: false, later), IMHS has two unmet requirements to IFS's one, so IFS ranks first.
  const app = rscOneHourShort();
  app.work = [job('IMHS', { familiesServed: 5 })];
  const results = recommendCategories(alliance, app, { asOf: '2024-06-01' });
  const imhs = results.find((r) => r.category === 'IMHS')!;
  assert.deepEqual(
    imhs.requirements.filter((r) => !r.met).map((r) => r.id),
    ['rsc-hours', 'exam'],
  );
  assert.deepEqual(summary(results), ['IMHM-P:met', 'IMHM-RF:met', 'IFRS:met', 'IFA:met', 'IFS:1', 'IMHS:2', 'IMHM-C:3']);
  // Met categories keep the exam and stay met.
  assert.equal(results[0]?.requirements.find((r) => r.id === 'exam')?.later, true);
});

test('the endorsement comes from `endorsement`, else from the category, else both', () => {
  const ec = recommendCategories(alliance, { ...meetsAll('ECFS'), endorsement: 'ECMH-E' }, { asOf: AS_OF });
  assert.deepEqual(summary(ec).slice(0, 3), ['ECFRS:met', 'ECFS:met', 'ECFA:met']);
  const byCategory = recommendCategories(alliance, { category: 'ECMHS' }, { asOf: AS_OF });
  assert.deepEqual(byCategory.map((r) => r.category).sort(), ['ECFA', 'ECFRS', 'ECFS', 'ECMHM-C', 'ECMHM-P', 'ECMHM-RF', 'ECMHS']);
  const both = recommendCategories(alliance, {}, { asOf: AS_OF });
  assert.equal(both.length, 14);
  // Twins tie: the infant code first, then its twin.
  assert.deepEqual(
    both.slice(0, 2).map((r) => r.category),
    ['IFA', 'ECFA'],
  );
});

test('only the categories the program offers', () => {
  const program = defineProgram({ id: 'small', name: 'Small AIMH', offers: { 'IMH-E': ['IFS', 'IFA'] } });
  assert.deepEqual(summary(recommendCategories(program, registeredDraft('IFS'), { asOf: AS_OF })), ['IFA:6', 'IFS:11']);
  assert.deepEqual(recommendCategories(program, registeredDraft('ECFS'), { asOf: AS_OF }), []);
});

test('Spanish details in recommendations', () => {
  const [first] = recommendCategories(alliance, registeredDraft('IFA'), { asOf: AS_OF, locale: 'es' });
  assert.equal(first?.category, 'IFA');
  assert.deepEqual(
    first?.requirements.filter((r) => !r.met).map((r) => r.detail),
    [
      'Agregue una credencial CDA o superior, o 2 años más de trabajo remunerado con bebés y niños pequeños.',
      'Faltan 30 horas de capacitación especializada.',
      'Agregue 3 referencias más, cada una con nombre y correo electrónico.',
      'Agregue una referencia de alguien que cuente con el Respaldo.',
      'Agregue su membresía en una asociación de salud mental infantil y de la primera infancia.',
      'Firme el Código de Ética y el Acuerdo de Respaldo.',
    ],
  );
});
