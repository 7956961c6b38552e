import { randomUUID } from 'node:crypto';
import { referenceSettings, type ReferenceRequestInput, type ReferenceRequestView, type ReferenceList } from '@endorsement-kit/sdk';
import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Database, Sql } from '../db/database.js';
import { enqueueMails } from '../mail/mail-queue.js';
import { fail, issues, type ActionResult } from './action-result.js';
import { issueLink, linkUrl, revokeLinks } from './reference-links.js';
import { applicantReferenceMail, raterLinkMail, raterNoticeMail } from './reference-mails.js';
import { audit, listRequests, loadRequest, mailFacts, type RegistrationFacts, type RequestRow } from './reference-rows.js';
import { cancelRequestJobs, scheduleRequestJobs } from './reference-schedule.js';
import { openSlots } from './open-slots.js';
import { applicantView, dayOf } from './reference-views.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Who acts: the applicant (with their access token) or a coordinator (by id). */
export type Actor = 'applicant' | `coordinator:${string}`;

const OPEN = ['invited', 'in_progress'] as const;
const isOpen = (row: RequestRow) => (OPEN as readonly string[]).includes(row.state);

/** The registration's requests as the applicant sees them, the rater slots still open on `now`, and the program's limits. */
export async function referenceList(db: Sql, entry: ReceiverProgram, registration: RegistrationFacts, now: Date): Promise<ReferenceList> {
  const rows = await listRequests(db, registration.id);
  const { maxRequests, submitBeforeRatings } = referenceSettings(entry.program);
  return {
    requests: rows.map((row) => applicantView(row, entry.program)),
    openSlots: openSlots(entry.program, registration.category, rows, dayOf(now)),
    maxRequests,
    submitBeforeRatings,
  };
}

/** Mails the rater a new link (request or reminder) and restarts the reminders when it is a request. */
export async function mailLink(
  tx: Sql,
  entry: ReceiverProgram,
  row: RequestRow,
  registration: RegistrationFacts,
  kind: 'request' | 'reminder',
  now: Date,
): Promise<void> {
  const token = await issueLink(tx, row.id, now);
  const expiresAt = row.expires_at ?? new Date(now.getTime() + referenceSettings(entry.program).linkDays * DAY);
  await enqueueMails(tx, row.program, registration.id, [
    raterLinkMail(mailFacts(entry, row, registration), kind, linkUrl(row.link_base, token), expiresAt),
  ]);
  if (kind === 'request') await scheduleRequestJobs(tx, row, now, expiresAt, referenceSettings(entry.program).reminderDays);
}

/** After a request's row changed (resent, a new address): mails the rater its new link, audits, answers the applicant's view. */
async function sentAgain(
  tx: Sql,
  entry: ReceiverProgram,
  row: RequestRow,
  registration: RegistrationFacts,
  actor: Actor,
  action: 'resent' | 'address-changed',
  now: Date,
): Promise<ActionResult<ReferenceRequestView>> {
  const updated = (await loadRequest(tx, row.id))!;
  await mailLink(tx, entry, updated, registration, 'request', now);
  await audit(tx, row, actor, action, undefined, now);
  return { ok: true, value: applicantView(updated, entry.program) };
}

async function insertRequest(
  tx: Sql,
  entry: ReceiverProgram,
  registration: RegistrationFacts,
  input: ReferenceRequestInput,
  linkBase: string,
  now: Date,
  actor: Actor,
): Promise<ActionResult<RequestRow>> {
  const references = referenceSettings(entry.program);
  const existing = await listRequests(tx, registration.id);
  if (existing.length >= references.maxRequests)
    return issues([
      {
        path: [],
        code: 'too_many_requests',
        message: `A registration may send at most ${references.maxRequests} reference requests; ask the coordinator.`,
      },
    ]);
  const email = input.email.trim().toLowerCase();
  if (email === registration.email.trim().toLowerCase())
    return issues([{ path: ['email'], code: 'own_email', message: 'A rater must be someone else; this address is the applicant’s.' }]);
  if (existing.some((row) => row.rater_email.toLowerCase() === email && ['invited', 'in_progress', 'submitted'].includes(row.state)))
    return issues([{ path: ['email'], code: 'duplicate_rater', message: 'A request to this address is already open or submitted.' }]);
  const language = entry.program.locales.includes(input.language ?? '') ? input.language! : registration.locale;
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + references.linkDays * DAY);
  await tx.query(
    `insert into reference_requests (id, registration_id, program, category, rater_name, rater_email, role, waive_right, note, language,
       link_base, state, expires_at, sent_at, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'invited', $12, $13, $13, $13)`,
    [
      id,
      registration.id,
      entry.program.id,
      registration.category,
      input.name.trim(),
      input.email.trim(),
      input.role,
      input.waiveRight,
      input.note?.trim() || null,
      language,
      linkBase,
      expiresAt.toISOString(),
      now.toISOString(),
    ],
  );
  const row = (await loadRequest(tx, id))!;
  await mailLink(tx, entry, row, registration, 'request', now);
  await enqueueMails(tx, row.program, registration.id, [applicantReferenceMail(mailFacts(entry, row, registration), 'sent')]);
  await audit(tx, row, actor, 'created', { role: row.role, waiveRight: row.waive_right }, now);
  return { ok: true, value: row };
}

/** A new request: capped per registration, one open request per address, the rater mailed. */
export async function createRequest(
  db: Database,
  entry: ReceiverProgram,
  registration: RegistrationFacts,
  input: ReferenceRequestInput,
  linkBase: string,
  now: Date,
  actor: Actor = 'applicant',
): Promise<ActionResult<ReferenceRequestView>> {
  return db.transaction(async (tx) => {
    // One registration's requests are written one at a time: the cap holds under concurrent calls.
    await tx.query('select id from records where id = $1 for update', [registration.id]);
    const result = await insertRequest(tx, entry, registration, input, linkBase, now, actor);
    return result.ok ? { ok: true, value: applicantView(result.value, entry.program) } : result;
  });
}

async function openRequest(tx: Sql, registration: RegistrationFacts, requestId: string): Promise<RequestRow | undefined> {
  const row = await loadRequest(tx, requestId, true);
  return row && row.registration_id === registration.id ? row : undefined;
}

const notFound = () => fail(404, 'not_found', 'This registration has no such reference request.');

/**
 * Mails the rater a new link (older links keep working while the request is open). The applicant
 * may resend once every `resendHours`; a coordinator at any time. An expired request opens again.
 */
export async function resendRequest(
  db: Database,
  entry: ReceiverProgram,
  registration: RegistrationFacts,
  requestId: string,
  now: Date,
  actor: Actor = 'applicant',
): Promise<ActionResult<ReferenceRequestView>> {
  return db.transaction(async (tx) => {
    const row = await openRequest(tx, registration, requestId);
    if (!row) return notFound();
    if (!isOpen(row) && row.state !== 'expired')
      return fail(409, 'not_open', `A ${row.state} request cannot be resent; ask someone else instead.`);
    const next = row.sent_at ? row.sent_at.getTime() + referenceSettings(entry.program).resendHours * HOUR : 0;
    if (actor === 'applicant' && now.getTime() < next)
      return fail(409, 'resend_too_soon', `This request can be resent from ${new Date(next).toISOString()}.`);
    const expiresAt = new Date(now.getTime() + referenceSettings(entry.program).linkDays * DAY);
    await tx.query(
      `update reference_requests set state = case when state = 'expired' then 'invited' else state end, sent_at = $2, expires_at = $3,
         applicant_resent_at = case when $4 then $2 else applicant_resent_at end, updated_at = $2 where id = $1`,
      [row.id, now.toISOString(), expiresAt.toISOString(), actor === 'applicant'],
    );
    return sentAgain(tx, entry, row, registration, actor, 'resent', now);
  });
}

/**
 * A corrected address for a rater who has not submitted: every earlier link dies at once, and a
 * new one goes to the new address (the old address, being wrong, is not mailed).
 */
export async function changeAddress(
  db: Database,
  entry: ReceiverProgram,
  registration: RegistrationFacts,
  requestId: string,
  email: string,
  now: Date,
  actor: Actor = 'applicant',
): Promise<ActionResult<ReferenceRequestView>> {
  return db.transaction(async (tx) => {
    const row = await openRequest(tx, registration, requestId);
    if (!row) return notFound();
    if (!isOpen(row) && row.state !== 'expired' && row.state !== 'undeliverable')
      return fail(409, 'not_open', `The address of a ${row.state} request cannot be changed.`);
    if (email.trim().toLowerCase() === registration.email.trim().toLowerCase())
      return issues([{ path: ['email'], code: 'own_email', message: 'A rater must be someone else; this address is the applicant’s.' }]);
    await revokeLinks(tx, row.id, now);
    const expiresAt = new Date(now.getTime() + referenceSettings(entry.program).linkDays * DAY);
    await tx.query(
      `update reference_requests set rater_email = $2, state = 'invited', sent_at = $3, expires_at = $4, answers = null, saved_at = null,
         updated_at = $3 where id = $1`,
      [row.id, email.trim(), now.toISOString(), expiresAt.toISOString()],
    );
    return sentAgain(tx, entry, row, registration, actor, 'address-changed', now);
  });
}

/**
 * Withdraws a request not yet submitted: its links die at once, its reminders stop, the rater is
 * told. With `replaceWith`, the new request is made in the same transaction (the cap counts both).
 */
export async function cancelRequest(
  db: Database,
  entry: ReceiverProgram,
  registration: RegistrationFacts,
  requestId: string,
  replaceWith: ReferenceRequestInput | undefined,
  linkBase: string,
  now: Date,
  actor: Actor = 'applicant',
): Promise<ActionResult<ReferenceList>> {
  return db
    .transaction(async (tx): Promise<ActionResult<ReferenceList>> => {
      await tx.query('select id from records where id = $1 for update', [registration.id]);
      const row = await openRequest(tx, registration, requestId);
      if (!row) return notFound();
      if (row.state === 'submitted' || row.state === 'cancelled')
        return fail(409, 'not_open', `A ${row.state} request cannot be withdrawn; the coordinator can exclude a submitted form.`);
      if (
        actor === 'applicant' &&
        !referenceSettings(entry.program).applicantMayReplaceAfterSubmit &&
        (await applicationSubmitted(tx, registration))
      )
        return fail(
          409,
          'application_submitted',
          'The application is submitted: only the coordinator can withdraw or replace a rater now.',
        );
      const wasWaiting = isOpen(row);
      await revokeLinks(tx, row.id, now);
      await cancelRequestJobs(tx, row.id);
      await tx.query("update reference_requests set state = 'cancelled', updated_at = $2 where id = $1", [row.id, now.toISOString()]);
      if (wasWaiting)
        await enqueueMails(tx, row.program, registration.id, [raterNoticeMail(mailFacts(entry, row, registration), 'withdrawn', now)]);
      await audit(tx, row, actor, 'cancelled', undefined, now);
      if (replaceWith) {
        const created = await insertRequest(tx, entry, registration, replaceWith, linkBase, now, actor);
        if (!created.ok) throw new RollBack(created);
        await tx.query('update reference_requests set replaced_by = $2 where id = $1', [row.id, created.value.id]);
      }
      return { ok: true, value: await referenceList(tx, entry, registration, now) };
    })
    .catch((error: unknown): ActionResult<ReferenceList> => {
      if (error instanceof RollBack) return error.result;
      throw error;
    });
}

/**
 * Whether this registration's applicant has submitted their application: an application of the same
 * program with the registration's applicant email, received at or after the registration (the
 * same link the ratings gate uses, as an application carries no registration id).
 */
async function applicationSubmitted(tx: Sql, registration: RegistrationFacts): Promise<boolean> {
  const { rows } = await tx.query<{ id: string }>(
    `select a.id from records a join records r on r.id = $1 and r.kind = 'registration'
     where a.kind = 'application' and a.program = r.program and a.received_at >= r.received_at
       and lower(btrim(a.payload #>> '{applicant,email}')) = lower(btrim($2)) limit 1`,
    [registration.id, registration.email],
  );
  return rows.length > 0;
}

/** Undoes a transaction whose second half was refused, carrying the refusal out. */
class RollBack extends Error {
  constructor(readonly result: Exclude<ActionResult<unknown>, { ok: true }>) {
    super('rolled back');
  }
}
