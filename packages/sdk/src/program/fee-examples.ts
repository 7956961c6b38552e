import type { FeeDefinition } from './fee-settings.js';

const IMHM = ['IMHM-C', 'IMHM-P', 'IMHM-RF'] as const;
const notRefunded = {
  en: 'Not refunded, also when the category turns out to be the wrong one.',
  es: 'No se reembolsa, tampoco si la categoría elegida no era la correcta.',
};

/**
 * Fee schedules as two associations publish them (journey.md 4.1: Arizona [S38][A12], New York
 * [S45b]), in cents, to copy into a program's `feeSchedule` and adapt. The ready programs carry
 * none: the Alliance's and First 5 Alabama's amounts are not published, and an amount shown to
 * applicants must be the association's own.
 * @example defineProgram({ id: 'az', name: 'Arizona', offers: { 'IMH-E': ['IFA', 'IFS', 'IMHS', 'IMHM-C', 'IMHM-P', 'IMHM-RF'] }, feeSchedule: FEE_EXAMPLES.arizona })
 */
export const FEE_EXAMPLES: { readonly arizona: readonly FeeDefinition[]; readonly newYork: readonly FeeDefinition[] } = {
  arizona: [
    { kind: 'registration', categories: ['IFA'], amount: 1500, currency: 'USD', note: notRefunded },
    { kind: 'registration', categories: ['IFS'], amount: 2000, currency: 'USD', note: notRefunded },
    { kind: 'registration', categories: ['IMHS', ...IMHM], amount: 2500, currency: 'USD', note: notRefunded },
    { kind: 'processing', categories: ['IFA'], amount: 2500, currency: 'USD' },
    { kind: 'processing', categories: ['IFS'], amount: 10000, currency: 'USD' },
    { kind: 'processing', categories: ['IMHS'], amount: 20000, currency: 'USD' },
    { kind: 'processing', categories: [...IMHM], amount: 30000, currency: 'USD' },
    { kind: 'renewal', amount: 2500, currency: 'USD' },
    { kind: 'late', amount: 3500, currency: 'USD' },
  ],
  newYork: [
    { kind: 'registration', categories: ['IFA', 'IFS'], amount: 1500, currency: 'USD', note: notRefunded },
    { kind: 'registration', categories: ['IMHS', ...IMHM], amount: 2500, currency: 'USD', note: notRefunded },
    { kind: 'processing', categories: ['IFA'], amount: 2500, currency: 'USD' },
    { kind: 'processing', categories: ['IFS'], amount: 10000, currency: 'USD' },
    { kind: 'processing', categories: ['IMHS'], amount: 30000, currency: 'USD' },
    { kind: 'processing', categories: [...IMHM], amount: 40000, currency: 'USD' },
  ],
};
