import { Hono, type Context } from 'hono';
import * as z from 'zod';
import { apiError } from '../../http/api-error.js';
import type { AdminEnv, AdminRouteContext } from '../admin-context.js';
import type { Done } from '../api-types.js';
import type { RecordRow } from '../record-queries.js';
import type { AssignBody } from '../review-api-types.js';
import { assignReviewer, withdrawAssignment, type AssignmentResult } from '../../review/assignment-actions.js';
import { assignmentsOf } from '../../review/assignment-rows.js';
import { coordinatorReview } from '../../review/review-presenter.js';
import { decisionsOf } from '../../review/decision.js';
import { issues, readBody } from './read-body.js';
import { UUID } from '../../http/uuid.js';
import { recordInScope } from './record-in-scope.js';

const bodies = {
  assign: z.strictObject({ reviewerId: z.string().regex(UUID) }) satisfies z.ZodType<AssignBody>,
  empty: z.strictObject({}),
};
const done: Done = { ok: true };

/** An assignment action's answer: done, a 404/409 with its reason, or a 422 with issues. */
export function answerAssignment(c: Context, result: AssignmentResult): Response {
  if (result.ok) return c.json(done);
  if (result.status === 422) return issues(c, result.issues);
  return apiError(c, result.status, result.error, result.message);
}

/**
 * An application's review for its coordinator, under `/admin/api/records/{id}/review`: the
 * reviewers' assignments with their checklists, recommendations and private notes side by side,
 * the feedback letter's draft and the decisions; assigning a reviewer of the program and
 * withdrawing an assignment. The decision itself is `POST /records/{id}/status`.
 */
export function reviewAdminRoutes({ db, programs, publicUrl, signedIn, onMailQueued }: AdminRouteContext) {
  const byId = new Map(programs.map((entry) => [entry.program.id, entry.program]));
  const routes = new Hono<AdminEnv>();
  routes.use('*', signedIn);

  async function application(c: Context<AdminEnv>): Promise<RecordRow | Response> {
    const row = await recordInScope(db, c);
    if (row instanceof Response) return row;
    if (row.kind !== 'application') return apiError(c, 409, 'not_an_application', 'Only an application is reviewed.');
    return row;
  }
  const linkBase = (c: Context) => (publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');

  routes.get('/:id/review', async (c) => {
    const row = await application(c);
    if (row instanceof Response) return row;
    const reviewers = await db.query<{ id: string; name: string | null; email: string }>(
      `select c.id, c.name, c.email from coordinator_programs p join coordinators c on c.id = p.coordinator_id
        where p.program = $1 and p.role = 'reviewer' order by coalesce(c.name, c.email)`,
      [row.program],
    );
    return c.json(
      coordinatorReview(byId.get(row.program)!, row, await assignmentsOf(db, row.id), reviewers.rows, await decisionsOf(db, row.id)),
    );
  });

  routes.post('/:id/review/assign', async (c) => {
    const row = await application(c);
    if (row instanceof Response) return row;
    const body = await readBody(c, bodies.assign);
    if (!body.ok) return body.response;
    const result = await assignReviewer(db, byId.get(row.program)!, row, body.value.reviewerId, c.get('coordinator').email, linkBase(c));
    if (result.ok) onMailQueued();
    return answerAssignment(c, result);
  });

  routes.post('/:id/review/:assignmentId/withdraw', async (c) => {
    const row = await application(c);
    if (row instanceof Response) return row;
    const body = await readBody(c, bodies.empty);
    if (!body.ok) return body.response;
    const result = await withdrawAssignment(
      db,
      byId.get(row.program)!,
      row,
      c.req.param('assignmentId'),
      c.get('coordinator').email,
      linkBase(c),
    );
    if (result.ok) onMailQueued();
    return answerAssignment(c, result);
  });

  return routes;
}
