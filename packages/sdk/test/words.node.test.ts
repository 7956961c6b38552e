// Issue 23, point 10: the applicant's words, in English and Spanish. The questionnaire and the form
// name the same degree the same way; US associations write "practice" (the verb too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EDUCATION_LEVELS, programs, translate } from '@endorsement-kit/sdk';

const program = programs.alliance;

for (const locale of ['en', 'es']) {
  test(`${locale}: the questionnaire names each degree as the form does`, () => {
    for (const level of EDUCATION_LEVELS.filter((l) => l !== 'cda')) {
      assert.equal(
        translate(program, locale, `ui.quiz.education.${level}`),
        translate(program, locale, `form.option.educationLevel.${level}`),
        level,
      );
    }
  });

  test(`${locale}: the first address line says it is optional, as its hint does`, () => {
    assert.match(translate(program, locale, 'form.field.applicant.address.line1.hint'), /optional|opcional/);
    assert.match(translate(program, locale, 'form.field.applicant.address.line1.label'), /\((optional|opcional)\)$/);
  });
}

test('en: American spelling ("practice", never "practise")', () => {
  assert.equal(
    translate(program, 'en', 'form.field.attestations.codeOfEthics.accepted.hint'),
    'The Code of Ethics describes how endorsed professionals practice.',
  );
});
