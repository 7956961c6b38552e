import { Hono, type Context } from 'hono';
import { raterAnswersBodySchema, raterDeclineBodySchema, raterTokenBodySchema } from '@endorsement-kit/sdk';
import { secretHash } from '../admin/secret-token.js';
import { apiError } from '../http/api-error.js';
import { clientAddress } from '../http/client-address.js';
import { createRateLimiter } from '../http/rate-limiter.js';
import { raterAction, type RaterAction } from './rater-actions.js';
import { answer, parseBody } from './reference-body.js';
import type { ReferenceRouteContext } from './reference-context.js';

/** Calls per minute on one token: a person filling a form saves far less often. */
const PER_TOKEN = 30;

/**
 * The rater's calls under `/api/ratings`: every one a POST with the token in the JSON body (never
 * in a URL), answering the request as the rater sees it, or a 4xx `{ error, message }` the page
 * can show (`invalid_token`, `link_expired`, `link_closed`, `already_submitted`, `rate_limited`,
 * `invalid_body`), or 422 `{ issues }` for a submit with answers missing. Limited per address and
 * per token.
 */
export function raterRoutes(context: ReferenceRouteContext) {
  const routes = new Hono();
  const perToken = createRateLimiter(PER_TOKEN);

  const handle =
    (action: RaterAction, schema: typeof raterTokenBodySchema | typeof raterDeclineBodySchema | typeof raterAnswersBodySchema) =>
    async (c: Context) => {
      const wait = context.limiter.take(clientAddress(c, context.trustProxy));
      if (wait > 0)
        return apiError(c, 429, 'rate_limited', 'Too many requests from this address; try again shortly.', { 'Retry-After': String(wait) });
      const body = await parseBody(c, context.maxBodyBytes, schema);
      if (!body.ok) return body.response;
      const tokenWait = perToken.take(secretHash(body.value.token));
      if (tokenWait > 0)
        return apiError(c, 429, 'rate_limited', 'Too many requests with this link; try again shortly.', {
          'Retry-After': String(tokenWait),
        });
      const result = await raterAction(context.db, context.programs, action, body.value, context.clock());
      if (result.ok && result.mailed) context.onMailQueued();
      return answer(c, result);
    };

  routes.post('/open', handle('open', raterTokenBodySchema));
  routes.post('/accept', handle('accept', raterTokenBodySchema));
  routes.post('/decline', handle('decline', raterDeclineBodySchema));
  routes.post('/save', handle('save', raterAnswersBodySchema));
  routes.post('/submit', handle('submit', raterAnswersBodySchema));
  return routes;
}
