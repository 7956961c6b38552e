import { reviewSettings, translate } from '@endorsement-kit/sdk';
import type { ReceiverProgram } from '../config/receiver-program.js';
import type { BodyIssue } from '../references/action-result.js';
import type { LinkedRegistration } from './registration-link.js';

/**
 * When the program takes applications only after step 2 (`review.applicationBeforeAcceptance:
 * false`) and the applicant's registration is not accepted (or there is none): the issue that says
 * so, in the applicant's language, in the element's own words.
 */
export function notYetAccepted(
  entry: ReceiverProgram,
  registration: LinkedRegistration | undefined,
  locale: string,
): BodyIssue | undefined {
  if (reviewSettings(entry.program).applicationBeforeAcceptance || registration?.status === 'accepted') return undefined;
  return {
    path: ['applicant', 'email'],
    code: 'registration_not_accepted',
    message: translate(entry.program, locale, 'ui.start.how.wait'),
  };
}
