import type { Issue } from '@endorsement-kit/sdk/core';
import { answerId, requestParams, type RatingView } from './rating-view.js';

const KEYS: Readonly<Record<string, string>> = {
  title: 'rating.missing.position',
  organization: 'rating.missing.organization',
  relationship: 'rating.missing.relationship',
  current: 'rating.missing.current',
  capacity: 'rating.missing.capacity',
  knownMonths: 'rating.missing.known-months',
  endorsement: 'rating.missing.endorsement',
  servesAgeBand: 'rating.missing.ages',
  knowsAsRscProvider: 'rating.missing.rsc',
  recommendation: 'rating.missing.recommendation',
  signature: 'rating.missing.signature',
};

/** A missing answer, worded in the page's language, with the id of the control to go to. */
export interface MissingAnswer {
  path: readonly (string | number)[];
  message: string;
  target: string;
}

/**
 * What the receiver said is missing (`missingRatingAnswers` on its side: the rule lives in the
 * SDK), worded here in the rater's language: an item by its own text, a field by its question.
 */
export function missingAnswers(view: RatingView, issues: readonly Issue[]): MissingAnswer[] {
  const items = new Map(view.invitation?.form.domains.flatMap((d) => d.items.map((i) => [i.id, i.text] as const)) ?? []);
  const found = issues.map((issue): MissingAnswer => {
    const [head, second] = issue.path;
    if (head === 'ratings' && typeof second === 'string')
      return {
        path: ['ratings', second],
        message: view.t('rating.missing.item', { item: items.get(second) ?? second }),
        target: answerId(['ratings', second]),
      };
    if (head === 'knownMonths' && issue.code !== 'required')
      return { path: ['knownMonths'], message: view.t('rating.invalid.known-months'), target: answerId(['knownMonths']) };
    if (head === 'signature')
      return { path: ['signature'], message: view.t(KEYS['signature']!), target: answerId(['signature', 'signedName']) };
    const key = typeof head === 'string' ? KEYS[head] : undefined;
    const path = typeof head === 'string' ? [head] : [];
    return {
      path,
      message: key ? view.t(key, requestParams(view)) : view.t('rating.missing.other', { field: issue.message }),
      target: answerId(path.length ? path : ['title']),
    };
  });
  // The signature's name and date are one line to the rater: its name.
  return found.filter((m, i) => found.findIndex((n) => n.target === m.target) === i);
}
