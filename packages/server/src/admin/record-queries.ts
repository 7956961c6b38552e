import type { Application, Registration } from '@endorsement-kit/sdk';
import type { Sql } from '../db/database.js';
import { SUBMITTED_AT } from '../review/submitted-at.js';
import type { Advisor, AuditDetail, AuditEntry, MailLine, MailState, Note, RecordStatus, StepTwoChecks } from './api-types.js';

/** The list's filters, as the workspace's query string gives them (all optional). */
export interface RecordFilter {
  q?: string | undefined;
  kind?: string | undefined;
  status?: string | undefined;
  endorsement?: string | undefined;
  category?: string | undefined;
  program?: string | undefined;
  /** Received on or after this day (`YYYY-MM-DD`). */
  from?: string | undefined;
  /** Received on or before this day (`YYYY-MM-DD`). */
  to?: string | undefined;
  /** A review cycle (`YYYY-MM-DD`): the applications each program received for it (`cycleDays`). */
  cycle?: { program: string; after?: string | undefined; through: string }[] | undefined;
}

/**
 * A record as the database keeps it, with the workspace's columns. Its payload passed the SDK's
 * validator for its kind when it was received, so it is that kind's payload.
 */
export type RecordRow = RecordColumns & ({ kind: 'registration'; payload: Registration } | { kind: 'application'; payload: Application });

interface RecordColumns {
  id: string;
  /** The short reference an applicant reads out (issue 23, point 11). */
  reference: string;
  program: string;
  locale: string;
  status: RecordStatus;
  status_message: string | null;
  received_at: Date | string;
  /** When the application was last sent (`SUBMITTED_AT`): its review cycle's day. */
  submitted_at: Date | string;
  accepted_at: Date | string | null;
  /** The application's own advisor, else its registration's (step 2 assigns it there). */
  advisor: Advisor | null;
  /** An application's registration (migration 008); null for a registration or an unlinked application. */
  registration_id: string | null;
  /** Step 2's checks, on a registration (`StepTwoChecks`). */
  checks: StepTwoChecks | null;
}

/** A record's notes, mails and audit log, oldest first. */
export interface RecordHistory {
  notes: Note[];
  mails: MailLine[];
  audit: AuditEntry[];
}

export const PAGE_SIZE = 25;
// A real calendar day (2026-02-30 is not): anything else is ignored rather than sent to SQL.
function isDay(value: string | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}
const COLUMNS = `id, reference, kind, program, payload, locale, status, status_message, received_at, ${SUBMITTED_AT} as submitted_at, accepted_at, registration_id,
  coalesce(advisor, (select g.advisor from records g where g.id = records.registration_id)) as advisor,
  coalesce(checks, (select g.checks from records g where g.id = records.registration_id)) as checks`;
// One row per applicant and category: a registration whose application arrived is shown as that application.
const ONE_PER_THREAD = "not (kind = 'registration' and exists (select 1 from records x where x.registration_id = records.id))";

/** SQL conditions for the filter, always within `programs` (the coordinator's own). */
function where(programs: readonly string[], filter: RecordFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [programs];
  const conditions = ['program = any($1::text[])'];
  const add = (condition: string, value: unknown) => {
    params.push(value);
    conditions.push(condition.replace('?', `$${params.length}`));
  };
  if (filter.program) add('program = ?', filter.program);
  if (filter.kind === 'registration' || filter.kind === 'application') add('kind = ?', filter.kind);
  else conditions.push(ONE_PER_THREAD);
  if (filter.status) add('status = ?', filter.status);
  if (filter.endorsement) add("payload->>'endorsement' = ?", filter.endorsement);
  if (filter.category) add("payload->>'category' = ?", filter.category);
  if (isDay(filter.from)) add('received_at >= (?::date)::timestamptz', filter.from);
  if (isDay(filter.to)) add('received_at < (?::date + 1)::timestamptz', filter.to);
  if (filter.cycle) {
    // Days in UTC, as the cycles are counted (review-cycles.ts); no program with that date: nothing.
    const day = `(${SUBMITTED_AT} at time zone 'UTC')::date`;
    const ranges = filter.cycle.map((range) => {
      params.push(range.program, range.through, range.after ?? '0001-01-01');
      const n = params.length;
      return `(program = $${n - 2} and ${day} <= $${n - 1}::date and ${day} > $${n}::date)`;
    });
    conditions.push(`kind = 'application' and (${ranges.join(' or ') || 'false'})`);
  }
  const q = filter.q?.trim().slice(0, 200);
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    add(
      `(id ilike ? or (payload->'applicant'->>'givenName') || ' ' || (payload->'applicant'->>'familyName') ilike $${params.length + 1} or payload->'applicant'->>'email' ilike $${params.length + 1} or replace(reference, '-', '') ilike replace($${params.length + 1}, '-', '')
        or exists (select 1 from records g where g.id = records.registration_id and replace(g.reference, '-', '') ilike replace($${params.length + 1}, '-', '')))`,
      like,
    );
  }
  return { sql: conditions.join(' and '), params };
}

/** One page of records matching the filter, newest first, and how many match in all. */
export async function listRecords(
  db: Sql,
  programs: readonly string[],
  filter: RecordFilter,
  page: number,
): Promise<{ rows: RecordRow[]; total: number }> {
  const { sql, params } = where(programs, filter);
  const count = await db.query<{ n: number }>(`select count(*)::int as n from records where ${sql}`, params);
  const { rows } = await db.query<RecordRow>(
    `select ${COLUMNS} from records where ${sql} order by received_at desc, id limit ${PAGE_SIZE} offset ${(page - 1) * PAGE_SIZE}`,
    params,
  );
  return { rows, total: count.rows[0]?.n ?? 0 };
}

/** Every application matching the filter (for an export), newest first, at most `limit`. */
export async function allApplications(db: Sql, programs: readonly string[], filter: RecordFilter, limit = 10_000): Promise<RecordRow[]> {
  const { sql, params } = where(programs, { ...filter, kind: 'application' });
  return (await db.query<RecordRow>(`select ${COLUMNS} from records where ${sql} order by received_at desc, id limit ${limit}`, params))
    .rows;
}

/**
 * The record with this id if it belongs to one of `programs`; another program's record is as
 * unknown as an id nobody has (no hint that it exists).
 */
export async function findRecord(db: Sql, programs: readonly string[], id: string): Promise<RecordRow | undefined> {
  const { rows } = await db.query<RecordRow>(`select ${COLUMNS} from records where id = $1 and program = any($2::text[])`, [id, programs]);
  return rows[0];
}

export async function notesOf(db: Sql, recordId: string): Promise<Note[]> {
  const { rows } = await db.query<{ author: string; body: string; created_at: Date | string }>(
    'select author, body, created_at from record_notes where record_id = $1 order by created_at, id',
    [recordId],
  );
  return rows.map((row) => ({ author: row.author, body: row.body, at: new Date(row.created_at).toISOString() }));
}

export async function auditTrail(db: Sql, recordId: string): Promise<AuditEntry[]> {
  // record-actions.ts writes `detail` as an AuditDetail.
  const { rows } = await db.query<{ actor: string; action: string; detail: AuditDetail | null; at: Date | string }>(
    'select actor, action, detail, at from audit_log where record_id = $1 order by at, id',
    [recordId],
  );
  return rows.map((row) => ({ ...row, at: new Date(row.at).toISOString() }));
}

// A pending mail with an error kept has failed at least once; the queue tries it again later.
const MAIL_STATE = (state: string, failed: boolean): MailState =>
  state === 'sent' || state === 'printed' ? state : state === 'failed' || failed ? 'failed' : 'queued';

export async function mailsOf(db: Sql, recordId: string): Promise<MailLine[]> {
  const { rows } = await db.query<{ purpose: string; recipient: string; state: string; failed: boolean; created_at: Date | string }>(
    'select purpose, recipient, state, last_error is not null as failed, created_at from mail_outbox where record_id = $1 order by id',
    [recordId],
  );
  return rows.map((m) => ({
    purpose: m.purpose,
    recipient: m.recipient,
    state: MAIL_STATE(m.state, m.failed),
    at: new Date(m.created_at).toISOString(),
  }));
}

/** What the record's page shows besides the record: its mails, notes and audit log. */
export async function recordHistory(db: Sql, recordId: string): Promise<RecordHistory> {
  return { mails: await mailsOf(db, recordId), notes: await notesOf(db, recordId), audit: await auditTrail(db, recordId) };
}

/** The other records of an applicant's thread: an application's registration, a registration's applications. */
export async function threadOf(db: Sql, row: Pick<RecordRow, 'id' | 'kind' | 'registration_id'>): Promise<ThreadRow[]> {
  const { rows } = await db.query<ThreadRow>(
    `select id, kind, reference, status, received_at, accepted_at from records
      where ${row.kind === 'application' ? 'id = $1' : "registration_id = $1 and kind = 'application'"} order by received_at`,
    [row.kind === 'application' ? row.registration_id : row.id],
  );
  return rows;
}

/** A record of a thread, in short. */
export interface ThreadRow {
  id: string;
  kind: 'registration' | 'application';
  reference: string;
  status: RecordStatus;
  received_at: Date | string;
  accepted_at: Date | string | null;
}
