import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineProgram, getSteps, isConfigError, presetProgram, programs, resolveRules, type ProgramConfig } from '@endorsement-kit/sdk';

test('the presets offer all 14 codes with the Alliance rules', () => {
  assert.equal(programs.alliance.id, 'alliance');
  assert.equal(programs.first5Alabama.id, 'first5-alabama');
  assert.deepEqual(programs.first5Alabama.offers['IMH-E'], ['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM-C', 'IMHM-P', 'IMHM-RF']);
  assert.equal(Object.keys(programs.alliance.categories).length, 14);
});

test('presetProgram finds a ready program by its public id, and nothing else', () => {
  assert.equal(presetProgram('alliance'), programs.alliance);
  assert.equal(presetProgram('first5-alabama'), programs.first5Alabama);
  for (const program of Object.values(programs)) assert.equal(presetProgram(program.id), program);
  // The key in `programs` is not an id; nor is anything an object has by inheritance.
  for (const id of ['first5Alabama', 'First5-Alabama', '', 'michigan', 'constructor', '__proto__', 'toString'])
    assert.equal(presetProgram(id), undefined, id);
});

test('asOf picks the thresholds in force', () => {
  const imhs = programs.alliance.categories.IMHS!.rules;
  assert.equal(resolveRules(imhs, '2024-12-31').exam, true);
  assert.equal(resolveRules(imhs, '2025-01-01').exam, false);
  assert.equal(resolveRules(imhs, '2024-12-31').training.hours, 30);
  assert.equal(resolveRules(imhs, '2025-01-01').training.hours, 33);
  const mentor = programs.alliance.categories['ECMHM-C']!.rules;
  assert.equal(resolveRules(mentor, '2023-12-31').training.hours, 30);
  assert.equal(resolveRules(mentor, '2024-01-01').training.hours, 48);
  assert.equal(resolveRules(mentor, '2024-01-01').training.dei, 3);
});

test('defineProgram relabels, overrides a threshold and keeps the rest', () => {
  const program = defineProgram({
    id: 'aaimh-wa',
    name: 'AAIMH WA',
    offers: { 'IMH-E': ['IFS', 'IFA'] },
    categories: { IFA: { label: 'Infant Family Worker', rules: { training: { hours: [{ from: '2026-01-01', value: 40 }] } } } },
  });
  assert.deepEqual(program.offers['IMH-E'], ['IFA', 'IFS']);
  assert.equal(program.categories.IFA!.label, 'Infant Family Worker');
  assert.equal(resolveRules(program.categories.IFA!.rules, '2026-06-01').training.hours, 40);
  assert.equal(resolveRules(program.categories.IFA!.rules, '2026-06-01').education.level, 'cda');
  assert.equal(program.categories.IMHS, undefined);
});

const bad: [string, unknown, (string | number)[]][] = [
  ['unknown top-level key', { id: 'x', name: 'X', offers: { 'IMH-E': ['IFA'] }, colour: 'red' }, ['colour']],
  [
    'unknown nested key',
    { id: 'x', name: 'X', offers: { 'IMH-E': ['IFA'] }, categories: { IFA: { rules: { training: { hourz: 40 } } } } },
    ['categories', 'IFA', 'rules', 'training', 'hourz'],
  ],
  ['an unknown category code', { id: 'x', name: 'X', offers: { 'IMH-E': ['IFA'] }, categories: { XYZ: {} } }, ['categories', 'XYZ']],
  ['a code of the other endorsement', { id: 'x', name: 'X', offers: { 'IMH-E': ['ECFA'] } }, ['offers', 'IMH-E', 0]],
  [
    'negative hours',
    { id: 'x', name: 'X', offers: { 'IMH-E': ['IFA'] }, categories: { IFA: { rules: { training: { hours: -1 } } } } },
    ['categories', 'IFA', 'rules', 'training', 'hours'],
  ],
  ['nothing offered', { id: 'x', name: 'X', offers: {} }, ['offers']],
  [
    'configuring a code not offered',
    { id: 'x', name: 'X', offers: { 'IMH-E': ['IFA'] }, categories: { IFS: { label: 'S' } } },
    ['categories', 'IFS'],
  ],
  [
    'a question on a step that does not exist',
    { id: 'x', name: 'X', offers: { 'IMH-E': ['IFA'] }, questions: [{ id: 'q', type: 'text', label: 'Q', step: 'nowhere' }] },
    ['questions', 0, 'step'],
  ],
];
test('a threshold of the wrong type is worded for a number, not for text', () => {
  const config = { id: 'x', name: 'X', offers: { 'IMH-E': ['IFA'] }, categories: { IFA: { rules: { training: { hours: '40' } } } } };
  assert.throws(() => defineProgram(config as never), /`categories\.IFA\.rules\.training\.hours`: expected a number or a dated list/);
});

for (const [name, config, path] of bad) {
  test(`a bad config throws ConfigError naming the path: ${name}`, () => {
    assert.throws(
      () => defineProgram(config as ProgramConfig),
      (error: unknown) => {
        assert.ok(isConfigError(error));
        assert.deepEqual(error.path, path);
        assert.ok(error.message.includes(`\`${path.join('.')}\``), error.message);
        return true;
      },
    );
  });
}

test('a "__proto__" key parsed from JSON is an unknown key, wherever it is, not silently dropped', () => {
  const cases: [string, (string | number)[]][] = [
    ['{"id":"x","name":"X","offers":{"IMH-E":["IFA"]},"categories":{"__proto__":{"label":"Hijacked"}}}', ['categories', '__proto__']],
    [
      '{"id":"x","name":"X","offers":{"IMH-E":["IFA"]},"categories":{"IFA":{"label":"Worker"},"__proto__":{}}}',
      ['categories', '__proto__'],
    ],
    ['{"id":"x","name":"X","offers":{"IMH-E":["IFA"]},"text":{"__proto__":{"ui.start.title":"Hi"}}}', ['text', '__proto__']],
    ['{"id":"x","name":"X","offers":{"IMH-E":["IFA"]},"text":{"en":{"__proto__":"Hi"}}}', ['text', 'en', '__proto__']],
    ['{"id":"x","name":{"en":"X","__proto__":"Y"},"offers":{"IMH-E":["IFA"]}}', ['name', '__proto__']],
    [
      '{"id":"x","name":"X","offers":{"IMH-E":["IFA"]},"questions":[{"id":"q","type":"text","label":{"en":"Q","__proto__":"R"}}]}',
      ['questions', 0, 'label', '__proto__'],
    ],
  ];
  for (const [json, path] of cases) {
    assert.throws(
      () => defineProgram(JSON.parse(json) as ProgramConfig),
      (error: unknown) => {
        assert.ok(isConfigError(error), json);
        assert.deepEqual(error.path, path);
        assert.ok(error.message.includes(`\`${path.join('.')}\`: unknown key`), error.message);
        return true;
      },
      json,
    );
  }
  assert.equal(Object.hasOwn(Object.prototype, 'label'), false);
});

test('the ready programs pass every check defineProgram makes, and build the same program', async () => {
  const { PRESET_CONFIGS } = await import('../src/program/presets.js');
  for (const [name, config] of Object.entries(PRESET_CONFIGS)) {
    const checked = defineProgram(config as ProgramConfig);
    assert.deepEqual(checked, programs[name as keyof typeof programs], name);
  }
});

test('documents: links to what applicants sign, web addresses only, on the signatures step', () => {
  const program = defineProgram({
    id: 'docs',
    name: 'Docs',
    offers: { 'IMH-E': ['IFA'] },
    documents: { codeOfEthics: 'https://example.org/ethics', endorsementAgreement: 'https://example.org/agreement' },
  });
  const step = getSteps(program, { form: 'application', category: 'IFA' }).find((s) => s.id === 'attestations')!;
  const hrefs = [...new Set(step.fields.map((f) => f.group?.href))];
  assert.deepEqual(hrefs, ['https://example.org/ethics', 'https://example.org/agreement']);
  // Or a path on the host's own site, as the demos link their sample documents.
  assert.equal(
    defineProgram({ id: 'docs', name: 'Docs', offers: { 'IMH-E': ['IFA'] }, documents: { codeOfEthics: '/documents/code-of-ethics.html' } })
      .documents?.codeOfEthics,
    '/documents/code-of-ethics.html',
  );
  for (const [path, config] of [
    ['documents.codeOfEthics', { documents: { codeOfEthics: 'javascript:alert(1)' } }],
    ['infoUrl', { infoUrl: 'data:text/html,hi' }],
    ['contact.url', { contact: { url: 'javascript:void(0)' } }],
    ['documents.rules', { documents: { rules: 'https://example.org' } }],
    ['documents.endorsementAgreement', { documents: { endorsementAgreement: '//evil.example/x' } }],
    ['documents.endorsementAgreement', { documents: { endorsementAgreement: 'agreement.html' } }],
  ] as const) {
    assert.throws(
      () => defineProgram({ id: 'docs', name: 'Docs', offers: { 'IMH-E': ['IFA'] }, ...config } as ProgramConfig),
      (error: unknown) => isConfigError(error) && error.path.join('.') === path,
      path,
    );
  }
});
