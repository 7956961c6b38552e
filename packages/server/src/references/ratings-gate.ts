import { evaluateRequirements, rateReferences, referenceSettings, type RatingSummary } from '@endorsement-kit/sdk';
import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Sql } from '../db/database.js';
import type { BodyIssue } from './action-result.js';
import { listRequests, type RequestRow } from './reference-rows.js';

/** A request as the requirement checks count it (`RatingSummary`): counted only if submitted, counted and not excluded. */
export function ratingSummary(row: RequestRow): RatingSummary {
  const answers = row.answers ?? {};
  const summary: RatingSummary = {
    requestId: row.id,
    role: answers.relationship ?? row.role,
    endorsed: (answers.endorsement !== undefined && answers.endorsement !== 'not-endorsed') || row.vetted,
    state: row.state,
    counted: row.state === 'submitted' && row.counted === true && !row.excluded,
  };
  if (answers.current !== undefined) summary.current = answers.current;
  return summary;
}

/**
 * When the program wants the ratings in before the application (`submitBeforeRatings: false`,
 * EASy's order) and the applicant's registration (`linkedRegistration`) made reference requests: the issue that says
 * what is still missing, or undefined when the counted ratings meet the category's reference
 * requirements.
 */
export async function ratingsPending(
  db: Sql,
  entry: ReceiverProgram,
  payload: { applicant?: { email?: string } },
  registration: string | undefined,
  asOf: string,
  locale: string,
): Promise<BodyIssue | undefined> {
  if (referenceSettings(entry.program).submitBeforeRatings || !registration) return undefined;
  const requests = await listRequests(db, registration);
  if (requests.length === 0) return undefined;
  const ratings = requests.map(ratingSummary);
  const result = evaluateRequirements(entry.program, payload, { asOf, locale, ratings: rateReferences(ratings) });
  const unmet = result.requirements.filter((r) => !r.met && (r.id.startsWith('reference') || r.id === 'references-endorsed'));
  if (unmet.length === 0) return undefined;
  // The requirement details say what is missing, in the applicant's language.
  return { path: ['references'], code: 'ratings_pending', message: unmet.map((r) => r.detail).join(' ') };
}
