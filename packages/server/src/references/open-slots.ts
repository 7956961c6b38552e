import { fillSlots, type Code, type OpenReferenceSlot, type Program } from '@endorsement-kit/sdk';
import { ratingSummary } from './ratings-gate.js';
import type { RequestRow } from './reference-rows.js';

/**
 * The category's rater slots that the submitted, counted forms of a registration leave open on
 * `asOf`, for the applicant's list. Computed from the forms the way the coordinator's summary
 * counts them (relationship and endorsement as the rater gave them, vetted raters as endorsed), but
 * only the slot's id, words and shortfall leave the receiver: never a rater's answers.
 */
export function openSlots(program: Program, category: string, rows: readonly RequestRow[], asOf: string): OpenReferenceSlot[] {
  return fillSlots(program, category as Code, rows.map(ratingSummary), asOf)
    .filter((fill) => !fill.met)
    .map((fill) => ({ id: fill.slot.id, label: fill.slot.label, missing: fill.need - fill.have }));
}
