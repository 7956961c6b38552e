import type { Program } from '../program/program.js';
import type { RequirementsResult } from '../requirements/requirement.js';
import type { OpenReferenceSlot, ReferenceRequestView } from '../schema/reference-wire.js';
import { applicantSummaries } from './applicant-summaries.js';
import { openSlotsSentence } from './open-slots-sentence.js';
import { translateRatingCheck } from './rating-messages.js';

/**
 * The applicant's requirement tracker with the reference ratings in it: `references` ("3
 * references") is met only when enough submitted forms count AND no rater slot of the category is
 * open, as the applicant's own request list (`referencesClient().list()`) shows them: its
 * `requests` for the count, its `openSlots` (passed as `options.openSlots`) for the slots. The
 * receiver works the slots out from the forms it keeps, so the applicant learns which kind of rater
 * is still needed ("Still needed: An endorsed professional …") and never what a rater answered.
 * Without that list (`undefined`: not registered yet, no receiver that takes reference requests,
 * offline, still loading) it is not met: with enough references listed it says how many and that
 * their rating forms are not received yet, with too few it keeps the list's words (what to add).
 * Every other requirement is as `evaluateRequirements` gave it; `references-endorsed` and
 * `reference-${role}` read the list of references the draft gives.
 * @example
 * const result = evaluateRequirements(programs.alliance, draft.value, { locale: 'en' });
 * const list = await referencesClient({ baseUrl: '/api', registrationId, accessToken }).list();
 * trackReferenceRatings(programs.alliance, result, list.requests, { openSlots: list.openSlots }).requirements.find((r) => r.id === 'references')?.detail;
 * // 'Still needed: An endorsed professional (or a rater the association vetted).'
 */
export function trackReferenceRatings(
  program: Program,
  result: RequirementsResult,
  requests: readonly ReferenceRequestView[] | undefined,
  options: { locale?: string; openSlots?: readonly OpenReferenceSlot[] | undefined } = {},
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
    const enough = have >= need;
    const open = options.openSlots ?? [];
    const words: string[] = [];
    if (!enough) words.push(translateRatingCheck(program, locale, 'rating-check.references.missing', { missing: need - have }));
    if (open.length > 0) words.push(openSlotsSentence(program, locale, open));
    const met = words.length === 0;
    if (met) words.push(translateRatingCheck(program, locale, 'rating-check.references.met', { have }));
    return { ...r, met, have, detail: words.join(' ') };
  });
  if (!changed) return result;
  return { ...result, requirements, met: requirements.every((r) => r.met || r.later === true) };
}
