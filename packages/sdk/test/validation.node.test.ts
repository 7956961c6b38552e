import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  defineProgram,
  programs,
  validateApplication,
  validateRegistration,
  type Issue,
  type ValidationResult,
} from '@endorsement-kit/sdk';
import { ASOF, validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';

const alliance = programs.alliance;
const options = { asOf: ASOF };

/** `path:code` of every issue, for compact assertions. */
function found(result: ValidationResult<unknown>): string[] {
  return result.ok ? [] : result.issues.map((i) => `${i.path.join('.')}:${i.code}`);
}

function issueAt(result: ValidationResult<unknown>, path: string): Issue {
  assert.equal(result.ok, false, 'expected issues');
  const issue = !result.ok ? result.issues.find((i) => i.path.join('.') === path) : undefined;
  assert.ok(issue, `no issue at ${path}; got ${found(result).join(', ')}`);
  return issue;
}

const DELETE = Symbol('delete');

/** A valid application with values set (or deleted) at dotted paths: `{ 'training.0.hours': -1 }`. */
function application(changes: Record<string, unknown>): Record<string, unknown> {
  const value = structuredClone(validApplication()) as unknown as Record<string, unknown>;
  for (const [path, change] of Object.entries(changes)) {
    const keys = path.split('.');
    const last = keys.pop()!;
    let target = value;
    for (const key of keys) target = target[key] as Record<string, unknown>;
    if (change === DELETE) delete target[last];
    else target[last] = change;
  }
  return value;
}

test('valid payloads pass and come back unchanged', () => {
  const registration = validateRegistration(alliance, validRegistration(), options);
  assert.deepEqual(registration, { ok: true, value: validRegistration() });
  const result = validateApplication(alliance, validApplication(), options);
  assert.deepEqual(result, { ok: true, value: validApplication() });
  // Optional parts may be left out.
  const { membership, ...withoutMembership } = validRegistration();
  assert.equal(membership?.association, 'First 5 Alabama');
  assert.equal(validateRegistration(alliance, withoutMembership, options).ok, true);
});

test('negative hours and families are issues at the field, worded for the field', () => {
  const result = validateApplication(
    alliance,
    application({
      'training.0.hours': -1,
      'rscReceived.0.hours': -0.5,
      'work.0.familiesServed': -2,
    }),
    options,
  );
  assert.deepEqual(found(result), ['work.0.familiesServed:too_small', 'training.0.hours:too_small', 'rscReceived.0.hours:too_small']);
  assert.equal(issueAt(result, 'training.0.hours').message, 'Enter a number of hours of 0 or more');
  assert.equal(issueAt(result, 'work.0.familiesServed').message, 'Enter a number of families of 0 or more');
  assert.deepEqual(found(validateApplication(alliance, application({ 'training.0.hours': 0 }), options)), []);
  assert.deepEqual(found(validateApplication(alliance, application({ 'work.0.familiesServed': 2.5 }), options)), [
    'work.0.familiesServed:not_integer',
  ]);
  assert.deepEqual(found(validateApplication(alliance, application({ 'training.0.hours': '3' }), options)), [
    'training.0.hours:invalid_type',
  ]);
});

test('impossible and malformed dates are invalid_date; 29 February only in leap years', () => {
  for (const bad of ['2025-02-30', '2023-02-29', '2024-13-01', '2024-04-31', '15/03/2024', '2024-3-5', '2024-03-05T00:00:00Z']) {
    const result = validateApplication(alliance, application({ 'education.0.completedOn': bad }), options);
    assert.deepEqual(found(result), ['education.0.completedOn:invalid_date'], bad);
  }
  // An emptied date field is missing rather than wrong.
  const emptied = validateApplication(alliance, application({ 'education.0.completedOn': '' }), options);
  assert.deepEqual(found(emptied), ['education.0.completedOn:required']);
  assert.equal(issueAt(emptied, 'education.0.completedOn').message, 'Enter the date you completed it');
  assert.equal(
    issueAt(validateApplication(alliance, application({ 'training.0.date': '2025-02-30' }), options), 'training.0.date').message,
    'The training date must be a real date, like 2024-03-27',
  );
  assert.equal(validateApplication(alliance, application({ 'education.0.completedOn': '2024-02-29' }), options).ok, true);
});

test('an end before its start is an issue at the end, for work, RSC received and provided, and leadership', () => {
  const result = validateApplication(
    alliance,
    application({
      category: 'IMHM-C',
      'work.0.end': '2020-12-31',
      'rscReceived.0.end': '2022-01-01',
      rscProvided: [{ role: 'Supervisor', start: '2022-05-01', end: '2022-04-30', description: 'Group RSC for home visitors' }],
      leadership: [{ activity: 'State committee', level: 'state', start: '2023-01-01', end: '2021-01-01', description: 'Chair' }],
    }),
    options,
  );
  assert.deepEqual(found(result), [
    'work.0.end:end_before_start',
    'rscReceived.0.end:end_before_start',
    'rscProvided.0.end:end_before_start',
    'leadership.0.end:end_before_start',
  ]);
  assert.equal(issueAt(result, 'work.0.end').message, 'The end date must be the same as or after the start date');
  const sameDay = application({ 'work.0.end': validApplication().work[0]!.start });
  assert.equal(validateApplication(alliance, sameDay, options).ok, true);
});

test('completion, training and start dates after asOf are issues; asOf itself is fine', () => {
  const result = validateApplication(
    alliance,
    application({
      'education.0.completedOn': '2026-01-16',
      'training.0.date': '2026-02-01',
      'work.0.start': '2027-01-01',
      'rscReceived.0.start': '2026-06-01',
      'rscReceived.0.end': '2026-07-01',
    }),
    options,
  );
  assert.deepEqual(found(result), [
    'education.0.completedOn:date_in_future',
    'work.0.start:date_in_future',
    'training.0.date:date_in_future',
    'rscReceived.0.start:date_in_future',
  ]);
  assert.equal(issueAt(result, 'training.0.date').message, 'The training date must be today or in the past');
  assert.equal(validateApplication(alliance, application({ 'training.0.date': ASOF }), options).ok, true);
  // The same payload is fine a year later.
  assert.equal(validateApplication(alliance, application({ 'training.0.date': '2026-02-01' }), { asOf: '2027-01-01' }).ok, true);
});

test('bad email addresses, anywhere', () => {
  for (const email of ['ana@', 'ana.example.org', 'ana@example', 'a b@example.org']) {
    const result = validateApplication(alliance, application({ 'applicant.email': email, 'references.1.email': email }), options);
    assert.deepEqual(found(result), ['applicant.email:invalid_email', 'references.1.email:invalid_email'], email);
    assert.equal(issueAt(result, 'applicant.email').message, 'Enter an email address in the correct format, like name@example.com');
  }
  const registration = { ...validRegistration(), applicant: { ...validRegistration().applicant, email: 'nope' } };
  assert.deepEqual(found(validateRegistration(alliance, registration, options)), ['applicant.email:invalid_email']);
});

test('the category must be one the program offers for the endorsement; issues at category or endorsement', () => {
  const other = validateApplication(alliance, application({ category: 'ECFS' }), options);
  assert.deepEqual(found(other), ['category:category_other_endorsement']);
  // Named by the program's labels, the code kept beside the category's.
  assert.equal(
    issueAt(other, 'category').message,
    'Early Childhood Family Specialist (ECFS) is not a category of the Infant Mental Health Endorsement (IMH-E®); select a category of that endorsement',
  );
  const registration = validateRegistration(alliance, { ...validRegistration(), category: 'IMHM-C', endorsement: 'ECMH-E' }, options);
  assert.deepEqual(found(registration), ['category:category_other_endorsement']);
  assert.match(
    issueAt(registration, 'category').message,
    /^Infant Mental Health Mentor – Clinical \(IMHM-C\) is not a category of the Early Childhood Mental Health Endorsement \(ECMH-E®\);/,
  );
  // A program's own labels win; a category it does not offer keeps the Alliance's name.
  const relabelled = defineProgram({
    id: 'aaimh-wa',
    name: 'AAIMH WA',
    offers: { 'IMH-E': ['IFA'], 'ECMH-E': ['ECFA'] },
    categories: { ECFA: { label: { en: 'Early Years Family Worker', es: 'Trabajador/a de Familias en los Primeros Años' } } },
    endorsements: { 'IMH-E': { label: { en: 'Infant Endorsement (WA)', es: 'Respaldo Infantil (WA)' } } },
  });
  const wa = validateRegistration(relabelled, { ...validRegistration(), program: 'aaimh-wa', category: 'ECFA' }, options);
  assert.equal(
    issueAt(wa, 'category').message,
    'Early Years Family Worker (ECFA) is not a category of the Infant Endorsement (WA); select a category of that endorsement',
  );
  assert.equal(issueAt(wa, 'category').code, 'category_other_endorsement');
  const waEs = validateRegistration(
    relabelled,
    { ...validRegistration(), program: 'aaimh-wa', category: 'ECFS' },
    { ...options, locale: 'es' },
  );
  assert.equal(
    issueAt(waEs, 'category').message,
    'Especialista en Familias en la Primera Infancia (ECFS) no es una categoría del Respaldo Infantil (WA); seleccione una categoría de ese respaldo',
  );
  assert.deepEqual(found(validateApplication(alliance, application({ category: 'IFX' }), options)), ['category:invalid_option']);

  const infantOnly = defineProgram({ id: 'wa', name: 'AAIMH WA', offers: { 'IMH-E': ['IFA', 'IFS'] } });
  const notOffered = validateApplication(infantOnly, application({ program: 'wa', category: 'IMHS' }), options);
  assert.deepEqual(found(notOffered), ['category:category_not_offered']);
  assert.equal(
    issueAt(notOffered, 'category').message,
    'AAIMH WA does not offer Infant Mental Health Specialist (IMHS); select another category',
  );
  const noEcmh = validateApplication(infantOnly, application({ program: 'wa', endorsement: 'ECMH-E', category: 'ECFS' }), options);
  assert.deepEqual(found(noEcmh), ['endorsement:endorsement_not_offered', 'category:category_not_offered']);
  assert.equal(
    issueAt(noEcmh, 'endorsement').message,
    'AAIMH WA does not offer the Early Childhood Mental Health Endorsement (ECMH-E®); select another endorsement',
  );
  assert.equal(
    issueAt(noEcmh, 'category').message,
    'AAIMH WA does not offer Early Childhood Family Specialist (ECFS); select another category',
  );
  const noEcmhEs = validateApplication(infantOnly, application({ program: 'wa', endorsement: 'ECMH-E', category: 'ECFS' }), {
    ...options,
    locale: 'es',
  });
  assert.equal(
    issueAt(noEcmhEs, 'endorsement').message,
    'AAIMH WA no ofrece el Respaldo en Salud Mental de la Primera Infancia (ECMH-E®); seleccione otro respaldo',
  );
  assert.equal(
    issueAt(noEcmhEs, 'category').message,
    'AAIMH WA no ofrece la categoría Especialista en Familias en la Primera Infancia (ECFS); seleccione otra categoría',
  );
});

test('each reference has an email address of its own: a later duplicate, whatever its case or spaces, is an issue at its email', () => {
  const references = validApplication().references;
  const first = references[0]!.email;
  const result = validateApplication(alliance, application({ 'references.2.email': first.toUpperCase() }), options);
  assert.deepEqual(found(result), ['references.2.email:duplicate_email']);
  assert.equal(
    issueAt(result, 'references.2.email').message,
    'Each reference needs their own email address; this one is the same as reference 1',
  );
  const es = validateApplication(alliance, application({ 'references.2.email': first }), { ...options, locale: 'es' });
  assert.equal(
    issueAt(es, 'references.2.email').message,
    'Cada referencia necesita su propio correo electrónico; este es el mismo que el de la referencia 1',
  );
  // Spaces around an earlier address still make a later one the same; the earlier, badly typed one
  // gets only its format issue, and each later duplicate names the first reference with the address.
  const four = [
    { ...references[0]!, email: ` ${first} ` },
    { ...references[1]!, email: first },
    references[2]!,
    { ...references[1]!, email: first.toUpperCase() },
  ];
  const spaced = validateApplication(alliance, application({ references: four }), options);
  assert.deepEqual(found(spaced), [
    'references.0.email:invalid_email',
    'references.1.email:duplicate_email',
    'references.3.email:duplicate_email',
  ]);
  assert.match(issueAt(spaced, 'references.3.email').message, /same as reference 1$/);
  // Different addresses, and blank or missing ones, are not duplicates.
  assert.equal(validateApplication(alliance, validApplication(), options).ok, true);
  const blank = validateApplication(alliance, application({ 'references.1.email': '', 'references.2.email': '' }), options);
  assert.deepEqual(
    found(blank).filter((f) => f.endsWith('duplicate_email')),
    [],
  );
  // A reference with the applicant's own address (any case) is not someone else.
  const own = validateApplication(
    alliance,
    application({ 'references.1.email': validApplication().applicant.email.toUpperCase() }),
    options,
  );
  assert.deepEqual(found(own), ['references.1.email:own_email']);
  assert.equal(issueAt(own, 'references.1.email').message, 'A reference must be someone else: this is your own email address');
  // A registration has no references to compare.
  assert.deepEqual(
    found(validateRegistration(alliance, { ...validRegistration(), references: [{ email: first }, { email: first }] }, options)),
    ['references:unknown_key'],
  );
});

test('the program id must be the program’s, and schemaVersion must be 1', () => {
  const result = validateApplication(alliance, application({ program: 'first5-alabama', schemaVersion: 2 }), options);
  assert.deepEqual(found(result), ['schemaVersion:unsupported_version', 'program:wrong_program']);
  assert.match(issueAt(result, 'program').message, /“alliance”/);
  assert.deepEqual(found(validateRegistration(programs.first5Alabama, validRegistration(), options)), ['program:wrong_program']);
  assert.deepEqual(found(validateApplication(alliance, application({ schemaVersion: '1' }), options)), [
    'schemaVersion:unsupported_version',
  ]);
});

test('unknown keys are issues wherever they are, one per key', () => {
  const result = validateApplication(
    alliance,
    application({
      colour: 'red',
      'applicant.nickname': 'Annie',
      'training.0.room': 12,
      'rscReceived.0.provider.phone': '555',
      'attestations.codeOfEthics.witness': 'Bo',
      'attestations.other': {},
    }),
    options,
  );
  assert.deepEqual(found(result).sort(), [
    'applicant.nickname:unknown_key',
    'attestations.codeOfEthics.witness:unknown_key',
    'attestations.other:unknown_key',
    'colour:unknown_key',
    'rscReceived.0.provider.phone:unknown_key',
    'training.0.room:unknown_key',
  ]);
  assert.equal(issueAt(result, 'colour').message, '“colour” is not a field of this form');
  // A registration does not take the application's keys.
  assert.deepEqual(found(validateRegistration(alliance, { ...validRegistration(), training: [] }, options)), ['training:unknown_key']);
});

test('missing and blank required fields are "required", with GOV.UK messages; unticked agreements are "must_accept"', () => {
  const result = validateApplication(
    alliance,
    application({
      'applicant.givenName': DELETE,
      'applicant.familyName': '   ',
      'references.0.waiveRight': DELETE,
      'attestations.endorsementAgreement.accepted': false,
      training: DELETE,
    }),
    options,
  );
  assert.deepEqual(found(result), [
    'applicant.givenName:required',
    'applicant.familyName:required',
    'training:required',
    'references.0.waiveRight:required',
    'attestations.endorsementAgreement.accepted:must_accept',
  ]);
  assert.equal(issueAt(result, 'applicant.givenName').message, 'Enter your given name');
  assert.equal(issueAt(result, 'applicant.familyName').message, 'Enter your family name');
  assert.equal(issueAt(result, 'attestations.endorsementAgreement.accepted').message, 'Confirm that you accept the Endorsement Agreement');
  const partialAddress = {
    ...validRegistration(),
    applicant: { ...validRegistration().applicant, address: { line1: '12 Oak St', city: 'Mobile' } },
  };
  assert.deepEqual(found(validateRegistration(alliance, partialAddress, options)), [
    'applicant.address.region:required',
    'applicant.address.postalCode:required',
    'applicant.address.country:required',
  ]);
});

test('messages in Spanish, also for a regional tag; a tag Intl cannot read falls back to the program’s language', () => {
  const bad = application({
    'applicant.givenName': '',
    'training.0.hours': -4,
    'work.0.end': '2020-01-01',
    category: 'ECFS',
  });
  const es = validateApplication(alliance, bad, { ...options, locale: 'es' });
  assert.equal(issueAt(es, 'applicant.givenName').message, 'Escriba su nombre');
  assert.equal(issueAt(es, 'training.0.hours').message, 'Escriba un número de horas igual o mayor que 0');
  assert.equal(issueAt(es, 'work.0.end').message, 'La fecha de fin debe ser igual o posterior a la fecha de inicio');
  assert.equal(
    issueAt(es, 'category').message,
    'Especialista en Familias en la Primera Infancia (ECFS) no es una categoría del Respaldo en Salud Mental Infantil (IMH-E®); seleccione una categoría de ese respaldo',
  );
  const mx = validateApplication(alliance, bad, { ...options, locale: 'es-MX' });
  assert.deepEqual(mx, es);
  const odd = validateApplication(alliance, bad, { ...options, locale: 'not a locale!' });
  assert.equal(issueAt(odd, 'applicant.givenName').message, 'Enter your given name');
});

test('anything that is not a payload object is one issue at the root, never an exception', () => {
  for (const value of [null, undefined, [], 'application', 42, true, [validApplication()]]) {
    const result = validateApplication(alliance, value, options);
    assert.deepEqual(found(result), [':invalid_type'], String(value));
    assert.deepEqual(found(validateRegistration(alliance, value, options)), [':invalid_type']);
  }
  const empty = validateApplication(alliance, {}, options);
  assert.ok(!empty.ok && empty.issues.every((i) => i.code === 'required' && i.path.length === 1));
});

test('lets zod compile its parsers in Node, where no page policy forbids new Function (a server validates many payloads)', async () => {
  const { config } = await import('zod/mini');
  assert.ok(validateApplication(programs.alliance, validApplication(), { asOf: ASOF }).ok);
  assert.equal(config().jitless, false);
});
