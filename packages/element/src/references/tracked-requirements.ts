import { trackReferenceRatings } from '@endorsement-kit/sdk/core';
import type { FlowContext } from '../application-step/flow-context.js';
import type { Requirements } from '../sdk-types.js';
import type { View } from '../view.js';
import { requestsFor } from './requests-for.js';

const made = new WeakMap<Requirements, { key: unknown; locale: string; tracked: Requirements }>();

/**
 * The requirements the tracker, its announcement and "Check your answers" show: `references` met
 * only by the submitted forms that count and fill every rater slot, from the request list the
 * References step loads (its `requests` and `openSlots`, the SDK's `trackReferenceRatings`); while
 * that list is not known, not met, saying so. One result per
 * draft result and list, so the tracker renders again only when either moves.
 */
export function trackedRequirements(context: FlowContext, view: View, result: Requirements | undefined): Requirements | undefined {
  if (!result?.category) return result;
  const refs = requestsFor(context, view);
  // A list that failed to load is not known either.
  const list = refs.status === 'ready' ? refs.list : undefined;
  const last = made.get(result);
  if (last && last.key === list && last.locale === view.locale) return last.tracked;
  const tracked = trackReferenceRatings(view.program, result, list?.requests, { locale: view.locale, openSlots: list?.openSlots });
  made.set(result, { key: list, locale: view.locale, tracked });
  return tracked;
}
