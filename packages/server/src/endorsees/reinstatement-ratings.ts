import { baseLocale, evaluateRequirements, rateReferences } from '@endorsement-kit/sdk';
import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Sql } from '../db/database.js';
import type { BodyIssue } from '../references/action-result.js';
import { ratingSummary } from '../references/ratings-gate.js';
import { toRequestRow } from '../references/reference-rows.js';
import { reinstatementFor, reinstatementRule } from './reinstatement.js';

const WORDS: Readonly<Record<string, (need: number, have: number, since: string) => string>> = {
  en: (need, have, since) =>
    `A reinstatement needs ${need} new reference ratings, asked for on its registration after it started on ${since}: ${have} count so far. Ratings given before do not count.`,
  es: (need, have, since) =>
    `Un restablecimiento necesita ${need} nuevas calificaciones de referencia, pedidas en su registro después de que comenzó el ${since}: por ahora cuentan ${have}. Las calificaciones anteriores no cuentan.`,
};

/**
 * The ratings gate of a reinstatement (docs/renewal.md, "Reinstatement"): an application from a
 * person whose reinstatement of this category is under way is refused (`422`, `ratings_pending` at
 * `['references']`) until the counted ratings of the reinstatement's registration, submitted after
 * the reinstatement started, are as many as the program's rule asks (3) and meet the category's
 * reference requirements. The ratings of earlier registrations never count, whichever registration
 * the application names, and the program's `submitBeforeRatings` does not waive it.
 */
export async function reinstatementRatingsPending(
  db: Sql,
  entry: ReceiverProgram,
  payload: { applicant?: { email?: string }; category?: string },
  asOf: string,
  locale: string,
): Promise<BodyIssue | undefined> {
  const email = payload.applicant?.email;
  if (!email || !payload.category) return undefined;
  const reinstatement = await reinstatementFor(db, entry.program.id, email, payload.category);
  if (!reinstatement) return undefined;
  const started = new Date(reinstatement.started_at);
  const { rows } = reinstatement.registration_id
    ? await db.query<Record<string, unknown>>(
        'select * from reference_requests where registration_id = $1 and submitted_at >= $2 order by seq',
        [reinstatement.registration_id, started.toISOString()],
      )
    : { rows: [] };
  const ratings = rows.map((row) => ratingSummary(toRequestRow(row)));
  const need = reinstatementRule(entry.program, asOf)?.ratings ?? 3;
  const have = ratings.filter((rating) => rating.counted).length;
  const result = evaluateRequirements(entry.program, payload, { asOf, locale, ratings: rateReferences(ratings) });
  const unmet = result.requirements.filter((r) => !r.met && (r.id.startsWith('reference') || r.id === 'references-endorsed'));
  if (have >= need && unmet.length === 0) return undefined;
  const since = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(started);
  const words = WORDS[baseLocale(locale)] ?? WORDS['en']!;
  return {
    path: ['references'],
    code: 'ratings_pending',
    message: [words(need, have, since), ...unmet.map((r) => r.detail)].join(' '),
  };
}
