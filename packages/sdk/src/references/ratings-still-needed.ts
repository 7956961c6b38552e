import type { Program } from '../program/program.js';
import { rateReferences } from './rate-references.js';
import type { OpenReferenceSlot, ReferenceRequestView } from '../schema/reference-wire.js';
import { openSlotsSentence } from './open-slots-sentence.js';
import { evaluateRequirements } from '../requirements/evaluate-requirements.js';
import { applicantSummaries } from './applicant-summaries.js';

/**
 * What the applicant's own request list says of the "ratings first" rule (`submitBeforeRatings:
 * false`, EASy's order): how many counted ratings are in and how many the category needs, or
 * undefined when the program lets the application go first or enough are in. The applicant's
 * view says only whether a submitted form counts, so its raters count as not endorsed here. Given
 * the list's `openSlots`, a rater slot still open holds the application back too, even with enough
 * forms in, and `stillNeeded` names it in the applicant's language ("Still needed: An endorsed
 * professional …."), as the receiver would refuse it on submit.
 * @example
 * const gate = ratingsStillNeeded(programs.alliance, draft.value, list.requests, { submitBeforeRatings: list.submitBeforeRatings, openSlots: list.openSlots });
 * if (gate) console.log(`${gate.submitted} of ${gate.needed} ratings are in`, gate.stillNeeded ?? '');
 */
export function ratingsStillNeeded(
  program: Program,
  application: unknown,
  requests: readonly ReferenceRequestView[],
  options: { submitBeforeRatings: boolean; locale?: string; asOf?: string; openSlots?: readonly OpenReferenceSlot[] },
): { submitted: number; needed: number; stillNeeded?: string } | undefined {
  if (options.submitBeforeRatings) return undefined;
  const { locale, asOf } = options;
  const open = options.openSlots ?? [];
  const count = evaluateRequirements(program, application, {
    ...(locale ? { locale } : {}),
    ...(asOf ? { asOf } : {}),
    ratings: rateReferences(applicantSummaries(requests)),
  }).requirements.find((r) => r.id === 'references');
  if (!count || (count.met && open.length === 0)) return undefined;
  const gate = { submitted: count.have ?? 0, needed: count.need ?? 0 };
  if (open.length === 0) return gate;
  return { ...gate, stillNeeded: openSlotsSentence(program, locale ?? 'en', open) };
}
