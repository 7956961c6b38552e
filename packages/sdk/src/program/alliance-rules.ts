import type { IMH_CODES } from '../codes/codes.js';
import type { CategoryRules } from './category-rules.js';

// The Alliance's rules (contract.md, domain.md §3). Keyed by the infant code: the twins share them.
const common = {
  membership: true,
  transcripts: true,
  attestations: true,
  references: { count: 3, endorsed: 1, roles: [] },
  exam: false,
  rscProvidedYears: 0,
  leadership: { years: 0, levels: [] },
  education: { level: null, orPaidWorkYears: 0 },
  work: { years: 0, paid: true, afterDegree: false, familiesServed: 0 },
  training: { hours: 30, rscProvision: 0, dei: 0 },
  rsc: { hours: 0, windowMonths: 24, afterDegree: false, providers: [], aboutRscProvided: 0 },
} as const satisfies CategoryRules;

const MHS_CHANGE = '2025-01-01';
const MENTOR_CHANGE = '2024-01-01';
const SINCE_EVER = '1900-01-01';

const IMHS: CategoryRules = {
  ...common,
  education: { level: 'master', orPaidWorkYears: 0 },
  work: { years: 2, paid: true, afterDegree: true, familiesServed: 0 },
  training: {
    hours: [
      { from: SINCE_EVER, value: 30 },
      { from: MHS_CHANGE, value: 33 },
    ],
    rscProvision: 0,
    dei: [
      { from: SINCE_EVER, value: 0 },
      { from: MHS_CHANGE, value: 3 },
    ],
  },
  rsc: { hours: 50, windowMonths: 24, afterDegree: true, providers: ['IMHS', 'IMHM-C'], aboutRscProvided: 0 },
  references: { count: 3, endorsed: 1, roles: ['rsc-provider'] },
  exam: [
    { from: SINCE_EVER, value: true },
    { from: MHS_CHANGE, value: false },
  ],
};

const mentorPolicyOrFaculty: CategoryRules = {
  ...common,
  education: { level: 'master', orPaidWorkYears: 0 },
  training: {
    hours: [
      { from: SINCE_EVER, value: 30 },
      { from: MENTOR_CHANGE, value: 33 },
    ],
    rscProvision: 0,
    dei: [
      { from: SINCE_EVER, value: 0 },
      { from: MENTOR_CHANGE, value: 3 },
    ],
  },
  leadership: { years: 3, levels: [] },
  exam: true,
};

/**
 * The Alliance's rules for each category, keyed by the infant code (the early-childhood twin uses
 * the same). Thresholds that changed carry the day each value took effect.
 */
export const ALLIANCE_RULES: Readonly<Record<(typeof IMH_CODES)[number], CategoryRules>> = {
  IFA: {
    ...common,
    education: { level: 'cda', orPaidWorkYears: 2 },
  },
  IFS: {
    ...common,
    education: { level: 'bachelor', orPaidWorkYears: 0 },
    work: { years: 2, paid: true, afterDegree: true, familiesServed: 10 },
    rsc: { hours: 24, windowMonths: 24, afterDegree: false, providers: ['IFRS', 'IMHS', 'IMHM-C'], aboutRscProvided: 0 },
    references: { count: 3, endorsed: 1, roles: ['rsc-provider'] },
  },
  IFRS: {
    ...common,
    work: { years: 2, paid: true, afterDegree: false, familiesServed: 0 },
    training: { hours: 48, rscProvision: 15, dei: 3 },
    rsc: { hours: 24, windowMonths: 24, afterDegree: false, providers: ['IFRS', 'IMHS', 'IMHM-C'], aboutRscProvided: 0 },
    leadership: { years: 1, levels: [] },
  },
  IMHS,
  'IMHM-C': {
    ...IMHS,
    training: {
      hours: [
        { from: SINCE_EVER, value: 30 },
        { from: MENTOR_CHANGE, value: 48 },
      ],
      rscProvision: 15,
      dei: [
        { from: SINCE_EVER, value: 0 },
        { from: MENTOR_CHANGE, value: 3 },
      ],
    },
    // Unlike IMHS, the contract's table asks no "after the master's" of a Mentor's RSC.
    rsc: { hours: 50, windowMonths: 24, afterDegree: false, providers: ['IMHM-C'], aboutRscProvided: 25 },
    rscProvidedYears: 3,
    leadership: { years: 3, levels: ['regional', 'state', 'national'] },
    references: { count: 3, endorsed: 1, roles: ['rsc-provider', 'supervisee'] },
    exam: true,
  },
  'IMHM-P': mentorPolicyOrFaculty,
  'IMHM-RF': mentorPolicyOrFaculty,
};
