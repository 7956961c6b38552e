import { EDUCATION_LEVELS, LEADERSHIP_LEVELS, REFERENCE_ROLES } from '../schema/levels-and-roles.js';
import type { FieldOption } from './step-spec.js';

const keyed = (set: string, values: readonly string[]): FieldOption[] =>
  values.map((value) => ({ value, labelKey: `form.option.${set}.${value}` }));

/** Work services offered as choices; `services` stays a list of strings in the payload. */
export const SERVICES = [
  'home-visiting',
  'early-intervention',
  'early-care-education',
  'mental-health',
  'parenting-support',
  'screening-assessment',
  'case-management',
  'consultation',
  'health-care',
  'child-welfare',
  'reflective-supervision',
  'other',
] as const;

/** The domains of the Competency Guidelines® (names only; the Guidelines are linked, not embedded). */
export const COMPETENCY_DOMAINS = [
  'theoretical-foundations',
  'law-regulation-policy',
  'systems-expertise',
  'direct-service-skills',
  'working-with-others',
  'communicating',
  'thinking',
  'reflection',
  'administration',
] as const;

export const OPTIONS = {
  educationLevel: keyed('educationLevel', EDUCATION_LEVELS),
  transcript: keyed('transcript', ['not-requested', 'requested', 'received']),
  ageBand: keyed('ageBand', ['infant', 'early-childhood', 'both']),
  service: keyed('service', SERVICES),
  trainingTopic: keyed('trainingTopic', ['iecmh', 'rsc-provision', 'dei']),
  competency: keyed('competency', COMPETENCY_DOMAINS),
  rscFormat: keyed('rscFormat', ['individual', 'group']),
  rscModality: keyed('rscModality', ['in-person', 'virtual']),
  leadershipLevel: keyed('leadershipLevel', LEADERSHIP_LEVELS),
  referenceRole: keyed('referenceRole', REFERENCE_ROLES),
} as const;
