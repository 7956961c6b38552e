import { expect } from '@open-wc/testing';
import { CODES, evaluateRequirements, programs, recommendCategories } from '@endorsement-kit/sdk';
import { meetsAll, rscOneHourShort, rscSpreadOut, twinProvider } from './fixtures/applications.js';

const AS_OF = '2025-06-01';

describe('requirement evaluation in the browser', () => {
  it('meets every category with its complete application', () => {
    for (const code of CODES) expect(evaluateRequirements(programs.alliance, meetsAll(code), { asOf: AS_OF }).met, code).to.equal(true);
  });

  it('says what is missing, in English and in Spanish', () => {
    const en = evaluateRequirements(programs.alliance, rscSpreadOut(), { asOf: AS_OF });
    expect(en.requirements.find((r) => r.id === 'rsc-hours')).to.deep.equal({
      id: 'rsc-hours',
      met: false,
      have: 18,
      need: 24,
      unit: 'hours',
      detail:
        '6 more RSC hours within one 24-month period, from a provider endorsed as Infant Family Reflective Supervisor, Infant Mental Health Specialist, or Infant Mental Health Mentor – Clinical.',
    });
    const es = evaluateRequirements(programs.alliance, rscOneHourShort(), { asOf: AS_OF, locale: 'es' });
    expect(es.requirements.find((r) => r.id === 'rsc-hours')?.detail).to.equal(
      'Falta 1 hora de RSC en un mismo período de 24 meses, con un/a proveedor/a con Respaldo como Especialista en Salud Mental Infantil o Mentor/a en Salud Mental Infantil – Clínica, recibida después de su maestría.',
    );
  });

  it('counts a twin provider and applies the rules of the day', () => {
    expect(evaluateRequirements(programs.alliance, twinProvider(), { asOf: AS_OF }).met).to.equal(true);
    const exam = (asOf: string) =>
      evaluateRequirements(programs.alliance, meetsAll('IMHS'), { asOf }).requirements.some((r) => r.id === 'exam');
    expect(exam('2024-12-31')).to.equal(true);
    expect(exam('2025-01-01')).to.equal(false);
  });

  it('ranks categories and accepts an empty draft', () => {
    const ranked = recommendCategories(programs.alliance, meetsAll('IMHM-C'), { asOf: AS_OF }).map((r) => r.category);
    expect(ranked).to.deep.equal(['IMHM-C', 'IMHM-P', 'IMHM-RF', 'IMHS', 'IFRS', 'IFS', 'IFA']);
    expect(recommendCategories(programs.alliance, {}).length).to.equal(14);
    expect(evaluateRequirements(programs.alliance, null).requirements[0]?.id).to.equal('category');
  });
});
