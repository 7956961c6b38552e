import { APPLICANT_TOKEN_HEADER, evaluateRequirements, rateReferences, referenceSettings, type RatingSummary } from '@endorsement-kit/sdk';
import { secretHash } from '../admin/secret-token.js';
import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Sql } from '../db/database.js';
import type { BodyIssue } from './action-result.js';
import { listRequests, registrationWithRequestsSql, type RequestRow } from './reference-rows.js';

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
 * The registration an application belongs to, for its reference requests: the one the
 * `Endorsement-Access-Token` header opens, else the program's latest registration of the same
 * applicant email that made reference requests. Undefined when the applicant never used them.
 */
async function registrationOf(db: Sql, program: string, headers: Headers, email: string): Promise<string | undefined> {
  const token = headers.get(APPLICANT_TOKEN_HEADER);
  if (token && token.length <= 128) {
    const { rows } = await db.query<{ id: string }>(
      "select id from records where kind = 'registration' and program = $1 and access_token_hash = $2",
      [program, secretHash(token)],
    );
    if (rows[0]) return rows[0].id;
  }
  const { rows } = await db.query<{ id: string }>(registrationWithRequestsSql('$1', '$2'), [program, email]);
  return rows[0]?.id;
}

/**
 * When the program wants the ratings in before the application (`submitBeforeRatings: false`,
 * EASy's order) and the applicant's registration made reference requests: the issue that says
 * what is still missing, or undefined when the counted ratings meet the category's reference
 * requirements.
 */
export async function ratingsPending(
  db: Sql,
  entry: ReceiverProgram,
  payload: { applicant?: { email?: string } },
  headers: Headers,
  asOf: string,
  locale: string,
): Promise<BodyIssue | undefined> {
  if (referenceSettings(entry.program).submitBeforeRatings) return undefined;
  const registration = await registrationOf(db, entry.program.id, headers, String(payload.applicant?.email ?? ''));
  if (!registration) return undefined;
  const ratings = (await listRequests(db, registration)).map(ratingSummary);
  const result = evaluateRequirements(entry.program, payload, { asOf, locale, ratings: rateReferences(ratings) });
  const unmet = result.requirements.filter((r) => !r.met && (r.id.startsWith('reference') || r.id === 'references-endorsed'));
  if (unmet.length === 0) return undefined;
  // The requirement details say what is missing, in the applicant's language.
  return { path: ['references'], code: 'ratings_pending', message: unmet.map((r) => r.detail).join(' ') };
}
