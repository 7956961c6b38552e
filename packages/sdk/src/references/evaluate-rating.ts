import { today, valueAsOf, type IsoDate } from '../program/dated.js';
import type { Program } from '../program/program.js';
import { referenceSettings } from './reference-settings-of.js';
import type { RaterAnswersDraft } from '../schema/reference-wire.js';
import { PLACEHOLDER_RATING_FORM } from './reference-defaults.js';

/**
 * Why a form is set apart for the coordinator. `not-enough-information`: too many `'nei'` answers
 * (the form does not count); `stale`: completed longer ago than the program's `validForMonths`
 * (does not count); `known-briefly`: the rater has known the applicant for fewer months than
 * `minKnownMonths` (a flag only); `recommendation`: a flagged overall recommendation, such as
 * "do not recommend" (a flag only).
 * @example const flag: RatingFlag = 'known-briefly';
 */
export type RatingFlag = 'not-enough-information' | 'stale' | 'known-briefly' | 'recommendation';

/**
 * Whether a submitted form counts, and its flags.
 * @example { counted: false, notEnoughInformation: 6, flags: ['not-enough-information'] }
 */
export interface RatingEvaluation {
  counted: boolean;
  /** How many items were answered "not enough information". */
  notEnoughInformation: number;
  flags: RatingFlag[];
}

/**
 * Options of `evaluateRating`.
 * @example const options: EvaluateRatingOptions = { asOf: '2026-06-01', completedOn: '2026-03-04' };
 */
export interface EvaluateRatingOptions {
  /** The day the form is judged on (staleness). @default today */
  asOf?: IsoDate;
  /** The day the form was completed: its thresholds apply. @default the signature's date, else `asOf` */
  completedOn?: IsoDate;
}

const MONTH_DAYS = 365.25 / 12;

/**
 * Judges a rater's answers by the program's thresholds in force when they were completed: 6 or more
 * (`invalidAtNotEnoughInformation`) "not enough information" answers and the form does not count;
 * known for fewer than `minKnownMonths` and a flagged recommendation are flags; older than
 * `validForMonths` on `asOf` and it is stale (does not count).
 * @example
 * evaluateRating(programs.alliance, answers, { asOf: '2026-06-01' })
 * // { counted: true, notEnoughInformation: 1, flags: ['known-briefly'] }
 */
export function evaluateRating(program: Program, answers: RaterAnswersDraft, options: EvaluateRatingOptions = {}): RatingEvaluation {
  const asOf = options.asOf ?? today();
  const completedOn = options.completedOn ?? answers.signature?.signedOn ?? asOf;
  const settings = referenceSettings(program);
  const form = valueAsOf(settings.form ?? PLACEHOLDER_RATING_FORM, completedOn);
  const items = new Set(form.domains.flatMap((domain) => domain.items.map((item) => item.id)));
  const notEnoughInformation = Object.entries(answers.ratings ?? {}).filter(([id, value]) => items.has(id) && value === 'nei').length;
  const flags: RatingFlag[] = [];
  if (notEnoughInformation >= valueAsOf(settings.invalidAtNotEnoughInformation, completedOn)) flags.push('not-enough-information');
  if (settings.validForMonths !== undefined) {
    const months = valueAsOf(settings.validForMonths, completedOn);
    const age = (Date.parse(asOf) - Date.parse(completedOn)) / 86_400_000 / MONTH_DAYS;
    if (age >= months) flags.push('stale');
  }
  if (answers.knownMonths !== undefined && answers.knownMonths < valueAsOf(settings.minKnownMonths, completedOn))
    flags.push('known-briefly');
  if (form.recommendations.some((option) => option.flagged && option.value === answers.recommendation)) flags.push('recommendation');
  return { counted: !flags.includes('not-enough-information') && !flags.includes('stale'), notEnoughInformation, flags };
}
