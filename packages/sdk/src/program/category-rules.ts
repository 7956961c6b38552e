import type { Code } from '../codes/codes.js';
import type { EducationLevel, LeadershipLevel, ReferenceRole } from '../schema/levels-and-roles.js';
import { valueAsOf, type Dated } from './dated.js';

/**
 * What one category requires, as data. Every number may be {@link Dated}; `0` means "not required".
 * The infant and early-childhood twins share one set of rules.
 * @example programs.alliance.categories.IMHS.rules.rsc.hours // 50
 */
export interface CategoryRules {
  education: {
    /** The lowest degree or credential that qualifies, or `null` when none is required. */
    level: EducationLevel | null;
    /** Years of paid work with the age band that may stand in for the degree (IFA), or 0. */
    orPaidWorkYears: Dated<number>;
  };
  work: {
    /** Years of work with the age band (union of date ranges, days / 365.25). */
    years: Dated<number>;
    /** Only paid work counts. */
    paid: boolean;
    /** Only work after the qualifying degree counts. */
    afterDegree: boolean;
    /** Families served, summed over the counted work entries. */
    familiesServed: Dated<number>;
  };
  training: {
    /** Clock hours of specialized in-service training in total. */
    hours: Dated<number>;
    /** Of which on providing RSC (`rsc-provision`). */
    rscProvision: Dated<number>;
    /** Of which on diversity, equity and inclusion (`dei`). */
    dei: Dated<number>;
  };
  rsc: {
    /** Clock hours of RSC received from qualifying providers inside one window. */
    hours: Dated<number>;
    /** The window's length in months. */
    windowMonths: Dated<number>;
    /** Only RSC that started on or after the qualifying degree counts. */
    afterDegree: boolean;
    /** Provider endorsements that qualify (a twin counts the same). */
    providers: readonly Code[];
    /** Hours of the window that must be about the RSC the applicant provides. */
    aboutRscProvided: Dated<number>;
  };
  /** Years of providing RSC (`rscProvided`). */
  rscProvidedYears: Dated<number>;
  leadership: {
    years: Dated<number>;
    /** Levels that count; empty = any. */
    levels: readonly LeadershipLevel[];
  };
  references: {
    count: Dated<number>;
    /** How many references must be endorsed. */
    endorsed: Dated<number>;
    /** Roles that must each appear at least once. */
    roles: readonly ReferenceRole[];
  };
  /** A written exam after review. */
  exam: Dated<boolean>;
  /** Membership in an association is required. */
  membership: boolean;
  /** A transcript at least requested for each degree (associate and higher). */
  transcripts: boolean;
  /** The Code of Ethics and Endorsement Agreement signed. */
  attestations: boolean;
}

/** Rules with every dated threshold resolved for one day: what `evaluateRequirements` checks. */
export interface ResolvedCategoryRules {
  asOf: string;
  education: { level: EducationLevel | null; orPaidWorkYears: number };
  work: { years: number; paid: boolean; afterDegree: boolean; familiesServed: number };
  training: { hours: number; rscProvision: number; dei: number };
  rsc: { hours: number; windowMonths: number; afterDegree: boolean; providers: readonly Code[]; aboutRscProvided: number };
  rscProvidedYears: number;
  leadership: { years: number; levels: readonly LeadershipLevel[] };
  references: { count: number; endorsed: number; roles: readonly ReferenceRole[] };
  exam: boolean;
  membership: boolean;
  transcripts: boolean;
  attestations: boolean;
}

/**
 * The rules in force on `asOf`.
 * @example resolveRules(programs.alliance.categories.IMHS.rules, '2024-06-01').exam // true
 */
export function resolveRules(rules: CategoryRules, asOf: string): ResolvedCategoryRules {
  const at = <T>(d: Dated<T>) => valueAsOf(d, asOf);
  return {
    asOf,
    education: { level: rules.education.level, orPaidWorkYears: at(rules.education.orPaidWorkYears) },
    work: {
      years: at(rules.work.years),
      paid: rules.work.paid,
      afterDegree: rules.work.afterDegree,
      familiesServed: at(rules.work.familiesServed),
    },
    training: { hours: at(rules.training.hours), rscProvision: at(rules.training.rscProvision), dei: at(rules.training.dei) },
    rsc: {
      hours: at(rules.rsc.hours),
      windowMonths: at(rules.rsc.windowMonths),
      afterDegree: rules.rsc.afterDegree,
      providers: rules.rsc.providers,
      aboutRscProvided: at(rules.rsc.aboutRscProvided),
    },
    rscProvidedYears: at(rules.rscProvidedYears),
    leadership: { years: at(rules.leadership.years), levels: rules.leadership.levels },
    references: { count: at(rules.references.count), endorsed: at(rules.references.endorsed), roles: rules.references.roles },
    exam: at(rules.exam),
    membership: rules.membership,
    transcripts: rules.transcripts,
    attestations: rules.attestations,
  };
}
