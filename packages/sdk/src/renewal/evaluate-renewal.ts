import type { Code } from '../codes/codes.js';
import { formatDay } from '../i18n/format-day.js';
import { today, valueAsOf, type IsoDate } from '../program/dated.js';
import type { Program } from '../program/program.js';
import { ceil2, shownHave, total } from '../requirements/amounts.js';
import { parseDay } from '../requirements/calendar.js';
import { readDraft } from '../requirements/read-draft.js';
import type { FeeDue } from '../program/fees-due.js';
import { renewalPhase, type RenewalCycle, type RenewalPhase } from './renewal-dates.js';
import { renewalFeesDue } from './renewal-fees.js';
import { sayRenewal } from './renewal-messages.js';
import { renewalAttestations, renewalSettings } from './renewal-settings-of.js';

/**
 * The id of one renewal check. Fixed, so a UI may key on it.
 * @example const id: RenewalCheckId = 'rsc-hours';
 */
export type RenewalCheckId =
  | 'training-hours'
  | 'training-dei'
  | 'training-rsc-provision'
  | 'rsc-hours'
  | 'membership'
  | 'attestation-code-of-ethics'
  | 'attestation-no-sanction';

/**
 * One thing a renewal needs and how far the draft meets it, like a `Requirement` of an application.
 * @example { id: 'training-dei', met: false, have: 0, need: 1, unit: 'hours', detail: '1 more hour of training on diversity, equity and inclusion (of 1).' }
 */
export interface RenewalCheck {
  id: RenewalCheckId;
  met: boolean;
  /** Hours counted, rounded down while unmet. */
  have?: number;
  need?: number;
  unit?: 'hours';
  /** A sentence in the requested locale: what was counted, or what is missing. */
  detail: string;
}

/**
 * Options of `evaluateRenewal`: which category, which cycle and when.
 * @example { category: 'IMHS', endorsedOn: '2020-05-01', cycle: renewalCycle(program, { endorsedOn: '2020-05-01', lastRenewedOn: '2025-11-20' }) }
 */
export interface EvaluateRenewalOptions {
  category: Code;
  /** The day the category was endorsed (the Mentor exception counts years from it). */
  endorsedOn: IsoDate;
  /** The cycle being renewed (`renewalCycle`, `nextRenewalCycle`, or the receiver's stored dates). */
  cycle: RenewalCycle;
  /** The day of the evaluation: hours dated after it do not count yet. @default today */
  asOf?: IsoDate;
  /** The language of each `detail`. @default 'en' */
  locale?: string;
}

/**
 * How a renewal draft stands: the live checklist, the phase of its cycle and the fee due.
 * @example
 * const result = evaluateRenewal(program, draft, options);
 * result.checks.filter((c) => !c.met).map((c) => c.detail);
 */
export interface RenewalResult {
  category: Code;
  /** Every check is met. */
  met: boolean;
  /** The first renewal, exempt from hours: the hour checks are absent. */
  exempt: boolean;
  phase: RenewalPhase;
  /**
   * The renewal form's fees (`renewalFeesDue`) on `asOf`, in minor units (cents) of `currency`: the
   * renewal fee as on the due date, the late fee only in the late window. `due` lists each with its
   * words and how it is paid.
   */
  fees: { renewal: number; late: number; total: number; currency: string; due: FeeDue[] };
  checks: RenewalCheck[];
  /** `renewal.exempt` in the requested locale, when exempt. */
  note?: string;
}

const DAY = 86_400_000;
const yearsBetween = (from: IsoDate, to: IsoDate) => (Date.parse(to) - Date.parse(from)) / DAY / 365.25;

/**
 * Evaluates a renewal the way `evaluateRequirements` evaluates an application: a partial draft or
 * any JSON value, never throwing on it; what is missing does not count. Hours count from the
 * cycle's `periodStart` to `asOf` (training by its date, an undated one counts as typed; RSC by its
 * end), per year of the cycle. The RSC-provision hours apply when `providesRsc` is true; the RSC
 * received by category, fewer after the program's years for the reduced categories (Mentors).
 * @example
 * const cycle = renewalCycle(programs.alliance, { endorsedOn: '2019-05-01', lastRenewedOn: '2025-11-20' });
 * evaluateRenewal(programs.alliance, draft, { category: 'IMHS', endorsedOn: '2019-05-01', cycle, asOf: '2026-10-15' }).met
 */
export function evaluateRenewal(program: Program, draft: unknown, options: EvaluateRenewalOptions): RenewalResult {
  const { category, cycle } = options;
  const asOf = options.asOf ?? today();
  const locale = options.locale ?? 'en';
  if (parseDay(asOf) === null) throw new TypeError('`asOf` must be YYYY-MM-DD');
  const settings = renewalSettings(program);
  const rulesDay = cycle.dueOn;
  const say = (key: string, params?: Record<string, string | number>, count?: number) =>
    sayRenewal(program, locale, `renewal.${key}`, params, count);
  const date = (iso: IsoDate) => formatDay(iso, locale);
  const facts = readDraft(draft);
  const from = parseDay(cycle.periodStart) ?? Number.NEGATIVE_INFINITY;
  const until = parseDay(asOf)!;
  const years = Math.max(1, valueAsOf(settings.cycleYears, rulesDay));
  const exempt = cycle.firstRenewal && valueAsOf(settings.firstYearExempt, rulesDay);
  const checks: RenewalCheck[] = [];

  const hoursCheck = (id: RenewalCheckId, need: number, have: number, since = true) => {
    if (need <= 0) return;
    const met = have >= need;
    const shown = shownHave(have, met);
    const params = { have: shown, need, missing: ceil2(need - have), ...(since ? { since: date(cycle.periodStart) } : {}) };
    checks.push({
      id,
      met,
      have: shown,
      need,
      unit: 'hours',
      detail: say(`${id}.${met ? 'met' : 'missing'}`, params, met ? shown : params.missing),
    });
  };
  if (!exempt) {
    const hours = valueAsOf(settings.hours, rulesDay);
    const training = facts.training.filter((t) => t.date === null || (t.date >= from && t.date <= until));
    const sum = (topic?: string) => total(training.filter((t) => topic === undefined || t.topics.includes(topic)).map((t) => t.hours));
    hoursCheck('training-hours', hours.training * years, sum());
    hoursCheck('training-dei', hours.dei * years, sum('dei'), false);
    const providesRsc = typeof draft === 'object' && draft !== null && (draft as { providesRsc?: unknown }).providesRsc === true;
    if (providesRsc) hoursCheck('training-rsc-provision', hours.rscProvision * years, sum('rsc-provision'), false);
    const reduced = hours.reduced;
    const long =
      reduced !== null && reduced.categories.includes(category) && yearsBetween(options.endorsedOn, cycle.dueOn) >= reduced.afterYears;
    const rscNeed = long ? reduced.rscReceived : (hours.rscReceived[category] ?? 0);
    const rsc = facts.rscReceived.filter((e) => e.end >= from && e.end <= until);
    hoursCheck('rsc-hours', rscNeed * years, total(rsc.map((e) => e.hours)));
  }
  if (valueAsOf(settings.membership, rulesDay)) {
    const membership = (draft as { membership?: { association?: unknown; expiresOn?: unknown } } | null)?.membership;
    const expiresOn = typeof membership?.expiresOn === 'string' && parseDay(membership.expiresOn) !== null ? membership.expiresOn : null;
    const met =
      typeof membership?.association === 'string' && membership.association.trim() !== '' && expiresOn !== null && expiresOn >= asOf;
    checks.push({ id: 'membership', met, detail: met ? say('membership.met', { date: date(expiresOn!) }) : say('membership.missing') });
  }
  const attestations = (draft as { attestations?: Record<string, unknown> } | null)?.attestations;
  for (const attestation of renewalAttestations(program, rulesDay)) {
    const key = attestation === 'code-of-ethics' ? 'codeOfEthics' : 'noSanction';
    const signature = attestations?.[key] as { accepted?: unknown; signedName?: unknown } | undefined;
    const met = signature?.accepted === true && typeof signature.signedName === 'string' && signature.signedName.trim() !== '';
    const id = `attestation-${attestation}` as const;
    checks.push({ id, met, detail: say(`${id}.${met ? 'met' : 'missing'}`) });
  }

  const phase = renewalPhase(cycle, asOf);
  const due = renewalFeesDue(program, { category, cycle, on: asOf });
  const amount = (kind: string) => due.find((fee) => fee.kind === kind)?.amount ?? 0;
  return {
    category,
    met: checks.every((c) => c.met),
    exempt,
    phase,
    fees: {
      renewal: amount('renewal'),
      late: amount('late'),
      total: due.reduce((sum, fee) => sum + fee.amount, 0),
      currency: due[0]?.currency ?? program.feeSchedule?.[0]?.currency ?? 'USD',
      due,
    },
    checks,
    ...(exempt ? { note: say('exempt') } : {}),
  };
}
