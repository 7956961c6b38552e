import type { Context } from 'hono';
import type { Sql } from '../../db/database.js';
import { apiError } from '../../http/api-error.js';
import { UUID } from '../../http/uuid.js';
import type { AdminEnv } from '../admin-context.js';
import { findRecord, type RecordRow } from '../record-queries.js';

/** The record named by `:id` within the signed-in coordinator's programs, or a 404 (also for another program's). */
export async function recordInScope(db: Sql, c: Context<AdminEnv>): Promise<RecordRow | Response> {
  const id = c.req.param('id') ?? '';
  const row = UUID.test(id) ? await findRecord(db, c.get('coordinator').programs, id) : undefined;
  return row ?? apiError(c, 404, 'not_found', 'No record with this reference in your programs.');
}
