import { Hono, type Context } from 'hono';
import * as z from 'zod';
import { apiError } from '../http/api-error.js';
import { linkTokenBody } from '../http/link-token-body.js';
import type { EndorseeLinkContext } from './endorsee-link-context.js';
import { reinstatementAction } from './reinstatement-actions.js';

const body = z.strictObject({ token: z.string().max(100) });

/**
 * The endorsee's calls under `/api/reinstatements` (docs/renewal.md, "Reinstatement"): `open` and
 * `start`, each a POST with the removal mail's token in the JSON body, never in a URL. Limited per
 * address (the receiver's limit) and per token.
 */
export function reinstatementRoutes(context: EndorseeLinkContext) {
  const routes = new Hono();
  const read = linkTokenBody(context);
  const handle = (action: 'open' | 'start') => async (c: Context) => {
    const parsed = await read(c, body);
    if (!parsed.ok) return parsed.response;
    const result = await reinstatementAction(context.db, context.programs, action, parsed.value.token, context.clock());
    if (!result.ok) return apiError(c, result.status, result.error, result.message);
    if (result.mailed) context.onMailQueued();
    return c.json(result.value);
  };
  routes.post('/open', handle('open'));
  routes.post('/start', handle('start'));
  return routes;
}
