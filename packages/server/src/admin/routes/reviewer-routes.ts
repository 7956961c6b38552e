import { Hono, type Context } from 'hono';
import * as z from 'zod';
import { AREA_RATINGS, REVIEW_EVIDENCE, REVIEW_RECOMMENDATIONS } from '@endorsement-kit/sdk';
import { apiError } from '../../http/api-error.js';
import { applicationRatings } from '../../references/application-ratings.js';
import type { AdminEnv, AdminRouteContext } from '../admin-context.js';
import type { RecordRow } from '../record-queries.js';
import type { ChecklistBody, RespondBody } from '../review-api-types.js';
import { respond, saveChecklist } from '../../review/assignment-actions.js';
import { reviewerAssignment, reviewerAssignments, type AssignmentRow } from '../../review/assignment-rows.js';
import { reviewerView, reviewSummary } from '../../review/review-presenter.js';
import { answerAssignment } from './review-routes.js';
import { readBody } from './read-body.js';
import { UUID } from '../../http/uuid.js';
import { SUBMITTED_AT } from '../../review/submitted-at.js';

const COLUMNS = `id, reference, kind, program, payload, locale, status, status_message, received_at, ${SUBMITTED_AT} as submitted_at, accepted_at, registration_id, advisor, checks`;
const bodies = {
  respond: z.strictObject({
    answer: z.enum(['accept', 'decline', 'conflict']),
    note: z.optional(z.string().trim().max(2000)),
  }) satisfies z.ZodType<RespondBody>,
  checklist: z.strictObject({
    areas: z.record(
      z.string().max(64),
      z.strictObject({
        rating: z.optional(z.enum(AREA_RATINGS)),
        evidence: z.optional(z.array(z.enum(REVIEW_EVIDENCE)).max(REVIEW_EVIDENCE.length)),
      }),
    ),
    comments: z.string().max(20_000),
    privateNote: z.string().max(20_000),
    recommendation: z.optional(z.enum(REVIEW_RECOMMENDATIONS)),
    submit: z.boolean(),
  }) satisfies z.ZodType<ChecklistBody>,
};

/**
 * A reviewer's work, under `/admin/api/reviews`: the applications assigned to them (`GET /`), one
 * of them (`GET /{applicationId}`: raters' contact details left out), accepting, declining or
 * declaring a conflict, and the checklist. Any other application, assigned to someone else or of
 * another program, is a 404, as an unknown id is.
 */
export function reviewerRoutes({ db, programs, publicUrl, signedIn, onMailQueued }: AdminRouteContext) {
  const byId = new Map(programs.map((entry) => [entry.program.id, entry.program]));
  const routes = new Hono<AdminEnv>();
  routes.use('*', signedIn);
  const linkBase = (c: Context) => (publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');

  async function assigned(c: Context<AdminEnv>): Promise<{ row: AssignmentRow; record: RecordRow & { kind: 'application' } } | Response> {
    const id = c.req.param('applicationId') ?? '';
    const me = c.get('coordinator');
    const row = UUID.test(id) ? await reviewerAssignment(db, me.id, me.reviews, id) : undefined;
    const record =
      row && (await db.query<RecordRow>(`select ${COLUMNS} from records where id = $1 and kind = 'application'`, [id])).rows[0];
    if (!row || record?.kind !== 'application')
      return apiError(c, 404, 'not_found', 'No application with this reference is assigned to you.');
    return { row, record };
  }

  routes.get('/', async (c) => {
    const me = c.get('coordinator');
    const rows = await reviewerAssignments(db, me.id, me.reviews);
    const records = rows.length
      ? (await db.query<RecordRow>(`select ${COLUMNS} from records where id = any($1::text[])`, [rows.map((r) => r.application_id)])).rows
      : [];
    const byRecord = new Map(records.map((record) => [record.id, record]));
    return c.json(
      rows.flatMap((row) => {
        const record = byRecord.get(row.application_id);
        return record ? [reviewSummary(byId.get(row.program)!, record, row)] : [];
      }),
    );
  });

  routes.get('/:applicationId', async (c) => {
    const found = await assigned(c);
    if (found instanceof Response) return found;
    const ratings = await applicationRatings(db, [found.record.id]);
    return c.json(reviewerView(byId.get(found.row.program)!, found.record, found.row, ratings.get(found.record.id)));
  });

  routes.post('/:applicationId/respond', async (c) => {
    const found = await assigned(c);
    if (found instanceof Response) return found;
    const body = await readBody(c, bodies.respond);
    if (!body.ok) return body.response;
    const result = await respond(
      db,
      byId.get(found.row.program)!,
      found.record,
      found.row,
      body.value.answer,
      body.value.note || null,
      linkBase(c),
    );
    if (result.ok) onMailQueued();
    return answerAssignment(c, result);
  });

  routes.post('/:applicationId/checklist', async (c) => {
    const found = await assigned(c);
    if (found instanceof Response) return found;
    const body = await readBody(c, bodies.checklist);
    if (!body.ok) return body.response;
    const { submit, ...checklist } = body.value;
    const result = await saveChecklist(db, byId.get(found.row.program)!, found.record, found.row, checklist, submit, linkBase(c));
    if (result.ok && submit) onMailQueued();
    return answerAssignment(c, result);
  });

  return routes;
}
