import { Hono, type Context } from 'hono';
import * as z from 'zod';
import { apiError } from '../http/api-error.js';
import type { ReferenceRouteContext } from '../references/reference-context.js';
import { linkTokenBody } from '../http/link-token-body.js';
import { openAmend, submitAmend, type AmendResult } from './amend-actions.js';

const token = z.string().max(100);
const bodies = {
  open: z.strictObject({ token }),
  submit: z.strictObject({ token, application: z.unknown() }),
};

/**
 * The applicant's calls under `/api/applications/amend` (docs/coordinators.md, "Amend and
 * resubmit"): `open` and `submit`, each a POST with the mailed link's token in the JSON body, never
 * in a URL; 404 `invalid_link`, 410 `link_closed` / `link_expired`, 422 `{ issues }`.
 * Limited per address and per token.
 */
export function amendRoutes(context: ReferenceRouteContext) {
  const routes = new Hono();
  const read = linkTokenBody(context);
  const reply = <T>(c: Context, result: AmendResult<T>) => {
    if (result.ok) return c.json(result.value as object);
    if ('issues' in result) return c.json({ issues: result.issues }, 422);
    return apiError(c, result.status, result.error, result.message);
  };
  routes.post('/open', async (c) => {
    const body = await read(c, bodies.open, 4096);
    if (!body.ok) return body.response;
    return reply(c, await openAmend(context.db, context.programs, body.value.token, context.clock()));
  });
  routes.post('/submit', async (c) => {
    const body = await read(c, bodies.submit);
    if (!body.ok) return body.response;
    const base = (context.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');
    const result = await submitAmend(
      context.db,
      context.programs,
      body.value.token,
      body.value.application,
      context.clock(),
      (id) => `${base}/admin/records/${id}`,
    );
    if (result.mailed) context.onMailQueued();
    return reply(c, result);
  });
  return routes;
}
