import type { Program } from '../program/program.js';
import { rateReferences } from './rate-references.js';
import type { ReferenceRequestView } from '../schema/reference-wire.js';
import { evaluateRequirements } from '../requirements/evaluate-requirements.js';
import { applicantSummaries } from './applicant-summaries.js';

/**
 * What the applicant's own request list says of the "ratings first" rule (`submitBeforeRatings:
 * false`, EASy's order): how many counted ratings are in and how many the category needs, or
 * undefined when the program lets the application go first or enough are in. The applicant's
 * view says only whether a submitted form counts, so its raters count as not endorsed here; the
 * receiver checks the whole rule (endorsement, slots) again on submit.
 * @example
 * const gate = ratingsStillNeeded(programs.alliance, draft.value, list.requests, { submitBeforeRatings: list.submitBeforeRatings });
 * if (gate) console.log(`${gate.submitted} of ${gate.needed} ratings are in`);
 */
export function ratingsStillNeeded(
  program: Program,
  application: unknown,
  requests: readonly ReferenceRequestView[],
  options: { submitBeforeRatings: boolean; locale?: string; asOf?: string },
): { submitted: number; needed: number } | undefined {
  if (options.submitBeforeRatings) return undefined;
  const { locale, asOf } = options;
  const count = evaluateRequirements(program, application, {
    ...(locale ? { locale } : {}),
    ...(asOf ? { asOf } : {}),
    ratings: rateReferences(applicantSummaries(requests)),
  }).requirements.find((r) => r.id === 'references');
  if (!count || count.met) return undefined;
  return { submitted: count.have ?? 0, needed: count.need ?? 0 };
}
