import { Hono, type Context } from 'hono';
import * as z from 'zod';
import { apiError } from '../../http/api-error.js';
import type { AdminEnv, AdminRouteContext } from '../admin-context.js';
import type { Done } from '../api-types.js';
import type { FeeMarkBody, RecordFees } from '../../fees/fee-api-types.js';
import { findFeeRecord, feeRows, type FeeRecord } from '../../fees/fee-rows.js';
import { markFee } from '../../fees/mark-fee.js';
import { feeLines } from '../../fees/record-fees.js';
import { readBody } from './read-body.js';
import { recordInScope } from './record-in-scope.js';

const markBody = z.strictObject({
  status: z.enum(['paid', 'waived', 'invoiced', 'due']),
  note: z.optional(z.string().trim().max(2000)),
}) satisfies z.ZodType<FeeMarkBody>;

/**
 * A record's fees, under `/admin/api/records/:id/fees`: where each stands with its history, and
 * the coordinator's mark (`POST /:kind`: paid, waived, invoiced or due again, with a note).
 */
export function feeAdminRoutes({ db, programs, signedIn, onMailQueued, clock }: AdminRouteContext) {
  const byId = new Map(programs.map((entry) => [entry.program.id, entry.program]));
  const routes = new Hono<AdminEnv>();
  routes.use('*', signedIn);

  async function record(c: Context<AdminEnv>): Promise<FeeRecord | Response> {
    const found = await recordInScope(db, c);
    if (found instanceof Response) return found;
    const row = await findFeeRecord(db, found.id);
    return row ?? apiError(c, 404, 'not_found', 'No record with this reference in your programs.');
  }

  routes.get('/:id/fees', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    const program = byId.get(row.program)!;
    const { rows } = await db.query<{ kind: string; actor: string; action: string; detail: { note?: string } | null; at: Date | string }>(
      'select kind, actor, action, detail, at from fee_audit where record_id = $1 order by at, id',
      [row.id],
    );
    const answer: RecordFees = {
      fees: feeLines(program, row, await feeRows(db, row.id), program.defaultLocale),
      history: rows.map((h) => ({
        kind: h.kind,
        actor: h.actor,
        action: h.action,
        ...(h.detail?.note ? { note: h.detail.note } : {}),
        at: new Date(h.at).toISOString(),
      })),
    };
    return c.json(answer);
  });

  routes.post('/:id/fees/:kind', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    const body = await readBody(c, markBody);
    if (!body.ok) return body.response;
    const note = body.value.note || undefined;
    const done = await markFee(
      db,
      byId.get(row.program)!,
      row,
      c.req.param('kind'),
      { status: body.value.status, ...(note ? { note } : {}) },
      c.get('coordinator').email,
      (clock ?? (() => new Date()))(),
    );
    if ('refused' in done)
      return done.refused === 'stripe_paid'
        ? apiError(c, 409, 'stripe_paid', 'Stripe recorded this payment; a refund is made in Stripe.')
        : apiError(c, 404, 'not_charged', 'The program charges this record no such fee.');
    if (done.mailed) onMailQueued();
    return c.json({ ok: true } satisfies Done);
  });

  return routes;
}
