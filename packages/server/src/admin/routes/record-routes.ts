import { Hono, type Context } from 'hono';
import { applicationRatings } from '../../references/application-ratings.js';
import * as z from 'zod';
import { apiError } from '../../http/api-error.js';
import type { AdminEnv, AdminRouteContext } from '../admin-context.js';
import type { Advisor, Done, NoteBody, StatusBody } from '../api-types.js';
import { acceptRegistration, addNote, assignAdvisor, deleteRecord, exportRecord, setStatus } from '../record-actions.js';
import { findRecord, listRecords, recordHistory, type RecordRow } from '../record-queries.js';
import { APPLICATION_STATUSES } from '../workflow.js';
import { issues, readBody } from './read-body.js';
import { readFilter } from './read-filter.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const text = (max: number) => z.string().trim().min(1).max(max);
const bodies = {
  advisor: z.strictObject({ name: text(200), email: z.email().max(320) }) satisfies z.ZodType<Advisor>,
  status: z.strictObject({
    status: z.enum(APPLICATION_STATUSES),
    message: z.optional(z.string().trim().max(2000)),
  }) satisfies z.ZodType<StatusBody>,
  note: z.strictObject({ body: text(5000) }) satisfies z.ZodType<NoteBody>,
};
const done: Done = { ok: true };

/**
 * The records, under `/admin/api/records`: the list, a record, and its changes (steps 2 and 4,
 * notes, a data request's export and deletion). Every record is looked up within the signed-in
 * coordinator's programs only.
 */
export function recordRoutes({ db, programs, signedIn, present, onMailQueued }: AdminRouteContext) {
  const byId = new Map(programs.map((entry) => [entry.program.id, entry.program]));
  const routes = new Hono<AdminEnv>();
  routes.use('*', signedIn);

  /** The record named by `:id` within the coordinator's programs, or a 404 (also for another program's). */
  async function record(c: Context<AdminEnv>): Promise<RecordRow | Response> {
    const id = c.req.param('id') ?? '';
    const row = UUID.test(id) ? await findRecord(db, c.get('coordinator').programs, id) : undefined;
    return row ?? apiError(c, 404, 'not_found', 'No record with this reference in your programs.');
  }
  const actor = (c: Context<AdminEnv>) => c.get('coordinator').email;

  routes.get('/', async (c) => {
    const filter = readFilter(c);
    if (filter instanceof Response) return filter;
    const page = Math.max(1, Math.min(10_000, Number.parseInt(c.req.query('page') ?? '1', 10) || 1));
    const { rows, total } = await listRecords(db, c.get('coordinator').programs, filter, page);
    return c.json(present.list(rows, total, page));
  });

  routes.get('/:id', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    return c.json(present.detail(row, await recordHistory(db, row.id), await applicationRatings(db, [row.id])));
  });

  routes.post('/:id/accept', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    if (row.kind !== 'registration') return apiError(c, 409, 'not_a_registration', 'Only a registration is accepted.');
    await acceptRegistration(db, row, actor(c));
    return c.json(done);
  });

  routes.post('/:id/advisor', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    const body = await readBody(c, bodies.advisor);
    if (!body.ok) return body.response;
    await assignAdvisor(db, byId.get(row.program)!, row, body.value, actor(c));
    onMailQueued();
    return c.json(done);
  });

  routes.post('/:id/status', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    if (row.kind !== 'application') return apiError(c, 409, 'not_an_application', 'Only an application has a review status.');
    const body = await readBody(c, bodies.status);
    if (!body.ok) return body.response;
    const message = body.value.status === 'more_information_needed' ? body.value.message || null : null;
    if (body.value.status === 'more_information_needed' && !message)
      return issues(c, [{ path: ['message'], code: 'required', message: 'Say what information is needed.' }]);
    await setStatus(db, row, body.value.status, message, actor(c));
    return c.json(done);
  });

  routes.post('/:id/notes', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    const body = await readBody(c, bodies.note);
    if (!body.ok) return body.response;
    await addNote(db, row, body.value.body, actor(c));
    return c.json(done);
  });

  routes.get('/:id/export', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    const whole = present.wholeRecord(row, await exportRecord(db, row, actor(c)));
    return c.body(JSON.stringify(whole, null, 2), 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="record-${row.id}.json"`,
    });
  });

  routes.delete('/:id', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    await deleteRecord(db, row, actor(c));
    return c.json(done);
  });

  return routes;
}
