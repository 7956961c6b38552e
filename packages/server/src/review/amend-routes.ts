import { Hono, type Context } from 'hono';
import * as z from 'zod';
import { secretHash } from '../admin/secret-token.js';
import { apiError } from '../http/api-error.js';
import { clientAddress } from '../http/client-address.js';
import { createRateLimiter } from '../http/rate-limiter.js';
import type { ReferenceRouteContext } from '../references/reference-context.js';
import { parseBody } from '../references/reference-body.js';
import { openAmend, submitAmend, type AmendResult } from './amend-actions.js';

const PER_TOKEN = 30;
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
  const perToken = createRateLimiter(PER_TOKEN);
  const limited = (c: Context, value: string) => {
    const wait = context.limiter.take(clientAddress(c, context.trustProxy));
    if (wait > 0)
      return apiError(c, 429, 'rate_limited', 'Too many requests from this address; try again shortly.', { 'Retry-After': String(wait) });
    const tokenWait = perToken.take(secretHash(value));
    if (tokenWait > 0)
      return apiError(c, 429, 'rate_limited', 'Too many requests with this link; try again shortly.', { 'Retry-After': String(tokenWait) });
    return undefined;
  };
  const reply = <T>(c: Context, result: AmendResult<T>) => {
    if (result.ok) return c.json(result.value as object);
    if ('issues' in result) return c.json({ issues: result.issues }, 422);
    return apiError(c, result.status, result.error, result.message);
  };
  routes.post('/open', async (c) => {
    const body = await parseBody(c, 4096, bodies.open);
    if (!body.ok) return body.response;
    return limited(c, body.value.token) ?? reply(c, await openAmend(context.db, context.programs, body.value.token, context.clock()));
  });
  routes.post('/submit', async (c) => {
    const body = await parseBody(c, context.maxBodyBytes, bodies.submit);
    if (!body.ok) return body.response;
    const refused = limited(c, body.value.token);
    if (refused) return refused;
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
