import type { MessageParams, RaterInvitation } from '@endorsement-kit/sdk/core';

/** What the rater's screens render with: the words in the page's language and the request. */
export interface RatingView {
  readonly locale: string;
  t(key: string, params?: MessageParams): string;
  /** The request as the server last sent it. */
  readonly invitation: RaterInvitation | undefined;
}

/** The element id of an answer's control (`['ratings', 'thinking-1']` -> `ekr-ratings-thinking-1`). */
export function answerId(path: readonly (string | number)[]): string {
  return `ekr-${path.map((s) => String(s).replace(/[^A-Za-z0-9_-]/g, '_')).join('-')}`;
}

/** The `{applicant}`, `{program}` and `{ages}` of the request, for messages that name them. */
export function requestParams(view: RatingView): Record<string, string> {
  const invitation = view.invitation;
  return {
    applicant: invitation?.applicantName ?? '',
    program: invitation?.organization ?? invitation?.programName ?? '',
    ages: invitation?.endorsement.ages ?? '',
  };
}
