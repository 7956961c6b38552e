import { EDUCATION_LEVELS, type EducationLevel } from '../schema/levels-and-roles.js';
import type { Program } from '../program/program.js';
import type { ApplicationDraft } from '../schema/payload-types.js';
import { MAX_ENTRY_HOURS } from './amounts.js';
import { ADVANCEMENT_ORDER, baseCodeOf, type Endorsement } from '../codes/codes.js';
import { confirmDetail } from './confirm-detail.js';
import { recommendCategories } from './recommend-categories.js';
import { readOptions } from './read-options.js';
import type { CategoryRecommendation, EvaluateOptions, Requirement, RequirementId } from './requirement.js';

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
  /** Of the RSC hours, those about the RSC the person provides. */
  rscAboutProvidedHours?: number;
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
 * One category as `recommendForProfile` ranks it: `recommendCategories`' result, where what the
 * profile does not say is `toConfirm` instead of missing.
 * @example recommendForProfile(programs.alliance, profile)[0]?.fits // true
 */
export interface ProfileRecommendation extends CategoryRecommendation {
  /**
   * Nothing the profile says is short: every requirement is met, comes later or is `toConfirm`.
   * `met` is true only when nothing is left to confirm either.
   */
  fits: boolean;
}

/**
 * `recommendCategories` for a profile instead of an application: every offered category of the
 * endorsement, ranked, each with what the person would still need (the paperwork every applicant
 * completes later is not listed). What the profile does not say (a question not asked or left
 * blank) is never counted as missing: a requirement that an answer could still meet is
 * `toConfirm`, worded as the threshold to confirm; one that no answer to the open questions could
 * meet stays missing (20 training hours known: the 30 hours are missing, whatever the DEI share).
 *
 * Ranked by what the answers show: first the categories that fit (nothing known short), most
 * advanced first, whether met or with things to confirm; then those short of something known, by
 * fewest such requirements, ties most advanced first; last those whose degree the person does not
 * hold (years away, however few other things they lack), the nearer degree first.
 * Never throws on a partial profile.
 * @example
 * const [best] = recommendForProfile(programs.first5Alabama, { endorsement: 'IMH-E', education: 'bachelor', workYears: 3, familiesServed: 12, trainingHours: 40, deiHours: 3, rscHours: 30, leadershipYears: 0 });
 * best?.category // 'IFS'
 */
export function recommendForProfile(program: Program, profile: ApplicantProfile, options: EvaluateOptions = {}): ProfileRecommendation[] {
  const settings = readOptions(options);
  const evaluate = (draft: ApplicationDraft) => recommendCategories(program, draft, { ...options, asOf: settings.asOf });
  // The profile read twice: what is unknown as nothing, and as plenty. A requirement met only in
  // the second depends on what nobody answered: to confirm.
  const known = evaluate(draftOf(profile, settings.asOf, false));
  const hopeful = new Map(evaluate(draftOf(profile, settings.asOf, true)).map((r) => [r.category, r]));
  const results = known.map((result): ProfileRecommendation => {
    const best = hopeful.get(result.category);
    const requirements = result.requirements
      .filter((r) => !(PAPERWORK as readonly string[]).includes(r.id))
      .map((r): Requirement => {
        if (r.met || r.later || !best?.requirements.some((b) => b.id === r.id && b.met)) return r;
        const { have: _unknown, ...rest } = r;
        return { ...rest, toConfirm: true, detail: confirmDetail(program, result.category, r, settings) };
      });
    const short = requirements.filter(isShort);
    return { ...result, requirements, met: requirements.every((r) => r.met || r.later === true), fits: short.length === 0 };
  });
  const distance = (result: ProfileRecommendation) => {
    if (!result.requirements.some((r) => r.id === 'education' && isShort(r))) return 0;
    const level = program.categories[result.category]?.rules.education.level;
    return 1 + (level ? EDUCATION_LEVELS.indexOf(level) : 0);
  };
  const shortCount = (result: ProfileRecommendation) => result.requirements.filter(isShort).length;
  const rank = (result: ProfileRecommendation) => ADVANCEMENT_ORDER.indexOf(baseCodeOf(result.category));
  return results.sort(
    (a, b) => distance(a) - distance(b) || Number(b.fits) - Number(a.fits) || shortCount(a) - shortCount(b) || rank(a) - rank(b),
  );
}

// Known to be short: neither met, nor after review, nor waiting on an answer.
const isShort = (r: Requirement) => !r.met && r.later !== true && r.toConfirm !== true;

// Past a working life, more years change nothing, and the dates stay in the calendar.
const MAX_YEARS = 100;

// `hopeful`: each unanswered number counts as plenty and an unanswered education as a doctorate,
// bounded by what is answered (DEI hours never more than the training hours given).
function draftOf(given: ApplicantProfile, asOf: string, hopeful: boolean): ApplicationDraft {
  const profile = hopeful ? filledIn(given) : given;
  const end = Date.parse(`${asOf}T00:00:00Z`);
  const daysBefore = (days: number) => new Date(end - days * DAY).toISOString().slice(0, 10);
  const amount = (value: number | undefined, max = Number.MAX_VALUE) =>
    typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.min(value, max) : 0;
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
    work:
      work > 0
        ? [
            {
              employer: '-',
              role: '-',
              start: since,
              paid: true,
              ageBand: 'both',
              familiesServed: amount(profile.familiesServed),
              services: [],
              description: '-',
            },
          ]
        : [],
    training: trainingOf(profile, asOf, hours),
    rscReceived: rscOf(profile, daysBefore(365), asOf, hours),
    rscProvided: years(profile.rscProvidedYears) > 0 ? [{ role: '-', description: '-', ...span(years(profile.rscProvidedYears)) }] : [],
    leadership:
      years(profile.leadershipYears) > 0
        ? [{ activity: '-', level: 'state', description: '-', ...span(years(profile.leadershipYears)) }]
        : [],
    references: [],
    attestations: { codeOfEthics: signature, endorsementAgreement: signature },
  };
}

const PLENTY_YEARS = MAX_YEARS;
const PLENTY_HOURS = MAX_ENTRY_HOURS;

function filledIn(profile: ApplicantProfile): ApplicantProfile {
  const training = profile.trainingHours ?? PLENTY_HOURS;
  const rsc = profile.rscHours ?? PLENTY_HOURS;
  return {
    ...profile,
    education: profile.education ?? 'doctorate',
    workYears: profile.workYears ?? PLENTY_YEARS,
    familiesServed: profile.familiesServed ?? PLENTY_HOURS,
    trainingHours: training,
    deiHours: profile.deiHours ?? training,
    rscProvisionHours: profile.rscProvisionHours ?? training,
    rscHours: rsc,
    rscAboutProvidedHours: profile.rscAboutProvidedHours ?? rsc,
    leadershipYears: profile.leadershipYears ?? PLENTY_YEARS,
    rscProvidedYears: profile.rscProvidedYears ?? PLENTY_YEARS,
  };
}

// The training hours as entries whose topics add up as answered: the DEI and RSC-provision hours
// are shares of the total (overlapping only where together they exceed it); without a total, the
// shares alone.
function trainingOf(
  profile: ApplicantProfile,
  asOf: string,
  amount: (value: number | undefined) => number,
): NonNullable<ApplicationDraft['training']> {
  const dei = amount(profile.deiHours);
  const provision = amount(profile.rscProvisionHours);
  const total = profile.trainingHours === undefined ? dei + provision : Math.max(amount(profile.trainingHours), dei, provision);
  const both = Math.max(0, dei + provision - total);
  const entry = (hours: number, topics: ('iecmh' | 'dei' | 'rsc-provision')[]) => ({
    title: '-',
    provider: '-',
    date: asOf,
    hours,
    topics,
  });
  return [
    [total - dei - provision + both, ['iecmh']] as const,
    [dei - both, ['dei']] as const,
    [provision - both, ['rsc-provision']] as const,
    [both, ['dei', 'rsc-provision']] as const,
  ]
    .filter(([hours]) => hours > 0)
    .map(([hours, topics]) => entry(hours, [...topics]));
}

// RSC received in the last year from an IMHM-C (counts for every category), the share about the
// RSC the person provides as its own entry.
function rscOf(
  profile: ApplicantProfile,
  start: string,
  end: string,
  amount: (value: number | undefined) => number,
): NonNullable<ApplicationDraft['rscReceived']> {
  const hours = amount(profile.rscHours);
  const about = Math.min(amount(profile.rscAboutProvidedHours), hours);
  const provider = { name: '-', endorsement: profile.endorsement === 'ECMH-E' ? ('ECMHM-C' as const) : ('IMHM-C' as const) };
  const entry = (h: number, aboutRscProvided: boolean) => ({
    provider,
    format: 'individual' as const,
    modality: 'in-person' as const,
    start,
    end,
    hours: h,
    aboutRscProvided,
  });
  return [...(hours - about > 0 ? [entry(hours - about, false)] : []), ...(about > 0 ? [entry(about, true)] : [])];
}
