import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CODES, defineProgram, getSteps, hasMessage, programs, translate, type StepSpec } from '@endorsement-kit/sdk';
import { ASOF, questionsProgram } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';

const alliance = programs.alliance;
const ids = (steps: StepSpec[]) => steps.map((s) => s.id);
const applicationSteps = (category?: string) => ids(getSteps(alliance, { form: 'application', category, asOf: ASOF }));
const paths = (step: StepSpec | undefined) => [...(step?.fields ?? []), ...(step?.repeat?.itemFields ?? [])].map((f) => f.path.join('.'));

test('the registration: about you, the category, an overview', () => {
  const steps = getSteps(alliance, { form: 'registration', asOf: ASOF });
  assert.deepEqual(ids(steps), ['applicant', 'category', 'overview']);
  assert.ok(steps.every((s) => s.form === 'registration'));
  const [applicant, category, overview] = steps;
  assert.deepEqual(paths(applicant), [
    'applicant.givenName',
    'applicant.familyName',
    'applicant.email',
    'applicant.phone',
    'applicant.address.line1',
    'applicant.address.line2',
    'applicant.address.city',
    'applicant.address.region',
    'applicant.address.postalCode',
    'applicant.address.country',
    'applicant.employer',
    'applicant.jobTitle',
    'membership.association',
    'membership.memberId',
  ]);
  const email = applicant!.fields.find((f) => f.path.join('.') === 'applicant.email')!;
  assert.deepEqual([email.kind, email.required, email.autocomplete], ['email', true, 'email']);
  assert.equal(applicant!.fields.find((f) => f.path.join('.') === 'applicant.phone')!.required, false);
  assert.equal(
    applicant!.fields.find((f) => f.path.join('.') === 'membership.association')!.required,
    false,
    'membership is optional at registration',
  );
  assert.deepEqual(paths(category), ['endorsement', 'category']);
  assert.deepEqual(paths(overview), ['overview.specializedWork', 'overview.education', 'overview.rsc']);
  assert.deepEqual(
    overview!.fields.map((f) => f.required),
    [true, true, false],
  );
});

test('category options follow the chosen endorsement and carry the program’s labels', () => {
  const options = (endorsement?: string, category?: string, program = alliance) =>
    getSteps(program, { form: 'registration', endorsement, category })
      .find((s) => s.id === 'category')!
      .fields.find((f) => f.path[0] === 'category')!.options!;
  assert.deepEqual(
    options('IMH-E').map((o) => o.value),
    ['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM-C', 'IMHM-P', 'IMHM-RF'],
  );
  assert.deepEqual(
    options('ECMH-E').map((o) => o.value),
    ['ECFA', 'ECFS', 'ECFRS', 'ECMHS', 'ECMHM-C', 'ECMHM-P', 'ECMHM-RF'],
  );
  assert.deepEqual(options(undefined, 'ECFS').map((o) => o.value)[0], 'ECFA', 'the category implies its endorsement');
  assert.equal(options().length, 14, 'both endorsements before one is chosen');
  assert.deepEqual(options('IMH-E')[1]!.label, { en: 'Infant Family Specialist', es: 'Especialista en Familias con Infantes' });

  const wa = defineProgram({
    id: 'wa',
    name: 'AAIMH WA',
    offers: { 'IMH-E': ['IFS', 'IFA'] },
    categories: { IFA: { label: 'Infant Family Worker' } },
  });
  assert.deepEqual(options(undefined, undefined, wa), [
    { value: 'IFA', label: 'Infant Family Worker' },
    { value: 'IFS', label: { en: 'Infant Family Specialist', es: 'Especialista en Familias con Infantes' } },
  ]);
  const endorsements = getSteps(wa, { form: 'registration' })[1]!.fields[0]!.options!;
  assert.deepEqual(
    endorsements.map((o) => o.value),
    ['IMH-E'],
    'only offered endorsements',
  );
  assert.deepEqual(endorsements[0]!.hint, { en: 'Prenatal to 36 months', es: 'Desde el embarazo hasta los 36 meses' });
});

test('application steps per category: leadership for IFRS and mentors, RSC provided only for the clinical mentor, no RSC for IFA', () => {
  const base = ['applicant', 'education', 'work', 'training'];
  const tail = ['references', 'attestations'];
  assert.deepEqual(applicationSteps('IFA'), [...base, ...tail]);
  assert.deepEqual(applicationSteps('ECFA'), [...base, ...tail]);
  assert.deepEqual(applicationSteps('IFS'), [...base, 'rsc-received', ...tail]);
  assert.deepEqual(applicationSteps('IMHS'), [...base, 'rsc-received', ...tail]);
  assert.deepEqual(applicationSteps('IFRS'), [...base, 'rsc-received', 'leadership', ...tail]);
  assert.deepEqual(applicationSteps('IMHM-C'), [...base, 'rsc-received', 'rsc-provided', 'leadership', ...tail]);
  assert.deepEqual(applicationSteps('ECMHM-C'), [...base, 'rsc-received', 'rsc-provided', 'leadership', ...tail]);
  assert.deepEqual(applicationSteps('IMHM-P'), [...base, 'leadership', ...tail]);
  assert.deepEqual(applicationSteps('ECMHM-RF'), [...base, 'leadership', ...tail]);
  assert.deepEqual(
    applicationSteps(undefined),
    [...base, 'rsc-received', ...tail],
    'without a category: all but rsc-provided and leadership',
  );
  assert.deepEqual(applicationSteps('NOPE'), applicationSteps(undefined));
});

test('steps follow the rules in force on asOf and the program’s overrides', () => {
  const program = defineProgram({
    id: 'ifa-rsc',
    name: 'IFA with RSC',
    offers: { 'IMH-E': ['IFA'] },
    categories: {
      IFA: {
        rules: {
          rsc: {
            hours: [
              { from: '2000-01-01', value: 0 },
              { from: '2026-01-01', value: 12 },
            ],
          },
        },
      },
    },
  });
  assert.ok(!ids(getSteps(program, { form: 'application', category: 'IFA', asOf: '2025-12-31' })).includes('rsc-received'));
  assert.ok(ids(getSteps(program, { form: 'application', category: 'IFA', asOf: '2026-01-01' })).includes('rsc-received'));
});

test('repeatable steps: entry fields relative to the entry, and the fewest entries the category needs', () => {
  const steps = getSteps(alliance, { form: 'application', category: 'IMHM-C', asOf: ASOF });
  const step = (id: string) => steps.find((s) => s.id === id)!;
  assert.deepEqual(step('rsc-received').repeat!.path, 'rscReceived');
  assert.deepEqual(paths(step('rsc-received')), [
    'provider.name',
    'provider.endorsement',
    'format',
    'modality',
    'start',
    'end',
    'hours',
    'aboutRscProvided',
  ]);
  assert.deepEqual(paths(step('training')), ['title', 'provider', 'date', 'hours', 'topics', 'competencies']);
  const hours = step('training').repeat!.itemFields.find((f) => f.path[0] === 'hours')!;
  assert.deepEqual([hours.kind, hours.required, hours.min, hours.inputMode], ['number', true, 0, 'decimal']);
  assert.equal(step('references').repeat!.min, 3);
  assert.equal(step('training').repeat!.min, 1);
  assert.equal(step('work').fields.length, 0);
  assert.deepEqual(step('work').repeat!.itemFields.find((f) => f.path[0] === 'end')!.required, false, 'an empty end means current work');
  assert.deepEqual(paths(step('attestations')), [
    'attestations.codeOfEthics.accepted',
    'attestations.codeOfEthics.signedName',
    'attestations.codeOfEthics.signedOn',
    'attestations.endorsementAgreement.accepted',
    'attestations.endorsementAgreement.signedName',
    'attestations.endorsementAgreement.signedOn',
  ]);
  assert.equal(
    step('applicant').fields.find((f) => f.path.join('.') === 'membership.association')!.required,
    true,
    'membership is required in the application',
  );
  // Only the clinical mentor is asked whether RSC was about the RSC they provide; IFA needs no degree entry.
  const ifs = getSteps(alliance, { form: 'application', category: 'IFS', asOf: ASOF });
  assert.ok(!paths(ifs.find((s) => s.id === 'rsc-received')).includes('aboutRscProvided'));
  assert.equal(
    getSteps(alliance, { form: 'application', category: 'IFA', asOf: ASOF }).find((s) => s.id === 'education')!.repeat!.min,
    undefined,
  );
});

test('the program’s questions appear on their step, for their form and category; the questions step only when it has some', () => {
  const at = (form: 'registration' | 'application', category?: string) =>
    Object.fromEntries(getSteps(questionsProgram, { form, category, asOf: ASOF }).map((s) => [s.id, s.questions.map((q) => q.id)]));
  const ifs = at('application', 'IFS');
  assert.deepEqual(ifs['applicant'], ['county']);
  assert.deepEqual(ifs['questions'], ['bilingual', 'languages', 'caseload', 'lastReview']);
  assert.equal(ifs['rsc-provided'], undefined);
  assert.deepEqual(at('application', 'IMHM-C')['rsc-provided'], ['philosophy']);
  assert.deepEqual(at('registration', 'IFS'), { applicant: ['licensed'], category: [], overview: ['heardFrom'] });
  assert.ok(!applicationSteps('IFS').includes('questions'), 'the Alliance asks no questions of its own');
  const onlyMentors = defineProgram({
    id: 'm',
    name: 'M',
    offers: { 'IMH-E': ['IFA', 'IMHM-C'] },
    questions: [{ id: 'q', type: 'text', label: 'Q', categories: ['IMHM-C'] }],
  });
  assert.ok(!ids(getSteps(onlyMentors, { form: 'application', category: 'IFA' })).includes('questions'));
  assert.ok(ids(getSteps(onlyMentors, { form: 'application', category: 'IMHM-C' })).includes('questions'));
});

const SAME_IN_SPANISH = new Set(['Individual', 'Virtual', 'Regional', 'Local', 'RSC {number}']);

test('an end date left empty means the entry goes on, for work, RSC provided and leadership only', () => {
  const steps = getSteps(alliance, { form: 'application', category: 'IMHM-C', asOf: ASOF });
  const withEmpty = steps
    .flatMap((s) => [...s.fields.map((f) => [s.id, f] as const), ...(s.repeat?.itemFields ?? []).map((f) => [s.repeat!.path, f] as const)])
    .filter(([, f]) => f.emptyKey !== undefined)
    .map(([where, f]) => `${where}.${f.path.join('.')}=${f.emptyKey}`);
  assert.deepEqual(withEmpty, ['work.end=form.empty.current', 'rscProvided.end=form.empty.current', 'leadership.end=form.empty.current']);
  assert.equal(translate(undefined, 'en', 'form.empty.current'), 'Current');
  assert.equal(translate(undefined, 'es', 'form.empty.current'), 'Actualidad');
});

test('each attestation’s fields are one group named by its document', () => {
  const step = getSteps(alliance, { form: 'application', category: 'IFS', asOf: ASOF }).find((s) => s.id === 'attestations')!;
  assert.deepEqual(
    step.fields.map((f) => `${f.path.join('.')} ${f.group?.id}`),
    [
      'attestations.codeOfEthics.accepted attestations.codeOfEthics',
      'attestations.codeOfEthics.signedName attestations.codeOfEthics',
      'attestations.codeOfEthics.signedOn attestations.codeOfEthics',
      'attestations.endorsementAgreement.accepted attestations.endorsementAgreement',
      'attestations.endorsementAgreement.signedName attestations.endorsementAgreement',
      'attestations.endorsementAgreement.signedOn attestations.endorsementAgreement',
    ],
  );
  const legends = [...new Set(step.fields.map((f) => f.group!.legendKey))];
  assert.deepEqual(
    legends.map((k) => translate(undefined, 'en', k)),
    ['Code of Ethics', 'Endorsement Agreement'],
  );
  assert.deepEqual(
    legends.map((k) => translate(undefined, 'es', k)),
    ['Código de Ética', 'Acuerdo de Respaldo'],
  );
  // No other step groups its fields.
  const others = getSteps(alliance, { form: 'application', category: 'IMHM-C', asOf: ASOF }).filter((s) => s.id !== 'attestations');
  assert.ok(others.every((s) => [...s.fields, ...(s.repeat?.itemFields ?? [])].every((f) => f.group === undefined)));
});

test('every key a step refers to has English and Spanish text', () => {
  const keys = new Set<string>();
  for (const form of ['registration', 'application'] as const) {
    for (const category of [undefined, ...CODES]) {
      for (const step of getSteps(questionsProgram, { form, category, asOf: ASOF }).concat(
        getSteps(alliance, { form, category, asOf: ASOF }),
      )) {
        keys.add(step.titleKey);
        if (step.introKey) keys.add(step.introKey);
        if (step.repeat) keys.add(step.repeat.itemTitleKey).add(step.repeat.addKey);
        for (const field of [...step.fields, ...(step.repeat?.itemFields ?? [])]) {
          keys.add(field.labelKey);
          if (field.hintKey) keys.add(field.hintKey);
          if (field.emptyKey) keys.add(field.emptyKey);
          if (field.group) keys.add(field.group.legendKey);
          for (const option of field.options ?? []) {
            assert.ok(option.labelKey !== undefined || option.label !== undefined, `${field.labelKey} ${option.value}`);
            if (option.labelKey) keys.add(option.labelKey);
          }
        }
      }
    }
  }
  assert.ok(keys.size > 150, `${keys.size} keys`);
  for (const key of keys) {
    assert.ok(hasMessage(undefined, 'en', key), `en: ${key}`);
    assert.ok(hasMessage(undefined, 'es', key), `es: ${key}`);
    // A few words are the same in both languages; everything else must be translated.
    const en = translate(undefined, 'en', key);
    if (!SAME_IN_SPANISH.has(en)) assert.notEqual(translate(undefined, 'es', key), en, `es is a translation: ${key}`);
  }
});

test('the words applicants need: personal email for referees, only endorsed RSC providers count', () => {
  assert.match(translate(undefined, 'en', 'form.field.references.email.hint'), /personal email/);
  assert.match(translate(undefined, 'en', 'form.step.references.intro'), /employer mail servers often block/);
  assert.match(translate(undefined, 'es', 'form.field.references.email.hint'), /correo personal/);
  assert.match(translate(undefined, 'en', 'form.step.rsc-received.intro'), /endorsed provider counts, not peer consultation/);
  assert.match(translate(undefined, 'es', 'form.step.rsc-received.intro'), /no la consulta entre pares/);
  assert.equal(translate(undefined, 'es', 'form.step.training.item', { number: 2 }), 'Capacitación 2');
});

// Issue 11, point 2: "Read the Code of Ethics and the Endorsement Agreement" on a program that
// links neither: such a program words the step as the association providing them.
test('the signatures step asks to read the documents only when the program links both', () => {
  const intro = (program: Parameters<typeof getSteps>[0]) =>
    getSteps(program, { form: 'application', category: 'IFS' }).find((s) => s.id === 'attestations')?.introKey;
  assert.equal(intro(programs.alliance), 'form.step.attestations.intro.provided');
  const linked = defineProgram({
    id: 'docs',
    name: 'Docs',
    offers: { 'IMH-E': ['IFS'] },
    documents: { codeOfEthics: 'https://example.org/ethics', endorsementAgreement: 'https://example.org/agreement' },
  });
  assert.equal(intro(linked), 'form.step.attestations.intro');
  assert.match(translate(programs.alliance, 'en', 'form.step.attestations.intro.provided'), /^Your association provides/);
});
