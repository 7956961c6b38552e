import type { Code } from '../codes/codes.js';
import { localize } from '../i18n/localized-text.js';
import type { Program } from '../program/program.js';
import type { RatingsCheck, RatingSummary } from '../requirements/requirement.js';
import type { Requirement } from '../requirements/requirement.js';
import { fillSlots } from './fill-slots.js';
import { translateRatingCheck } from './rating-messages.js';

/**
 * The receiver's summary of a registration's reference requests, for `evaluateRequirements`'s
 * `ratings` option: then only submitted, counted forms count towards the references, and each rater
 * slot of the category is one more requirement, `reference-slot-${id}`.
 * @example
 * evaluateRequirements(programs.alliance, draft, {
 *   ratings: rateReferences([{ requestId: 'r1', role: 'supervisor', endorsed: true, current: true, state: 'submitted', counted: true }]),
 * }).requirements.find((r) => r.id === 'references')?.have // 1
 */
export function rateReferences(summaries: readonly RatingSummary[]): RatingsCheck {
  if (!Array.isArray(summaries)) throw new TypeError('`ratings` must be an array of rating summaries');
  return {
    summaries,
    detail: (program, locale, id, met, params) =>
      translateRatingCheck(program, locale, `rating-check.${id}.${met ? 'met' : 'missing'}`, params),
    slots(program: Program, code: Code, asOf: string, locale: string): Requirement[] {
      return fillSlots(program, code, summaries, asOf).map((fill) => {
        const slot = localize(fill.slot.label, locale);
        const missing = fill.need - fill.have;
        return {
          id: `reference-slot-${fill.slot.id}`,
          met: fill.met,
          have: fill.have,
          need: fill.need,
          unit: 'references',
          detail: translateRatingCheck(program, locale, fill.met ? 'rating-check.slot.met' : 'rating-check.slot.missing', {
            slot,
            missing,
          }),
        };
      });
    },
  };
}
