import type { Program } from '../program/program.js';
import type { RequirementsResult } from '../requirements/requirement.js';
import type { ReferenceRequestView } from '../schema/reference-wire.js';
import { applicantSummaries } from './applicant-summaries.js';
import { translateRatingCheck } from './rating-messages.js';

/**
 * The applicant's requirement tracker with the reference ratings in it: `references` ("3
 * references") is met only by submitted forms that count, as the applicant's own request list
 * (`referencesClient().list()`) shows them. Without that list (`undefined`: not registered yet, no
 * receiver that takes reference requests, offline, still loading) it is not met: with enough
 * references listed it says how many and that their rating forms are not received yet, with too
 * few it keeps the list's words (what to add). Every other requirement
 * is as `evaluateRequirements` gave it. The applicant's view never says a rater's endorsement, so
 * whether the counted forms fill the category's rater slots stays the receiver's check (on submit,
 * in the coordinator's summary); `references-endorsed` and `reference-${role}` read the list of
 * references the draft gives.
 * @example
 * const result = evaluateRequirements(programs.alliance, draft.value, { locale: 'en' });
 * const list = await referencesClient({ baseUrl: '/api', registrationId, accessToken }).list();
 * trackReferenceRatings(programs.alliance, result, list.requests).requirements.find((r) => r.id === 'references')?.detail;
 * // 'Rating forms still to count: 1.'
 */
export function trackReferenceRatings(
  program: Program,
  result: RequirementsResult,
  requests: readonly ReferenceRequestView[] | undefined,
  options: { locale?: string } = {},
): RequirementsResult {
  const locale = options.locale ?? 'en';
  let changed = false;
  const requirements = result.requirements.map((r) => {
    if (r.id !== 'references') return r;
    changed = true;
    const need = r.need ?? 0;
    // Too few listed: the list's own words say what to add.
    if (!requests)
      return r.met
        ? {
            ...r,
            met: false,
            have: 0,
            detail: translateRatingCheck(program, locale, 'rating-check.references.unknown', { listed: r.have ?? 0 }),
          }
        : r;
    // The same words as `rateReferences` gives the receiver's own count.
    const have = applicantSummaries(requests).filter((s) => s.counted).length;
    const met = have >= need;
    const params = met ? { have } : { missing: need - have };
    return { ...r, met, have, detail: translateRatingCheck(program, locale, `rating-check.references.${met ? 'met' : 'missing'}`, params) };
  });
  if (!changed) return result;
  return { ...result, requirements, met: requirements.every((r) => r.met || r.later === true) };
}
