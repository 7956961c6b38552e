import { Hono } from 'hono';
import * as z from 'zod';
import { isCode } from '@endorsement-kit/sdk';
import { apiError } from '../../http/api-error.js';
import { UUID } from '../../http/uuid.js';
import type { AdminEnv, AdminRouteContext } from '../admin-context.js';
import type { Done } from '../api-types.js';
import type { FeeMarkBody } from '../../fees/fee-api-types.js';
import { markRenewalFee } from '../../fees/renewal-fee-mark.js';
import { categoriesOf, loadEndorsee } from '../../endorsees/endorsee-rows.js';
import { readBody } from './read-body.js';

const markBody = z.strictObject({
  status: z.enum(['paid', 'waived', 'invoiced', 'due']),
  note: z.optional(z.string().trim().max(2000)),
}) satisfies z.ZodType<FeeMarkBody>;

/**
 * The coordinator's mark on a fee of a category's current renewal, under `/admin/api/endorsees`:
 * `POST /:id/categories/:code/fees/:kind` `{ status: paid | waived | invoiced | due, note? }`,
 * audited in the endorsee's history; the endorsee is mailed a receipt or a notice (docs/fees.md).
 */
export function renewalFeeAdminRoutes({ db, programs, signedIn, onMailQueued, clock }: AdminRouteContext) {
  const byId = new Map(programs.map((entry) => [entry.program.id, entry.program]));
  const routes = new Hono<AdminEnv>();
  routes.use('*', signedIn);

  routes.post('/endorsees/:id/categories/:code/fees/:kind', async (c) => {
    const id = c.req.param('id');
    const person = UUID.test(id) ? await loadEndorsee(db, id) : undefined;
    if (!person || !c.get('coordinator').programs.includes(person.program))
      return apiError(c, 404, 'not_found', 'No endorsee with this id in your programs.');
    const code = c.req.param('code');
    const category = isCode(code) ? (await categoriesOf(db, person.id)).find((entry) => entry.category === code) : undefined;
    if (!category) return apiError(c, 404, 'not_found', 'This endorsee has no such category.');
    const body = await readBody(c, markBody);
    if (!body.ok) return body.response;
    const note = body.value.note || undefined;
    const done = await markRenewalFee(
      db,
      byId.get(person.program)!,
      category.id,
      c.req.param('kind'),
      { status: body.value.status, ...(note ? { note } : {}) },
      `coordinator:${c.get('coordinator').email}`,
      (clock ?? (() => new Date()))(),
    );
    if ('refused' in done)
      return done.refused === 'stripe_paid'
        ? apiError(c, 409, 'stripe_paid', 'Stripe recorded this payment; a refund is made in Stripe.')
        : apiError(c, 404, 'not_charged', 'The program charges this renewal no such fee.');
    if (done.mailed) onMailQueued();
    return c.json({ ok: true } satisfies Done);
  });

  return routes;
}
