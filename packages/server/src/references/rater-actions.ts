import {
  evaluateRating,
  missingRatingAnswers,
  raterAnswersSchema,
  type Code,
  type RaterAnswersDraft,
  type RaterInvitation,
} from '@endorsement-kit/sdk';
import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Database, Sql } from '../db/database.js';
import { enqueueMails } from '../mail/mail-queue.js';
import { fail, issues, zodIssues, type ActionResult } from './action-result.js';
import { findByToken } from './reference-links.js';
import { applicantReferenceMail, raterNoticeMail } from './reference-mails.js';
import { audit, loadRegistration, loadRequest, mailFacts, type RequestRow } from './reference-rows.js';
import { cancelRequestJobs } from './reference-schedule.js';
import { dayOf, raterInvitation } from './reference-views.js';

const DAY = 86_400_000;
/** After submitting, the link shows the received form read-only this long, then no more. */
const READ_ONLY_MS = DAY;

export type RaterAction = 'open' | 'accept' | 'decline' | 'save' | 'submit';

type Lookup = { ok: true; row: RequestRow } | Exclude<ActionResult<never>, { ok: true }>;

/** The request a token opens for `action`, or why it does not (always a 4xx). */
async function lookUp(tx: Sql, token: string, action: RaterAction, now: Date): Promise<Lookup> {
  const found = await findByToken(tx, token, action !== 'open');
  if (!found) return fail(404, 'invalid_token', 'This link is not valid: it may be mistyped, cut off, or replaced by a newer one.');
  const { row, revoked } = found;
  if (revoked || row.state === 'cancelled') return fail(410, 'link_closed', 'This request was withdrawn; the link no longer works.');
  if (row.state === 'declined') return fail(410, 'link_closed', 'You declined this request; the link no longer works.');
  if (row.state === 'submitted') {
    const recent = row.submitted_at !== null && now.getTime() - row.submitted_at.getTime() < READ_ONLY_MS;
    if (action === 'open' && recent) return { ok: true, row };
    return recent
      ? fail(409, 'already_submitted', 'This form was already submitted; it cannot be changed.')
      : fail(410, 'link_closed', 'This form was submitted; the link no longer works.');
  }
  if (row.state === 'expired' || (row.expires_at !== null && row.expires_at.getTime() <= now.getTime()))
    return fail(410, 'link_expired', 'This link has expired. Ask the applicant to send the request again.');
  return { ok: true, row };
}

/** What every rater call answers: the request as the rater sees it. */
async function present(tx: Sql, entry: ReceiverProgram, requestId: string): Promise<RaterInvitation> {
  const row = (await loadRequest(tx, requestId))!;
  const registration = (await loadRegistration(tx, row.registration_id))!;
  return raterInvitation(row, entry.program, registration);
}

/**
 * One rater call: `open` reads (changes nothing: mail scanners may call it), `accept` and `save`
 * move an invited request to in_progress, `decline` closes it and tells the applicant, `submit`
 * checks the answers (`missingRatingAnswers`), judges them (`evaluateRating`), stores both and
 * thanks the rater. `programs` finds the request's program.
 */
export async function raterAction(
  db: Database,
  programs: ReadonlyMap<string, ReceiverProgram>,
  action: RaterAction,
  body: { token: string; note?: string | undefined; answers?: RaterAnswersDraft },
  now: Date,
): Promise<ActionResult<RaterInvitation> & { mailed?: boolean }> {
  return db.transaction(async (tx) => {
    const found = await lookUp(tx, body.token, action, now);
    if (!found.ok) return found;
    const { row } = found;
    const entry = programs.get(row.program);
    if (!entry) return fail(410, 'link_closed', 'This program no longer takes references on this server.');
    const at = now.toISOString();
    if (action === 'open') return { ok: true, value: await present(tx, entry, row.id) };
    if (action === 'accept' || action === 'save') {
      const answers = action === 'save' ? JSON.stringify(body.answers ?? {}) : null;
      await tx.query(
        `update reference_requests set state = 'in_progress', updated_at = $2,
           answers = coalesce($3::json, answers), saved_at = case when $3::json is null then saved_at else $2::timestamptz end
         where id = $1`,
        [row.id, at, answers],
      );
      if (action === 'accept' || row.state === 'invited')
        await audit(tx, row, 'rater', action === 'accept' ? 'accepted' : 'started', undefined, now);
      return { ok: true, value: await present(tx, entry, row.id) };
    }
    const registration = (await loadRegistration(tx, row.registration_id))!;
    const facts = mailFacts(entry, row, registration);
    if (action === 'decline') {
      const note = body.note?.trim() || null;
      await tx.query("update reference_requests set state = 'declined', decline_note = $2, updated_at = $3 where id = $1", [
        row.id,
        note,
        at,
      ]);
      await cancelRequestJobs(tx, row.id);
      await enqueueMails(tx, row.program, row.registration_id, [applicantReferenceMail(facts, 'declined', { declineNote: note })]);
      await audit(tx, row, 'rater', 'declined', undefined, now);
      return { ok: true, value: await present(tx, entry, row.id), mailed: true };
    }
    // submit
    const answers = body.answers ?? {};
    const code = row.category as Code;
    const missing = missingRatingAnswers(entry.program, answers, { code, asOf: dayOf(now), locale: row.language });
    if (missing.length > 0) {
      // Kept all the same: what the rater typed is not lost to a refused submit.
      await tx.query('update reference_requests set answers = $2::json, saved_at = $3, updated_at = $3 where id = $1', [
        row.id,
        JSON.stringify(answers),
        at,
      ]);
      return issues(missing);
    }
    const complete = raterAnswersSchema.safeParse(answers);
    if (!complete.success) return issues(zodIssues(complete.error));
    const verdict = evaluateRating(entry.program, complete.data, { asOf: dayOf(now), completedOn: dayOf(now) });
    await tx.query(
      `update reference_requests set state = 'submitted', answers = $2::json, saved_at = $3, submitted_at = $3, updated_at = $3,
         counted = $4, nei_count = $5, flags = $6::json where id = $1`,
      [row.id, JSON.stringify(complete.data), at, verdict.counted, verdict.notEnoughInformation, JSON.stringify(verdict.flags)],
    );
    await cancelRequestJobs(tx, row.id);
    await enqueueMails(tx, row.program, row.registration_id, [
      raterNoticeMail(facts, 'thanks', now),
      applicantReferenceMail(facts, 'submitted'),
    ]);
    await audit(tx, row, 'rater', 'submitted', { counted: verdict.counted, flags: verdict.flags }, now);
    return { ok: true, value: await present(tx, entry, row.id), mailed: true };
  });
}
