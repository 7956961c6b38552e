import type { Program } from '../program/program.js';
import { localize } from '../i18n/localized-text.js';
import type { OpenReferenceSlot } from '../schema/reference-wire.js';
import { translateRatingCheck } from './rating-messages.js';

/**
 * The rater slots still open, as one sentence in the applicant's language, with the program's
 * words for each slot ("Still needed: An endorsed professional (or a rater the association vetted).").
 * @example openSlotsSentence(programs.alliance, 'es', list.openSlots); // 'Aún falta: …'
 */
export function openSlotsSentence(program: Program, locale: string, open: readonly OpenReferenceSlot[]): string {
  const slots = open.map((slot) => {
    const label = localize(slot.label, locale);
    return slot.missing > 1
      ? translateRatingCheck(program, locale, 'rating-check.slot.open-count', { slot: label, missing: slot.missing })
      : label;
  });
  return translateRatingCheck(program, locale, 'rating-check.slot.open', { slots: slots.join('; ') });
}
