import { Hono, type Context } from 'hono';
import { raterAnswersBodySchema, raterDeclineBodySchema, raterTokenBodySchema } from '@endorsement-kit/sdk';
import { raterAction, type RaterAction } from './rater-actions.js';
import { answer } from './reference-body.js';
import { linkTokenBody } from '../http/link-token-body.js';
import type { ReferenceRouteContext } from './reference-context.js';

/**
 * The rater's calls under `/api/ratings`: every one a POST with the token in the JSON body (never
 * in a URL), answering the request as the rater sees it, or a 4xx `{ error, message }` the page
 * can show (`invalid_token`, `link_expired`, `link_closed`, `already_submitted`, `rate_limited`,
 * `invalid_body`), or 422 `{ issues }` for a submit with answers missing. Limited per address and
 * per token.
 */
export function raterRoutes(context: ReferenceRouteContext) {
  const routes = new Hono();
  const read = linkTokenBody(context);

  const handle =
    (action: RaterAction, schema: typeof raterTokenBodySchema | typeof raterDeclineBodySchema | typeof raterAnswersBodySchema) =>
    async (c: Context) => {
      const body = await read(c, schema);
      if (!body.ok) return body.response;
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
