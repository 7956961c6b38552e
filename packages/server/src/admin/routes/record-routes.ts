import { reinstatementRule } from '../../endorsees/reinstatement.js';
import { reinstatementOfRecord } from '../../endorsees/reinstatement-view.js';
import { Hono, type Context } from 'hono';
import { applicationRatings } from '../../references/application-ratings.js';
import * as z from 'zod';
import { apiError } from '../../http/api-error.js';
import type { AdminEnv, AdminRouteContext } from '../admin-context.js';
import type { Advisor, CheckBody, Done, MessageBody, NoteBody, StatusBody } from '../api-types.js';
import type { WholeApplicationRecord } from '../review-api-types.js';
import { addNote, assignAdvisor, deleteRecord, exportRecord, recordCheck, setRegistrationStatus } from '../record-actions.js';
import { findRecord, listRecords, recordHistory, threadOf, type RecordRow } from '../record-queries.js';
import { lastChange, undoStatus } from '../undo-status.js';
import { reviewCycles } from '../review-cycles.js';
import { APPLICATION_STATUSES, isDecisionStatus } from '../workflow.js';
import { applicationVersions } from '../../review/application-versions.js';
import { certificateOf, decisionsOf, recordDecision } from '../../review/decision.js';
import { assignmentsOf } from '../../review/assignment-rows.js';
import { coordinatorReview } from '../../review/review-presenter.js';
import { issues, readBody } from './read-body.js';
import { readFilter } from './read-filter.js';
import { recordInScope } from './record-in-scope.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const bodies = {
  advisor: z.strictObject({ name: text(200), email: z.email().max(320) }) satisfies z.ZodType<Advisor>,
  status: z.strictObject({
    status: z.enum(APPLICATION_STATUSES),
    message: z.optional(z.string().trim().max(2000)),
    letter: z.optional(z.string().trim().max(20_000)),
  }) satisfies z.ZodType<StatusBody>,
  check: z.strictObject({
    check: z.enum(['membership', 'fee', 'category']),
    state: z.enum(['confirmed', 'problem']),
    note: z.optional(z.string().trim().max(2000)),
  }) satisfies z.ZodType<CheckBody>,
  message: z.strictObject({ message: text(2000) }) satisfies z.ZodType<MessageBody>,
  accept: z.strictObject({ message: z.optional(z.string().trim().max(2000)) }),
  empty: z.strictObject({}),
  note: z.strictObject({ body: text(5000) }) satisfies z.ZodType<NoteBody>,
};
const done: Done = { ok: true };

/**
 * The records, under `/admin/api/records`: the list, a record, and its changes (steps 2 and 4,
 * notes, a data request's export and deletion). Every record is looked up within the signed-in
 * coordinator's programs only.
 */
export function recordRoutes({ db, programs, publicUrl, signedIn, present, onMailQueued, clock }: AdminRouteContext) {
  const byId = new Map(programs.map((entry) => [entry.program.id, entry.program]));
  const routes = new Hono<AdminEnv>();
  routes.use('*', signedIn);

  /** The record named by `:id` within the coordinator's programs, or a 404 (also for another program's). */
  async function record(c: Context<AdminEnv>): Promise<RecordRow | Response> {
    return recordInScope(db, c);
  }
  const actor = (c: Context<AdminEnv>) => c.get('coordinator').email;

  routes.get('/', async (c) => {
    const filter = readFilter(c, programs);
    if (filter instanceof Response) return filter;
    const page = Math.max(1, Math.min(10_000, Number.parseInt(c.req.query('page') ?? '1', 10) || 1));
    const { rows, total } = await listRecords(db, c.get('coordinator').programs, filter, page);
    return c.json(present.list(rows, total, page, await reviewCycles(db, programs, c.get('coordinator').programs)));
  });

  routes.get('/:id', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    const change = await lastChange(db, row.id);
    const program = byId.get(row.program)!;
    const reinstatement = await reinstatementOfRecord(db, row, (day) => reinstatementRule(program, day)?.ratings ?? 3);
    return c.json({
      ...present.detail(row, await recordHistory(db, row.id), await applicationRatings(db, [row.id]), {
        thread: await threadOf(db, row),
        undoable: change?.status === row.status,
      }),
      ...(reinstatement ? { reinstatement } : {}),
    });
  });

  /** The registration of a step-2 action: the record itself, or an application's registration. */
  async function registrationOf(c: Context<AdminEnv>, row: RecordRow): Promise<(RecordRow & { kind: 'registration' }) | Response> {
    const found =
      row.kind === 'registration'
        ? row
        : row.registration_id
          ? await findRecord(db, c.get('coordinator').programs, row.registration_id)
          : undefined;
    if (found?.kind === 'registration') return found;
    return apiError(c, 409, 'no_registration', 'This application has no registration to check.');
  }

  const registrationStatus = (name: 'accept' | 'decline' | 'return', status: 'accepted' | 'declined' | 'returned') =>
    routes.post(`/:id/${name}`, async (c) => {
      const row = await record(c);
      if (row instanceof Response) return row;
      if (row.kind !== 'registration')
        return apiError(c, 409, 'not_a_registration', 'Only a registration is accepted, declined or returned.');
      const body = await readBody(c, status === 'accepted' ? bodies.accept : bodies.message);
      if (!body.ok) return body.response;
      if (row.status === status) return apiError(c, 409, 'unchanged', 'The registration has this status already.');
      await setRegistrationStatus(db, byId.get(row.program)!, row, status, body.value.message || null, actor(c));
      onMailQueued();
      return c.json(done);
    });
  registrationStatus('accept', 'accepted');
  registrationStatus('decline', 'declined');
  registrationStatus('return', 'returned');

  routes.post('/:id/checks', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    const body = await readBody(c, bodies.check);
    if (!body.ok) return body.response;
    const registration = await registrationOf(c, row);
    if (registration instanceof Response) return registration;
    await recordCheck(db, registration, body.value, actor(c));
    return c.json(done);
  });

  routes.post('/:id/undo', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    const body = await readBody(c, bodies.empty);
    if (!body.ok) return body.response;
    if (!(await undoStatus(db, byId.get(row.program)!, row, actor(c))))
      return apiError(c, 409, 'nothing_to_undo', 'There is no status change to undo.');
    onMailQueued();
    return c.json(done);
  });

  routes.get('/:id/certificate.pdf', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    const { rows } = await db.query<{ decided_at: Date | string; certificate_number: string }>(
      `select decided_at, certificate_number from decisions where application_id = $1 and status = 'endorsed' and undone_at is null
        order by decided_at desc limit 1`,
      [row.id],
    );
    const decision = rows[0];
    if (row.status !== 'endorsed' || !decision)
      return apiError(c, 404, 'not_found', 'This application is not endorsed: it has no certificate.');
    const pdf = await certificateOf(byId.get(row.program)!, row, decision);
    return c.body(Buffer.from(pdf), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="certificate-${decision.certificate_number}.pdf"`,
    });
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
    const { status } = body.value;
    const message = body.value.message || null;
    if (status === 'more_information_needed' && !message)
      return issues(c, [{ path: ['message'], code: 'required', message: 'Say what information is needed.' }]);
    await recordDecision(db, {
      program: byId.get(row.program)!,
      record: row,
      status,
      message,
      letter: isDecisionStatus(status) ? body.value.letter || null : null,
      actor: actor(c),
      linkBase: (publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, ''),
      // The server's clock: an endorsement's date starts the renewal cycle (tests move it).
      ...(clock ? { now: clock() } : {}),
    });
    onMailQueued();
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
    const whole: WholeApplicationRecord = present.wholeRecord(row, await exportRecord(db, row, actor(c)));
    if (row.kind === 'application') {
      const review = coordinatorReview(byId.get(row.program)!, row, await assignmentsOf(db, row.id), [], await decisionsOf(db, row.id));
      whole.review = { assignments: review.assignments, decisions: review.decisions };
      const versions = await applicationVersions(db, row.id);
      if (versions.length) whole.versions = versions;
    }
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
