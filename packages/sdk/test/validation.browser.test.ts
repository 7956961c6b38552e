import { expect } from '@open-wc/testing';
import { programs, stepStatuses, validateApplication, validateRegistration } from '@endorsement-kit/sdk';
import { ASOF, validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';

// The validators run in the browser as they do in Node: zod/mini jitless, no eval, Intl for numbers.
describe('validation in the browser', () => {
  const options = { asOf: ASOF };

  it('accepts the valid payloads', () => {
    expect(validateRegistration(programs.alliance, validRegistration(), options)).to.deep.equal({ ok: true, value: validRegistration() });
    expect(validateApplication(programs.alliance, validApplication(), options).ok).to.equal(true);
  });

  it('reports negative hours, impossible dates and an end before its start at their fields', () => {
    const value = validApplication();
    value.training[0]!.hours = -1;
    value.education[0]!.completedOn = '2025-02-30';
    value.rscReceived[0]!.end = '2022-12-31';
    const result = validateApplication(programs.alliance, value, options);
    expect(result.ok).to.equal(false);
    const issues = result.ok ? [] : result.issues.map((i) => [i.path.join('.'), i.code, i.message]);
    expect(issues).to.deep.equal([
      ['education.0.completedOn', 'invalid_date', 'The completion date must be a real date, like 2019-05-31'],
      ['training.0.hours', 'too_small', 'Enter a number of hours of 0 or more'],
      ['rscReceived.0.end', 'end_before_start', 'The end date must be the same as or after the start date'],
    ]);
  });

  it('words issues in Spanish and finds a category of the other endorsement', () => {
    const value = { ...validRegistration(), category: 'ECFS', applicant: { ...validRegistration().applicant, email: 'ana@' } };
    const result = validateRegistration(programs.alliance, value, { ...options, locale: 'es' });
    const issues = result.ok ? [] : result.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).to.deep.equal([
      [
        'category',
        'Especialista en Familias en la Primera Infancia (ECFS) no es una categoría del Respaldo en Salud Mental Infantil (IMH-E®); seleccione una categoría de ese respaldo',
      ],
      ['applicant.email', 'Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com'],
    ]);
  });

  it('never throws on odd input and gives step statuses for an empty draft', () => {
    for (const odd of [null, 1, 'x', [], { schemaVersion: 1, training: [{ hours: 'many' }] }]) {
      expect(validateApplication(programs.alliance, odd, options).ok).to.equal(false);
    }
    const statuses = stepStatuses(programs.alliance, {}, { form: 'registration', asOf: ASOF });
    expect(statuses.map((s) => s.status)).to.deep.equal(['incomplete', 'incomplete', 'incomplete']);
  });
});
