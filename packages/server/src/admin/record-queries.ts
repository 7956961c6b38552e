import type { Sql } from '../db/database.js';

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
}

/** A record as the database keeps it, with the workspace's columns. */
export interface RecordRow {
  id: string;
  kind: 'registration' | 'application';
  program: string;
  payload: Record<string, unknown>;
  locale: string;
  status: string;
  status_message: string | null;
  received_at: Date | string;
  accepted_at: Date | string | null;
  advisor: { name: string; email: string } | null;
}

export const PAGE_SIZE = 25;
// A real calendar day (2026-02-30 is not): anything else is ignored rather than sent to SQL.
function isDay(value: string | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}
const COLUMNS = 'id, kind, program, payload, locale, status, status_message, received_at, accepted_at, advisor';

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
  if (filter.status) add('status = ?', filter.status);
  if (filter.endorsement) add("payload->>'endorsement' = ?", filter.endorsement);
  if (filter.category) add("payload->>'category' = ?", filter.category);
  if (isDay(filter.from)) add("received_at >= (?::date)::timestamptz", filter.from);
  if (isDay(filter.to)) add("received_at < (?::date + 1)::timestamptz", filter.to);
  const q = filter.q?.trim().slice(0, 200);
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    add(
      `(id ilike ? or (payload->'applicant'->>'givenName') || ' ' || (payload->'applicant'->>'familyName') ilike $${params.length + 1} or payload->'applicant'->>'email' ilike $${params.length + 1})`,
      like,
    );
  }
  return { sql: conditions.join(' and '), params };
}

/** One page of records matching the filter, newest first, and how many match in all. */
export async function listRecords(db: Sql, programs: readonly string[], filter: RecordFilter, page: number): Promise<{ rows: RecordRow[]; total: number }> {
  const { sql, params } = where(programs, filter);
  const count = await db.query<{ n: number }>(`select count(*)::int as n from records where ${sql}`, params);
  const { rows } = await db.query<RecordRow>(`select ${COLUMNS} from records where ${sql} order by received_at desc, id limit ${PAGE_SIZE} offset ${(page - 1) * PAGE_SIZE}`, params);
  return { rows, total: count.rows[0]?.n ?? 0 };
}

/** Every application matching the filter (for an export), newest first, at most `limit`. */
export async function allApplications(db: Sql, programs: readonly string[], filter: RecordFilter, limit = 10_000): Promise<RecordRow[]> {
  const { sql, params } = where(programs, { ...filter, kind: 'application' });
  return (await db.query<RecordRow>(`select ${COLUMNS} from records where ${sql} order by received_at desc, id limit ${limit}`, params)).rows;
}

/**
 * The record with this id if it belongs to one of `programs`; another program's record is as
 * unknown as an id nobody has (no hint that it exists).
 */
export async function findRecord(db: Sql, programs: readonly string[], id: string): Promise<RecordRow | undefined> {
  const { rows } = await db.query<RecordRow>(`select ${COLUMNS} from records where id = $1 and program = any($2::text[])`, [id, programs]);
  return rows[0];
}
