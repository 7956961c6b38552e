import { baseCodeOf, type Code } from '../codes/codes.js';
import { DEFAULT_REFERENCE_SLOTS } from './reference-defaults.js';
import { today, valueAsOf, type IsoDate } from '../program/dated.js';
import type { Program } from '../program/program.js';
import type { ReferenceSlot } from '../program/reference-settings.js';
import type { RatingSummary } from '../requirements/requirement.js';

/**
 * How far the counted ratings fill one slot.
 * @example { slot: { id: 'rsc-provider', label: 'Your RSC provider', roles: ['rsc-provider'], min: 1 }, have: 1, need: 1, met: true, requestIds: ['r2'] }
 */
export interface SlotFulfilment {
  slot: ReferenceSlot;
  have: number;
  need: number;
  met: boolean;
  /** The counted requests that fit the slot. */
  requestIds: string[];
}

/** Whether a rating fits a slot (counted or not). */
export function fitsSlot(slot: ReferenceSlot, rating: RatingSummary): boolean {
  return slot.roles.includes(rating.role) && (!slot.mustBeEndorsed || rating.endorsed) && (!slot.mustBeCurrent || rating.current === true);
}

/**
 * Each slot of a category on `asOf`, filled by the submitted, counted ratings. Slots are checked
 * each on its own: one rating may fill several (an endorsed supervisor fills "supervisor" and "endorsed").
 * @example fillSlots(programs.alliance, 'IMHS', ratings).filter((s) => !s.met).map((s) => s.slot.id) // ['rsc-provider']
 */
export function fillSlots(program: Program, code: Code, ratings: readonly RatingSummary[], asOf: IsoDate = today()): SlotFulfilment[] {
  if (!program.categories[code]) return [];
  const dated = program.references.slots?.[code] ?? DEFAULT_REFERENCE_SLOTS[baseCodeOf(code)];
  const counted = ratings.filter((rating) => rating.state === 'submitted' && rating.counted);
  // A list of slots is itself an array: it is dated only when its entries are `{ from, value }`.
  const isDated = dated.length > 0 && (dated as readonly object[]).every((entry) => 'from' in entry && 'value' in entry);
  const slots = isDated ? valueAsOf(dated, asOf) : (dated as readonly ReferenceSlot[]);
  return slots.map((slot) => {
    const requestIds = counted.filter((rating) => fitsSlot(slot, rating)).map((rating) => rating.requestId);
    return { slot, have: requestIds.length, need: slot.min, met: requestIds.length >= slot.min, requestIds };
  });
}
