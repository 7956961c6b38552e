import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getSteps, programs, stepOfIssue, stepStatuses, type StepStatus } from '@endorsement-kit/sdk';
import { ASOF, questionsProgram, validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';

const alliance = programs.alliance;
const summary = (statuses: StepStatus[]) => Object.fromEntries(statuses.map((s) => [s.id, s.status]));
const issuesOf = (statuses: StepStatus[], id: string) =>
  statuses.find((s) => s.id === id)!.issues.map((i) => `${i.path.join('.')}:${i.code}`);

test('a partial application draft: complete, incomplete and invalid steps, each with its issues', () => {
  const draft = {
    endorsement: 'IMH-E',
    category: 'IFS',
    applicant: { givenName: 'Ana', familyName: 'Ruiz', email: 'ana@example.org' },
    membership: { association: 'First 5 Alabama' },
    training: [{ title: 'Foundations', provider: 'F5A', date: '2024-03-27', hours: -2, topics: [] }],
    references: [{ name: 'Maria Gomez' }],
    attestations: { codeOfEthics: { accepted: true, signedName: 'Ana Ruiz', signedOn: '2026-01-10' } },
  };
  const statuses = stepStatuses(alliance, draft, { form: 'application', asOf: ASOF });
  assert.deepEqual(summary(statuses), {
    applicant: 'complete',
    education: 'incomplete',
    work: 'incomplete',
    training: 'invalid',
    'rsc-received': 'incomplete',
    references: 'incomplete',
    attestations: 'incomplete',
  });
  assert.deepEqual(issuesOf(statuses, 'applicant'), []);
  assert.deepEqual(issuesOf(statuses, 'education'), ['education:too_few']);
  assert.deepEqual(issuesOf(statuses, 'training'), ['training.0.hours:too_small']);
  assert.deepEqual(issuesOf(statuses, 'references'), [
    'references.0.role:required',
    'references.0.email:required',
    'references.0.waiveRight:required',
    'references:too_few',
  ]);
  assert.deepEqual(issuesOf(statuses, 'attestations'), [
    'attestations.endorsementAgreement.accepted:must_accept',
    'attestations.endorsementAgreement.signedName:required',
    'attestations.endorsementAgreement.signedOn:required',
  ]);
  assert.equal(statuses.find((s) => s.id === 'references')!.issues.at(-1)!.message, 'Add at least 3 references');
});

test('an untouched draft is incomplete everywhere, field by field, and odd drafts do not throw', () => {
  const statuses = stepStatuses(alliance, {}, { form: 'application', asOf: ASOF });
  assert.ok(statuses.every((s) => s.status === 'incomplete' || (s.status === 'complete' && s.issues.length === 0)));
  assert.deepEqual(issuesOf(statuses, 'applicant'), [
    'applicant.givenName:required',
    'applicant.familyName:required',
    'applicant.email:required',
    'membership.association:required',
  ]);
  for (const odd of [null, [], 'draft', 7]) {
    assert.deepEqual(summary(stepStatuses(alliance, odd, { form: 'registration', asOf: ASOF })), {
      applicant: 'incomplete',
      category: 'incomplete',
      overview: 'incomplete',
    });
  }
});

test('a finished draft is complete in both forms (the draft holds both forms’ keys)', () => {
  const draft = { ...validRegistration(), ...validApplication() };
  for (const form of ['registration', 'application'] as const) {
    const statuses = stepStatuses(alliance, draft, { form, asOf: ASOF });
    assert.ok(statuses.length >= 3);
    assert.deepEqual(
      statuses.filter((s) => s.status !== 'complete'),
      [],
      form,
    );
  }
});

test('registration statuses: cleared inputs are missing, not wrong; a category of the other endorsement is invalid', () => {
  const draft = {
    endorsement: 'IMH-E',
    category: 'ECFS',
    applicant: { givenName: '', familyName: 'Ruiz', email: 'ana@example.org', phone: '', address: { line1: '', city: '' } },
    overview: { specializedWork: 'Home visiting', education: 'BSW' },
    membership: { association: '', memberId: '' },
  };
  const statuses = stepStatuses(alliance, draft, { form: 'registration', asOf: ASOF });
  assert.deepEqual(summary(statuses), { applicant: 'incomplete', category: 'invalid', overview: 'complete' });
  assert.deepEqual(issuesOf(statuses, 'applicant'), ['applicant.givenName:required']);
  assert.deepEqual(issuesOf(statuses, 'category'), ['category:category_other_endorsement']);
  const started = stepStatuses(
    alliance,
    { ...draft, applicant: { ...draft.applicant, address: { city: 'Mobile' } } },
    { form: 'registration', asOf: ASOF },
  );
  assert.ok(issuesOf(started, 'applicant').includes('applicant.address.line1:required'), 'a started address needs its lines');
});

test('wrong entries make a step invalid: a bad email, an end before its start, a date after asOf', () => {
  const draft = {
    ...validApplication(),
    references: [{ ...validApplication().references[0]!, email: 'maria@' }, ...validApplication().references.slice(1)],
    work: [{ ...validApplication().work[0]!, end: '2020-01-01' }],
    training: [{ ...validApplication().training[0]!, date: '2026-03-01' }],
  };
  const statuses = stepStatuses(alliance, draft, { form: 'application', asOf: ASOF });
  assert.deepEqual(issuesOf(statuses, 'references'), ['references.0.email:invalid_email']);
  assert.deepEqual(issuesOf(statuses, 'work'), ['work.0.end:end_before_start']);
  assert.deepEqual(issuesOf(statuses, 'training'), ['training.0.date:date_in_future']);
  assert.equal(summary(statuses)['references'], 'invalid');
  assert.equal(summary(stepStatuses(alliance, draft, { form: 'application', asOf: '2026-06-01' }))['training'], 'complete');
});

test('steps follow the category: hidden steps get no status; the option overrides the draft’s category', () => {
  const draft = { ...validApplication(), category: 'IMHS', leadership: [{ activity: '' }] };
  const imhs = stepStatuses(alliance, draft, { form: 'application', asOf: ASOF });
  assert.equal(
    imhs.find((s) => s.id === 'leadership'),
    undefined,
  );
  assert.ok(imhs.every((s) => s.status === 'complete'));
  const mentor = stepStatuses(alliance, draft, { form: 'application', category: 'IMHM-C', asOf: ASOF });
  assert.deepEqual(summary(mentor)['leadership'], 'incomplete');
  assert.deepEqual(issuesOf(mentor, 'rsc-provided'), ['rscProvided:too_few']);
});

test('the program’s questions count on their own step, in the requested language', () => {
  const draft = { ...validApplication(), program: 'demo-aimh', answers: { bilingual: true, caseload: 0 } };
  const statuses = stepStatuses(questionsProgram, draft, { form: 'application', asOf: ASOF, locale: 'es' });
  assert.deepEqual(summary(statuses)['applicant'], 'incomplete');
  assert.deepEqual(issuesOf(statuses, 'applicant'), ['answers.county:required']);
  assert.equal(statuses.find((s) => s.id === 'applicant')!.issues[0]!.message, 'Seleccione una respuesta a «Condado donde trabaja»');
  assert.deepEqual(summary(statuses)['questions'], 'invalid');
  assert.deepEqual(issuesOf(statuses, 'questions'), ['answers.languages:required', 'answers.caseload:too_small']);
  const answered = { ...draft, answers: { county: 'mobile', bilingual: false, caseload: 12 } };
  assert.ok(stepStatuses(questionsProgram, answered, { form: 'application', asOf: ASOF }).every((s) => s.status === 'complete'));
});

test('stepOfIssue: the step of a field, an entry, a whole section or list, and a question; none when no step shown has it', () => {
  const at = (path: (string | number)[]) => ({ path });
  const application = getSteps(questionsProgram, { form: 'application', category: 'IFS', asOf: ASOF });
  assert.equal(stepOfIssue(at(['applicant', 'email']), application), 'applicant');
  assert.equal(stepOfIssue(at(['membership']), application), 'applicant');
  assert.equal(stepOfIssue(at(['training', 0, 'hours']), application), 'training');
  assert.equal(stepOfIssue(at(['references']), application), 'references');
  assert.equal(stepOfIssue(at(['rscReceived', 2]), application), 'rsc-received');
  assert.equal(stepOfIssue(at(['attestations']), application), 'attestations');
  assert.equal(stepOfIssue(at(['answers', 'county']), application), 'applicant');
  assert.equal(stepOfIssue(at(['answers', 'bilingual']), application), 'questions');
  // Shown for IMHM-C only: IFS has no rsc-provided step, nor its question.
  assert.equal(stepOfIssue(at(['rscProvided', 0, 'role']), application), undefined);
  assert.equal(stepOfIssue(at(['answers', 'philosophy']), application), undefined);
  assert.equal(
    stepOfIssue(at(['answers', 'philosophy']), getSteps(questionsProgram, { form: 'application', category: 'IMHM-C', asOf: ASOF })),
    'rsc-provided',
  );
  assert.equal(stepOfIssue(at(['category']), application), undefined);
  assert.equal(stepOfIssue(at([]), application), undefined);
  assert.equal(stepOfIssue(at(['constructor']), application), undefined);

  const registration = getSteps(questionsProgram, { form: 'registration', asOf: ASOF });
  assert.equal(stepOfIssue(at(['category']), registration), 'category');
  assert.equal(stepOfIssue(at(['endorsement']), registration), 'category');
  assert.equal(stepOfIssue(at(['overview']), registration), 'overview');
  assert.equal(stepOfIssue(at(['answers', 'heardFrom']), registration), 'overview');
  assert.equal(stepOfIssue(at(['answers', 'licensed']), registration), 'applicant');
  assert.equal(stepOfIssue(at(['training', 0]), registration), undefined);
  assert.equal(stepOfIssue(at(['applicant']), []), undefined);
});

test('stepStatuses counts each issue on the step stepOfIssue names', () => {
  const statuses = stepStatuses(questionsProgram, { category: 'IFS', training: [{ hours: -1 }] }, { form: 'application', asOf: ASOF });
  const steps = getSteps(questionsProgram, { form: 'application', category: 'IFS', asOf: ASOF });
  for (const status of statuses)
    for (const issue of status.issues) assert.equal(stepOfIssue(issue, steps), status.id, issue.path.join('.'));
  assert.ok(statuses.some((s) => s.issues.length > 0));
});
