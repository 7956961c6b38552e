import { validateApplication, type Application, type Issue, type Program } from '@endorsement-kit/sdk';
import { applicantCycle } from '../admin/review-cycles.js';
import { enqueueMails } from '../mail/mail-queue.js';
import { amendMails } from './amend-mails.js';
import { audit } from '../admin/record-actions.js';
import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Database, Sql } from '../db/database.js';
import { documentIssues, linkDocuments } from '../documents/referenced-documents.js';
import { AMENDABLE_STATUSES, findAmendLink, type AmendLinkRow } from './amend-links.js';

/** An amend action's outcome: its answer, a 4xx with a code, or 422 issues. */
export type AmendResult<T> =
  { ok: true; value: T } | { ok: false; status: 404 | 410; error: string; message: string } | { ok: false; status: 422; issues: Issue[] };

/** What `open` answers: the application as it was last sent, and why it came back. */
export interface AmendOpened {
  id: string;
  reference: string;
  status: string;
  /** The coordinator's message with the status change, if any. */
  message: string | null;
  /** The program as this receiver runs it: the page's form shows and checks the application by it. */
  program: Program;
  /** The application's language (`en`, `es`): the page's. */
  locale: string;
  application: Application;
  /** When the link stops working (ISO 8601). */
  expiresAt: string;
}

/** What `submit` answers: the application's receipt, with the number of the version just kept. */
export interface AmendSubmitted {
  id: string;
  reference: string;
  receivedAt: string;
  status: 'received';
  version: number;
}

interface AmendRecord {
  id: string;
  program: string;
  reference: string;
  status: string;
  status_message: string | null;
  locale: string;
  payload: unknown;
  received_at: Date | string;
}

const invalid = { ok: false, status: 404, error: 'invalid_link', message: 'This amend link is not valid.' } as const;
const closed = {
  ok: false,
  status: 410,
  error: 'link_closed',
  message: 'This amend link is closed: the application was sent again, or its status changed since.',
} as const;
const expired = {
  ok: false,
  status: 410,
  error: 'link_expired',
  message: 'This amend link has expired; ask the coordinator for a new one.',
} as const;

const parsed = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);

/** The application a usable link opens, or why the link does not open it. */
async function usable(db: Sql, link: AmendLinkRow | undefined, now: Date, lock: boolean): Promise<AmendResult<AmendRecord>> {
  if (!link) return invalid;
  if (link.used_at) return closed;
  if (new Date(link.expires_at).getTime() <= now.getTime()) return expired;
  const { rows } = await db.query<AmendRecord>(
    `select id, program, reference, status, status_message, locale, payload, received_at from records
      where id = $1 and kind = 'application'${lock ? ' for update' : ''}`,
    [link.record_id],
  );
  const row = rows[0];
  if (!row) return invalid;
  if (!AMENDABLE_STATUSES.includes(row.status)) return closed;
  return { ok: true, value: { ...row, payload: parsed(row.payload) } };
}

/** Reads the application behind an amend link; changes nothing, however often it is called. */
export async function openAmend(
  db: Database,
  programs: ReadonlyMap<string, ReceiverProgram>,
  token: string,
  now: Date,
): Promise<AmendResult<AmendOpened>> {
  const link = await findAmendLink(db, token);
  const found = await usable(db, link, now, false);
  if (!found.ok) return found;
  const row = found.value;
  const entry = programs.get(row.program);
  if (!entry) return invalid;
  return {
    ok: true,
    value: {
      id: row.id,
      reference: row.reference,
      status: row.status,
      message: row.status_message,
      program: entry.program,
      locale: row.locale,
      application: row.payload as Application,
      expiresAt: new Date(link!.expires_at).toISOString(),
    },
  };
}

/**
 * Keeps an amended application as the next version of the same record: validated as a new
 * application is, version 1 (the payload first received) kept beside it, the record's payload
 * replaced, its status back to `received` for the next review cycle (counted from now:
 * `SUBMITTED_AT`), audited, the link closed; the applicant's acknowledgement and the coordinator's
 * notice queued with it (`mailed`: the caller wakes the mail worker).
 */
export async function submitAmend(
  db: Database,
  programs: ReadonlyMap<string, ReceiverProgram>,
  token: string,
  application: unknown,
  now: Date,
  recordLink: (id: string) => string,
): Promise<AmendResult<AmendSubmitted> & { mailed?: boolean }> {
  const first = await usable(db, await findAmendLink(db, token), now, false);
  if (!first.ok) return first;
  const entry = programs.get(first.value.program);
  if (!entry) return invalid;
  const result = validateApplication(entry.program, application);
  if (!result.ok) return { ok: false, status: 422, issues: result.issues };
  const payload = result.value as Application;
  if (payload.program !== first.value.program)
    return {
      ok: false,
      status: 422,
      issues: [{ path: ['program'], code: 'program_changed', message: 'An amended application stays in its program.' }],
    };
  const missing = await documentIssues(db, entry.program.id, payload, first.value.id);
  if (missing.length) return { ok: false, status: 422, issues: missing };

  const outcome = await db.transaction(async (tx): Promise<AmendResult<AmendSubmitted>> => {
    // Checked again under lock: two submits of one link keep one version.
    const found = await usable(tx, await findAmendLink(tx, token, true), now, true);
    if (!found.ok) return found;
    const row = found.value;
    const { rows } = await tx.query<{ n: number }>(
      'select coalesce(max(version), 0)::int as n from application_versions where record_id = $1',
      [row.id],
    );
    let last = rows[0]?.n ?? 0;
    if (last === 0) {
      last = 1;
      await tx.query('insert into application_versions (record_id, version, payload, received_at) values ($1, 1, $2, $3)', [
        row.id,
        JSON.stringify(row.payload),
        new Date(row.received_at).toISOString(),
      ]);
    }
    const version = last + 1;
    await tx.query('insert into application_versions (record_id, version, payload, received_at) values ($1, $2, $3, $4)', [
      row.id,
      version,
      JSON.stringify(payload),
      now.toISOString(),
    ]);
    await tx.query("update records set payload = $2, status = 'received', status_message = null, updated_at = $3 where id = $1", [
      row.id,
      JSON.stringify(payload),
      now.toISOString(),
    ]);
    await tx.query('update amend_links set used_at = $2 where record_id = $1', [row.id, now.toISOString()]);
    await audit(tx, row, 'applicant', 'amended', { status: 'received', from: row.status as 'deferred', message: `version ${version}` });
    await enqueueMails(
      tx,
      row.program,
      row.id,
      amendMails({
        program: entry.program,
        locale: row.locale,
        payload,
        reference: row.reference,
        version,
        receivedAt: now.toISOString(),
        cycle: applicantCycle(entry, now.toISOString().slice(0, 10)),
        coordinatorEmail: entry.coordinatorEmail ?? entry.program.contact.email,
        recordLink: recordLink(row.id),
      }),
    );
    return {
      ok: true,
      value: { id: row.id, reference: row.reference, receivedAt: now.toISOString(), status: 'received', version },
    };
  });
  if (!outcome.ok) return outcome;
  await linkDocuments(db, payload, outcome.value.id, now);
  return { ...outcome, mailed: true };
}
