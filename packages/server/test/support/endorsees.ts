// A program with a renewal calendar (South Carolina's shape: a late window, fees, inactive status),
// served beside the Alliance, for the endorsee and registry suites.
import { defineProgram, programs } from '@endorsement-kit/sdk';
import type { ServerOptions } from '../../src/index.js';

export const RENEWING = defineProgram({
  id: 'lakeside-aimh',
  name: { en: 'Lakeside AIMH', es: 'AIMH Lakeside' },
  offers: { 'IMH-E': ['IFA', 'IFS', 'IMHS', 'IMHM-C'] },
  contact: { email: 'endorsement@lakeside.example.org' },
  renewal: {
    windowOpens: '10-01',
    due: '12-31',
    lateUntil: '01-31',
    fees: { renewal: 30, late: 25, inactive: 25, reinstatement: 50 },
    inactive: { maxMonths: 6 },
  },
});

export const RENEWAL_PROGRAMS: ServerOptions['programs'] = [
  { program: RENEWING, origins: ['https://www.lakeside.example.org'], coordinatorEmail: 'coordinator@lakeside.example.org' },
  { program: programs.alliance, origins: [], coordinatorEmail: 'coordinator@alliance.example.org' },
];

/** The endorsees of the calendar and registry suites: name, email, categories, endorsed, last renewal, display name, language. */
export const ENDORSEES_CSV = [
  'name,email,categories,endorsed_on,last_renewal,display_name,language',
  'Ana Ruiz,ana@example.org,IMHS,2020-05-01,2025-11-20,Ana R.,en',
  'Ben Cole,ben@example.org,IFS,2021-01-01,2025-12-10,,en',
  'Cam Diaz,cam@example.org,IMHM-C,2019-01-01,2025-12-01,,en',
  'Dee Soto,dee@example.org,IFA,2026-02-01,,,es',
].join('\n');
