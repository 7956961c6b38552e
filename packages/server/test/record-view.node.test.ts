// A record's answers as the workspace lists them (record-view.ts): each form's own fields and
// questions only, and no question the applicant was never shown.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getSteps, localize } from '@endorsement-kit/sdk';
import { questionsProgram, validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { answersByStep } from '../src/admin/record-view.js';

const labels = (steps: ReturnType<typeof answersByStep>) =>
  steps.flatMap((step) => [...step.rows, ...(step.entries ?? []).flatMap((entry) => entry.rows)].map((row) => row.label));
const question = (id: string) => localize(questionsProgram.questions.find((q) => q.id === id)!.label, 'en');

describe("a record's answers", () => {
  it("lists a registration's steps and questions only, none of the application's", () => {
    const registration = { ...validRegistration(), program: questionsProgram.id, answers: { heardFrom: 'A colleague', licensed: false } };
    const steps = answersByStep(questionsProgram, 'registration', registration, 'en');
    assert.deepEqual(
      steps.map((step) => step.id),
      getSteps(questionsProgram, { form: 'registration', category: 'IFS' }).map((step) => step.id),
    );
    const listed = labels(steps);
    assert.ok(listed.includes(question('heardFrom')) && listed.includes(question('licensed')), listed.join(' | '));
    for (const id of ['county', 'bilingual', 'caseload', 'lastReview'])
      assert.ok(!listed.includes(question(id)), `${id} is the application's`);
    assert.ok(!steps.some((step) => step.entries), 'no education, work or references');
  });

  it('leaves out a question its showIf kept from the applicant, and lists it once shown', () => {
    const application = (bilingual: boolean) => ({
      ...validApplication(),
      program: questionsProgram.id,
      answers: { county: 'jefferson', bilingual, ...(bilingual ? { languages: ['es'] } : {}) },
    });
    assert.ok(!labels(answersByStep(questionsProgram, 'application', application(false), 'en')).includes(question('languages')));
    const shown = answersByStep(questionsProgram, 'application', application(true), 'en')
      .flatMap((step) => step.rows)
      .find((row) => row.label === question('languages'));
    assert.equal(shown?.value, 'Spanish');
  });
});
