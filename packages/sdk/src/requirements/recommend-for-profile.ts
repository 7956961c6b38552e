import type { Endorsement } from '../codes/codes.js';
import { EDUCATION_LEVELS, type EducationLevel } from '../program/category-rules.js';
import type { Program } from '../program/program.js';
import type { ApplicationDraft } from '../schema/payload-types.js';
import { MAX_ENTRY_HOURS } from './amounts.js';
import { compareRecommendations, recommendCategories } from './recommend-categories.js';
import { readOptions } from './read-options.js';
import type { CategoryRecommendation, EvaluateOptions, RequirementId } from './requirement.js';

/**
 * A few facts about a person who has not applied yet: what "Which category fits me?" asks.
 * @example { endorsement: 'IMH-E', education: 'bachelor', workYears: 3, familiesServed: 12, trainingHours: 20, rscHours: 10 }
 */
export interface ApplicantProfile {
  endorsement?: Endorsement;
  /** The highest degree or credential, or `none`. */
  education?: EducationLevel | 'none';
  /** Years of paid work with the endorsement's age band, since that degree. */
  workYears?: number;
  familiesServed?: number;
  trainingHours?: number;
  /** Of the training hours, those on diversity, equity and inclusion. */
  deiHours?: number;
  /** Of the training hours, those on providing RSC. */
  rscProvisionHours?: number;
  /** Hours of RSC received from an endorsed provider within the last two years. */
  rscHours?: number;
  /** Years of leadership (regional, state or national). */
  leadershipYears?: number;
  /** Years of providing reflective supervision/consultation. */
  rscProvidedYears?: number;
}

// What a profile cannot tell and every applicant does later anyway: references, signatures,
// membership, transcripts. Left out, so the ranking turns on education, work, training and RSC.
const PAPERWORK: readonly RequirementId[] = [
  'references',
  'references-endorsed',
  'reference-rsc-provider',
  'reference-supervisee',
  'transcripts',
  'membership',
  'attestations',
];

const DAY = 86_400_000;

/**
 * `recommendCategories` for a profile instead of an application: every offered category of the
 * endorsement, ranked, each with what the person would still need (the paperwork every applicant
 * completes later is not listed). A category whose education requirement the profile does not
 * meet (a degree the person does not hold) is never met and comes after every category whose
 * education it meets, however few other things it lacks; among those, the lower degree first.
 * Never throws on a partial profile.
 * @example
 * const [best] = recommendForProfile(programs.first5Alabama, { endorsement: 'IMH-E', education: 'bachelor', workYears: 3, familiesServed: 12, trainingHours: 40, rscHours: 30 });
 * best?.category // 'IFS'
 */
export function recommendForProfile(program: Program, profile: ApplicantProfile, options: EvaluateOptions = {}): CategoryRecommendation[] {
  const { asOf } = readOptions(options);
  const ranked = recommendCategories(program, draftOf(profile, asOf), { ...options, asOf });
  const trimmed = ranked.map((result) => {
    const requirements = result.requirements.filter((r) => !(PAPERWORK as readonly string[]).includes(r.id));
    return { ...result, requirements, met: requirements.every((r) => r.met || r.later === true) };
  });
  // Ranked again: dropping the paperwork changes which are met. A missing degree counts as one
  // requirement like a few training hours do, but it is years away: those categories go last,
  // the nearest degree first (a bachelor's before a master's).
  const distance = (result: CategoryRecommendation) => {
    if (!result.requirements.some((r) => r.id === 'education' && !r.met)) return 0;
    const level = program.categories[result.category]?.rules.education.level;
    return 1 + (level ? EDUCATION_LEVELS.indexOf(level) : 0);
  };
  return trimmed.sort((a, b) => distance(a) - distance(b) || compareRecommendations(a, b));
}

// Past a working life, more years change nothing, and the dates stay in the calendar.
const MAX_YEARS = 100;

function draftOf(profile: ApplicantProfile, asOf: string): ApplicationDraft {
  const end = Date.parse(`${asOf}T00:00:00Z`);
  const daysBefore = (days: number) => new Date(end - days * DAY).toISOString().slice(0, 10);
  const amount = (value: number | undefined, max = Number.MAX_VALUE) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.min(value, max) : 0);
  const years = (value: number | undefined) => amount(value, MAX_YEARS);
  const hours = (value: number | undefined) => amount(value, MAX_ENTRY_HOURS);
  // The first day of a range of `n` years up to `asOf`, both ends included: ceil(n × 365.25) days,
  // the fewest whose days / 365.25 reach n (2 years: 731 days), so n years meet n years and less do not.
  const startOf = (n: number) => daysBefore(Math.max(Math.ceil(n * 365.25) - 1, 0));
  const work = years(profile.workYears);
  const since = startOf(work);
  const signature = { accepted: true as const, signedName: '-', signedOn: asOf };
  const span = (n: number) => ({ start: startOf(n) });
  // Without an endorsement every offered one is ranked; work counts for both age bands and an
  // IMHM-C provider's RSC for both (a twin code counts the same).
  return {
    ...(profile.endorsement ? { endorsement: profile.endorsement } : {}),
    membership: { association: '-' },
    education:
      profile.education && profile.education !== 'none'
        ? [{ level: profile.education, field: '-', institution: '-', completedOn: since, transcript: 'received' }]
        : [],
    work: work > 0 ? [{ employer: '-', role: '-', start: since, paid: true, ageBand: 'both', familiesServed: amount(profile.familiesServed), services: [], description: '-' }] : [],
    training: trainingOf(profile, asOf, hours),
    rscReceived:
      hours(profile.rscHours) > 0
        ? [{ provider: { name: '-', endorsement: profile.endorsement === 'ECMH-E' ? 'ECMHM-C' : 'IMHM-C' }, format: 'individual', modality: 'in-person', start: daysBefore(365), end: asOf, hours: hours(profile.rscHours) }]
        : [],
    rscProvided: years(profile.rscProvidedYears) > 0 ? [{ role: '-', description: '-', ...span(years(profile.rscProvidedYears)) }] : [],
    leadership: years(profile.leadershipYears) > 0 ? [{ activity: '-', level: 'state', description: '-', ...span(years(profile.leadershipYears)) }] : [],
    references: [],
    attestations: { codeOfEthics: signature, endorsementAgreement: signature },
  };
}

function trainingOf(profile: ApplicantProfile, asOf: string, amount: (value: number | undefined) => number): NonNullable<ApplicationDraft['training']> {
  const dei = amount(profile.deiHours);
  const provision = amount(profile.rscProvisionHours);
  const rest = Math.max(0, amount(profile.trainingHours) - dei - provision);
  const entry = (hours: number, topic: 'iecmh' | 'dei' | 'rsc-provision') => ({ title: '-', provider: '-', date: asOf, hours, topics: [topic] });
  return [
    ...(rest > 0 ? [entry(rest, 'iecmh')] : []),
    ...(dei > 0 ? [entry(dei, 'dei')] : []),
    ...(provision > 0 ? [entry(provision, 'rsc-provision')] : []),
  ];
}
