import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateApplication, validateRegistration, type ValidationResult } from '@endorsement-kit/sdk';
import {
  ASOF,
  questionsProgram as program,
  validApplication,
  validRegistration,
} from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';

const options = { asOf: ASOF };

function found(result: ValidationResult<unknown>): string[] {
  return result.ok ? [] : result.issues.map((i) => `${i.path.join('.')}:${i.code}`);
}

function messageAt(result: ValidationResult<unknown>, path: string): string | undefined {
  return result.ok ? undefined : result.issues.find((i) => i.path.join('.') === path)?.message;
}

/** A valid application of the demo program with these answers (and category). */
function withAnswers(answers: Record<string, unknown> | undefined, category = 'IFS'): Record<string, unknown> {
  const value: Record<string, unknown> = { ...validApplication(), program: 'demo-aimh', category };
  if (answers !== undefined) value['answers'] = answers;
  return value;
}

const base = { county: 'mobile', bilingual: false };

test('required questions must be answered, with the question in the message', () => {
  assert.deepEqual(found(validateApplication(program, withAnswers(base), options)), []);
  const none = validateApplication(program, withAnswers(undefined), options);
  assert.deepEqual(found(none), ['answers.county:required', 'answers.bilingual:required']);
  assert.equal(messageAt(none, 'answers.county'), 'Select an answer to “County where you work”');
  assert.equal(messageAt(none, 'answers.bilingual'), 'Select yes or no for “Do you serve families in a language other than English?”');
  assert.deepEqual(found(validateApplication(program, withAnswers({ ...base, county: '' }), options)), ['answers.county:required']);
  const es = validateApplication(program, withAnswers({ bilingual: true, languages: ['es'] }), { ...options, locale: 'es' });
  assert.equal(messageAt(es, 'answers.county'), 'Seleccione una respuesta a «Condado donde trabaja»');
});

test('showIf: a question is required only while the answer it depends on equals the value', () => {
  assert.deepEqual(found(validateApplication(program, withAnswers({ ...base, bilingual: false }), options)), []);
  assert.deepEqual(found(validateApplication(program, withAnswers({ ...base, bilingual: true }), options)), ['answers.languages:required']);
  assert.deepEqual(found(validateApplication(program, withAnswers({ ...base, bilingual: true, languages: [] }), options)), [
    'answers.languages:required',
  ]);
  assert.deepEqual(found(validateApplication(program, withAnswers({ ...base, bilingual: true, languages: ['vi', 'es'] }), options)), []);
});

test('choices must be offered options, and answers must have their question’s type', () => {
  const cases: [Record<string, unknown>, string[]][] = [
    [{ ...base, county: 'baldwin' }, ['answers.county:invalid_option']],
    [{ ...base, county: ['mobile'] }, ['answers.county:invalid_type']],
    [{ ...base, bilingual: 'yes' }, ['answers.bilingual:invalid_type']],
    [{ ...base, bilingual: true, languages: ['es', 'fr'] }, ['answers.languages:invalid_option']],
    [{ ...base, bilingual: true, languages: 'es' }, ['answers.languages:invalid_type']],
    [{ ...base, lastReview: '2025-02-30' }, ['answers.lastReview:invalid_date']],
    [{ ...base, lastReview: '2025-02-28' }, []],
    [{ ...base, county: { value: 'mobile' } }, ['answers.county:invalid_type']],
  ];
  for (const [answers, expected] of cases) {
    assert.deepEqual(found(validateApplication(program, withAnswers(answers), options)), expected, JSON.stringify(answers));
  }
  const wrong = validateApplication(program, withAnswers({ ...base, county: 'baldwin' }), options);
  assert.equal(messageAt(wrong, 'answers.county'), 'Select one of the options for “County where you work”');
});

test('number answers stay within the question’s bounds', () => {
  const cases: [unknown, string[]][] = [
    [1, []],
    [40, []],
    [0, ['answers.caseload:too_small']],
    [41, ['answers.caseload:too_big']],
    ['12', ['answers.caseload:invalid_type']],
  ];
  for (const [caseload, expected] of cases) {
    assert.deepEqual(found(validateApplication(program, withAnswers({ ...base, caseload }), options)), expected, String(caseload));
  }
  assert.equal(
    messageAt(validateApplication(program, withAnswers({ ...base, caseload: 0 }), options), 'answers.caseload'),
    '“Current caseload” must be 1 or more',
  );
  assert.equal(
    messageAt(validateApplication(program, withAnswers({ ...base, caseload: 41 }), { ...options, locale: 'es' }), 'answers.caseload'),
    '«Current caseload» debe ser igual o menor que 40',
  );
});

test('a question for some categories is asked only of them', () => {
  assert.deepEqual(found(validateApplication(program, withAnswers(base, 'IFS'), options)), []);
  assert.deepEqual(found(validateApplication(program, withAnswers(base, 'IMHM-C'), options)), ['answers.philosophy:required']);
  assert.deepEqual(found(validateApplication(program, withAnswers({ ...base, philosophy: 'Relationships first' }, 'IMHM-C'), options)), []);
  // An answer kept from another category is not an error: the question exists, it is just not asked.
  assert.deepEqual(found(validateApplication(program, withAnswers({ ...base, philosophy: 'Kept' }, 'IFS'), options)), []);
});

test('registration questions are checked by validateRegistration, application ones by validateApplication', () => {
  const registration = { ...validRegistration(), program: 'demo-aimh' };
  assert.deepEqual(found(validateRegistration(program, registration, options)), ['answers.heardFrom:required']);
  assert.deepEqual(
    found(validateRegistration(program, { ...registration, answers: { heardFrom: 'A colleague', licensed: true } }, options)),
    [],
  );
  assert.deepEqual(
    found(validateRegistration(program, { ...registration, answers: { heardFrom: 'A colleague', licensed: 'no' } }, options)),
    ['answers.licensed:invalid_type'],
  );
  // The application does not ask the registration's questions.
  assert.deepEqual(found(validateApplication(program, withAnswers(base), options)), []);
});

test('answers to questions the program does not have are issues at answers.<id>', () => {
  const result = validateApplication(program, withAnswers({ ...base, shoeSize: 42, constructor: 'x' }), options);
  assert.deepEqual(found(result), ['answers.shoeSize:unknown_question', 'answers.constructor:unknown_question']);
  assert.equal(messageAt(result, 'answers.shoeSize'), 'There is no question “shoeSize” in this program');
});
