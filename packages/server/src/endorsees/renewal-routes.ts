import { Hono, type Context } from 'hono';
import * as z from 'zod';
import { apiError } from '../http/api-error.js';
import { linkTokenBody } from '../http/link-token-body.js';
import type { EndorseeLinkContext } from './endorsee-link-context.js';
import { renewalAction } from './renewal-actions.js';

const token = z.string().max(100);
const bodies = {
  open: z.strictObject({ token }),
  save: z.strictObject({ token, renewal: z.unknown() }),
};

/**
 * The endorsee's calls under `/api/renewals` (docs/renewal.md): `open`, `save`, `submit`, each a
 * POST with the link's token in the JSON body, never in a URL; 404 `invalid_link`, 410
 * `link_closed`, 409 `already_submitted`, 422 `{ issues }` (the shape, or the checklist still unmet).
 * Limited per address and per token.
 */
export function renewalRoutes(context: EndorseeLinkContext) {
  const routes = new Hono();
  const read = linkTokenBody(context);
  const handle = (action: 'open' | 'save' | 'submit') => async (c: Context) => {
    const body = await read(c, action === 'open' ? bodies.open : bodies.save);
    if (!body.ok) return body.response;
    const result = await renewalAction(context.db, context.programs, action, body.value, context.clock());
    if (result.ok) {
      if (result.mailed) context.onMailQueued();
      return c.json(result.value as object);
    }
    if ('issues' in result) return c.json({ issues: result.issues }, 422);
    return apiError(c, result.status, result.error, result.message);
  };
  routes.post('/open', handle('open'));
  routes.post('/save', handle('save'));
  routes.post('/submit', handle('submit'));
  return routes;
}
