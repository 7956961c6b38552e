import type { Code } from '../codes/codes.js';
import type { Dated } from './dated.js';

/**
 * A day of the year, `MM-DD`, that recurs every year (a 29 February falls on the 28th in other years).
 * @example const due: MonthDay = '12-31';
 */
export type MonthDay = string;

/**
 * What an endorsee attests when renewing: the Code of Ethics re-signed, and that no licensing board
 * has sanctioned them (journey.md §2.1).
 * @example const attestation: RenewalAttestation = 'no-sanction';
 */
export type RenewalAttestation = 'code-of-ethics' | 'no-sanction';

/**
 * The hours a renewal asks for, **per year** of the cycle (a 3-year cycle asks three times as many).
 * @example const hours: RenewalHours = { training: 15, dei: 1, rscProvision: 3, rscReceived: { IMHS: 12 } };
 */
export interface RenewalHours {
  /** Clock hours of relationship-based IECMH training. @default 15 */
  training: number;
  /** Of them, on diversity, equity and inclusion. @default 1 */
  dei: number;
  /** Of them, on providing reflective supervision: only for endorsees who provide it. @default 3 */
  rscProvision: number;
  /**
   * Hours of reflective supervision/consultation received, by category; a category not listed needs
   * none. @default 12 for IFS, IFRS, IMHS, IMHM-C and their ECMH twins
   */
  rscReceived: Readonly<Partial<Record<Code, number>>>;
  /**
   * Fewer RSC hours for long-endorsed categories (MI, PA: Mentors after three years, 10 hours).
   * @default { categories: ['IMHM-C', 'ECMHM-C'], afterYears: 3, rscReceived: 10 }
   */
  reduced: { categories: readonly Code[]; afterYears: number; rscReceived: number } | null;
}

/**
 * The older form of the renewal fees, as whole amounts of the program's currency (`25` is 25
 * dollars). The fees belong in the program's `feeSchedule` (kinds `renewal`, `late`, `inactive`,
 * `reinstatement`, in cents, with words and a way to pay); `renewal.fees` is read only for a kind
 * the schedule does not list, paid as the coordinator says (docs/fees.md, "Renewal fees").
 * @default all 0
 * @example const fees: RenewalFees = { renewal: 30, late: 25, inactive: 25, reinstatement: 50 };
 */
export interface RenewalFees {
  renewal: number;
  /** Added to the renewal fee in the late window. */
  late: number;
  /** To be placed on inactive status (and to reactivate). */
  inactive: number;
  /** To be reinstated after removal. */
  reinstatement: number;
}

/**
 * How a program runs the yearly renewal of its endorsees (docs/programs.md, "Renewal"), defaults
 * applied: what `renewalSettings(program)` answers. Dated values are read on the day a cycle starts
 * (its dates) or on its due date (what it asks for).
 * @example renewalSettings(programs.alliance).due // '12-31'
 */
export interface RenewalSettings {
  /** Years between two renewals (Pennsylvania: 3). @default 1 */
  cycleYears: Dated<number>;
  /** When the renewal form opens, before the due date. @default '10-01' */
  windowOpens: Dated<MonthDay>;
  /** The due date. @default '12-31' */
  due: Dated<MonthDay>;
  /** The last day of the late window after the due date (late fee); `null`: none, removal the day after the due date. @default null */
  lateUntil: Dated<MonthDay | null>;
  /** No hours for the first renewal after the endorsement: membership and attestations only. @default true */
  firstYearExempt: Dated<boolean>;
  hours: Dated<RenewalHours>;
  /** @default ['code-of-ethics', 'no-sanction'] */
  attestations: Dated<readonly RenewalAttestation[]>;
  /** A current membership (its expiry date on or after the day of submission). @default true */
  membership: Dated<boolean>;
  /** The older form of the renewal fees (whole amounts); `feeSchedule` is read first. @default all 0 */
  fees: Dated<RenewalFees>;
  /**
   * The renewal is submitted only once its fees are paid, waived or invoiced (or a card payment is
   * in progress). @default false: submitted at once, the coordinator sees each fee's state before approving.
   */
  payBeforeSubmit: boolean;
  /** Inactive status on request (off the registry, keeps the endorsement on hold); `null`: not offered. @default { maxMonths: 24 } */
  inactive: Dated<{ maxMonths: number } | null>;
  /**
   * Reinstatement after removal (journey.md §2.2): a new application with `ratings` new reference
   * ratings, started within `withinMonths` of the lapse (`null`: any time); `null`: not offered.
   * @default { withinMonths: null, ratings: 3 }
   */
  reinstatement: Dated<{ withinMonths: number | null; ratings: number } | null>;
  /** Days before the due date when reminders go out while the renewal is not submitted. @default [30, 7, 1] */
  reminderDays: readonly number[];
}

/**
 * What a program configured of its renewal, as `Program.renewal` keeps it: only what it set.
 * `renewalSettings(program)` applies the defaults.
 * @example programs.alliance.renewal // undefined
 */
export type RenewalConfig = Partial<RenewalSettings>;
