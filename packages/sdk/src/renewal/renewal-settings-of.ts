import type { Program } from '../program/program.js';
import { valueAsOf } from '../program/dated.js';
import type { RenewalAttestation, RenewalHours, RenewalSettings } from '../program/renewal-config.js';

/** The kit's renewal hours (journey.md §2.1): 15 of training, 1 DEI, 3 on providing RSC, 12 of RSC received where the category needs it. */
export const DEFAULT_RENEWAL_HOURS: RenewalHours = {
  training: 15,
  dei: 1,
  rscProvision: 3,
  rscReceived: { IFS: 12, IFRS: 12, IMHS: 12, 'IMHM-C': 12, ECFS: 12, ECFRS: 12, ECMHS: 12, 'ECMHM-C': 12 },
  reduced: { categories: ['IMHM-C', 'ECMHM-C'], afterYears: 3, rscReceived: 10 },
};

/**
 * A program's renewal settings with the kit's defaults for what it did not configure: a yearly cycle,
 * the window open from 1 October, due 31 December, no late window, the first renewal exempt from
 * hours, {@link DEFAULT_RENEWAL_HOURS}, both attestations, a current membership, no fees (beyond
 * the `feeSchedule`'s) and submitting before paying them, inactive status for up to 24 months,
 * reinstatement at any time with 3 new ratings, reminders 30, 7 and 1 days before the due date.
 * @example renewalSettings(programs.alliance).reminderDays // [30, 7, 1]
 */
export function renewalSettings(program: Program): RenewalSettings {
  const { reminderDays, ...own } = program.renewal ?? {};
  return {
    cycleYears: 1,
    windowOpens: '10-01',
    due: '12-31',
    lateUntil: null,
    firstYearExempt: true,
    hours: DEFAULT_RENEWAL_HOURS,
    attestations: ['code-of-ethics', 'no-sanction'],
    membership: true,
    fees: { renewal: 0, late: 0, inactive: 0, reinstatement: 0 },
    payBeforeSubmit: false,
    inactive: { maxMonths: 24 },
    reinstatement: { withinMonths: null, ratings: 3 },
    ...own,
    // Latest first: the reminder furthest from the due date goes out first.
    reminderDays: [...(reminderDays ?? [30, 7, 1])].sort((a, b) => b - a),
  };
}

/**
 * The attestations a renewal due on `day` asks for. A list of attestations is itself an array, so
 * it is read as dated only when its entries have `from`.
 * @example renewalAttestations(programs.alliance, '2026-12-31') // ['code-of-ethics', 'no-sanction']
 */
export function renewalAttestations(program: Program, day: string): readonly RenewalAttestation[] {
  const listed = renewalSettings(program).attestations as readonly unknown[];
  return (
    listed.length > 0 && typeof listed[0] === 'object' ? valueAsOf(renewalSettings(program).attestations, day) : listed
  ) as readonly RenewalAttestation[];
}
