import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineProgram, programs, validateApplication, validateRegistration, type Issue, type ValidationResult } from '@endorsement-kit/sdk';
import { ASOF, validApplication, validRegistration } from './fixtures/valid-payloads.js';

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

/** A valid application changed by `edit`. */
function application(edit: (a: Record<string, any>) => void): Record<string, any> {
  const value = validApplication() as Record<string, any>;
  edit(value);
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
    application((a) => {
      a.training[0].hours = -1;
      a.rscReceived[0].hours = -0.5;
      a.work[0].familiesServed = -2;
    }),
    options,
  );
  assert.deepEqual(found(result), ['work.0.familiesServed:too_small', 'training.0.hours:too_small', 'rscReceived.0.hours:too_small']);
  assert.equal(issueAt(result, 'training.0.hours').message, 'Enter a number of hours of 0 or more');
  assert.equal(issueAt(result, 'work.0.familiesServed').message, 'Enter a number of families of 0 or more');
  assert.deepEqual(found(validateApplication(alliance, application((a) => (a.training[0].hours = 0)), options)), []);
  assert.deepEqual(found(validateApplication(alliance, application((a) => (a.work[0].familiesServed = 2.5)), options)), ['work.0.familiesServed:not_integer']);
  assert.deepEqual(found(validateApplication(alliance, application((a) => (a.training[0].hours = '3')), options)), ['training.0.hours:invalid_type']);
});

test('impossible and malformed dates are invalid_date; 29 February only in leap years', () => {
  for (const bad of ['2025-02-30', '2023-02-29', '2024-13-01', '2024-04-31', '15/03/2024', '2024-3-5', '2024-03-05T00:00:00Z']) {
    const result = validateApplication(alliance, application((a) => (a.education[0].completedOn = bad)), options);
    assert.deepEqual(found(result), ['education.0.completedOn:invalid_date'], bad);
  }
  // An emptied date field is missing rather than wrong.
  const emptied = validateApplication(alliance, application((a) => (a.education[0].completedOn = '')), options);
  assert.deepEqual(found(emptied), ['education.0.completedOn:required']);
  assert.equal(issueAt(emptied, 'education.0.completedOn').message, 'Enter the date you completed it');
  assert.equal(issueAt(validateApplication(alliance, application((a) => (a.training[0].date = '2025-02-30')), options), 'training.0.date').message,
    'The training date must be a real date, like 2024-03-27');
  assert.equal(validateApplication(alliance, application((a) => (a.education[0].completedOn = '2024-02-29')), options).ok, true);
});

test('an end before its start is an issue at the end, for work, RSC received and provided, and leadership', () => {
  const result = validateApplication(
    alliance,
    application((a) => {
      a.category = 'IMHM-C';
      a.work[0].end = '2020-12-31';
      a.rscReceived[0].end = '2022-01-01';
      a.rscProvided = [{ role: 'Supervisor', start: '2022-05-01', end: '2022-04-30', description: 'Group RSC for home visitors' }];
      a.leadership = [{ activity: 'State committee', level: 'state', start: '2023-01-01', end: '2021-01-01', description: 'Chair' }];
    }),
    options,
  );
  assert.deepEqual(found(result), ['work.0.end:end_before_start', 'rscReceived.0.end:end_before_start', 'rscProvided.0.end:end_before_start', 'leadership.0.end:end_before_start']);
  assert.equal(issueAt(result, 'work.0.end').message, 'The end date must be the same as or after the start date');
  const sameDay = application((a) => (a.work[0].end = a.work[0].start));
  assert.equal(validateApplication(alliance, sameDay, options).ok, true);
});

test('completion, training and start dates after asOf are issues; asOf itself is fine', () => {
  const result = validateApplication(
    alliance,
    application((a) => {
      a.education[0].completedOn = '2026-01-16';
      a.training[0].date = '2026-02-01';
      a.work[0].start = '2027-01-01';
      a.rscReceived[0].start = '2026-06-01';
      a.rscReceived[0].end = '2026-07-01';
    }),
    options,
  );
  assert.deepEqual(found(result), ['education.0.completedOn:date_in_future', 'work.0.start:date_in_future', 'training.0.date:date_in_future', 'rscReceived.0.start:date_in_future']);
  assert.equal(issueAt(result, 'training.0.date').message, 'The training date must be today or in the past');
  assert.equal(validateApplication(alliance, application((a) => (a.training[0].date = ASOF)), options).ok, true);
  // The same payload is fine a year later.
  assert.equal(validateApplication(alliance, application((a) => (a.training[0].date = '2026-02-01')), { asOf: '2027-01-01' }).ok, true);
});

test('bad email addresses, anywhere', () => {
  for (const email of ['ana@', 'ana.example.org', 'ana@example', 'a b@example.org']) {
    const result = validateApplication(alliance, application((a) => { a.applicant.email = email; a.references[1].email = email; }), options);
    assert.deepEqual(found(result), ['applicant.email:invalid_email', 'references.1.email:invalid_email'], email);
    assert.equal(issueAt(result, 'applicant.email').message, 'Enter an email address in the correct format, like name@example.com');
  }
  const registration = { ...validRegistration(), applicant: { ...validRegistration().applicant, email: 'nope' } };
  assert.deepEqual(found(validateRegistration(alliance, registration, options)), ['applicant.email:invalid_email']);
});

test('the category must be one the program offers for the endorsement; issues at category or endorsement', () => {
  const other = validateApplication(alliance, application((a) => (a.category = 'ECFS')), options);
  assert.deepEqual(found(other), ['category:category_other_endorsement']);
  assert.match(issueAt(other, 'category').message, /ECFS is not a category of the IMH-E endorsement/);
  assert.deepEqual(found(validateRegistration(alliance, { ...validRegistration(), category: 'IMHM-C', endorsement: 'ECMH-E' }, options)), ['category:category_other_endorsement']);
  assert.deepEqual(found(validateApplication(alliance, application((a) => (a.category = 'IFX')), options)), ['category:invalid_option']);

  const infantOnly = defineProgram({ id: 'wa', name: 'AAIMH WA', offers: { 'IMH-E': ['IFA', 'IFS'] } });
  const notOffered = validateApplication(infantOnly, application((a) => { a.program = 'wa'; a.category = 'IMHS'; }), options);
  assert.deepEqual(found(notOffered), ['category:category_not_offered']);
  assert.equal(issueAt(notOffered, 'category').message, 'AAIMH WA does not offer IMHS; select another category');
  const noEcmh = validateApplication(infantOnly, application((a) => { a.program = 'wa'; a.endorsement = 'ECMH-E'; a.category = 'ECFS'; }), options);
  assert.deepEqual(found(noEcmh), ['endorsement:endorsement_not_offered', 'category:category_not_offered']);
});

test('the program id must be the program’s, and schemaVersion must be 1', () => {
  const result = validateApplication(alliance, application((a) => { a.program = 'first5-alabama'; a.schemaVersion = 2; }), options);
  assert.deepEqual(found(result), ['schemaVersion:unsupported_version', 'program:wrong_program']);
  assert.match(issueAt(result, 'program').message, /“alliance”/);
  assert.deepEqual(found(validateRegistration(programs.first5Alabama, validRegistration(), options)), ['program:wrong_program']);
  assert.deepEqual(found(validateApplication(alliance, application((a) => (a.schemaVersion = '1')), options)), ['schemaVersion:unsupported_version']);
});

test('unknown keys are issues wherever they are, one per key', () => {
  const result = validateApplication(
    alliance,
    application((a) => {
      a.colour = 'red';
      a.applicant.nickname = 'Annie';
      a.training[0].room = 12;
      a.rscReceived[0].provider.phone = '555';
      a.attestations.codeOfEthics.witness = 'Bo';
      a.attestations.other = {};
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
    application((a) => {
      delete a.applicant.givenName;
      a.applicant.familyName = '   ';
      delete a.references[0].waiveRight;
      a.attestations.endorsementAgreement.accepted = false;
      delete a.training;
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
  const partialAddress = { ...validRegistration(), applicant: { ...validRegistration().applicant, address: { line1: '12 Oak St', city: 'Mobile' } } };
  assert.deepEqual(found(validateRegistration(alliance, partialAddress, options)), [
    'applicant.address.region:required',
    'applicant.address.postalCode:required',
    'applicant.address.country:required',
  ]);
});

test('messages in Spanish, also for a regional tag; a tag Intl cannot read falls back to the program’s language', () => {
  const bad = application((a) => {
    a.applicant.givenName = '';
    a.training[0].hours = -4;
    a.work[0].end = '2020-01-01';
    a.category = 'ECFS';
  });
  const es = validateApplication(alliance, bad, { ...options, locale: 'es' });
  assert.equal(issueAt(es, 'applicant.givenName').message, 'Escriba su nombre');
  assert.equal(issueAt(es, 'training.0.hours').message, 'Escriba un número de horas igual o mayor que 0');
  assert.equal(issueAt(es, 'work.0.end').message, 'La fecha de fin debe ser igual o posterior a la fecha de inicio');
  assert.match(issueAt(es, 'category').message, /no es una categoría del respaldo IMH-E/);
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
