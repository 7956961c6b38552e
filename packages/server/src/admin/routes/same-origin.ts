import type { MiddlewareHandler } from 'hono';
import { apiError } from '../../http/api-error.js';

/**
 * Every answer of the API is `no-store`, and every state-changing request must come from the
 * server's own origin (or `publicUrl`'s), as the Origin header says: a forged cross-site request fails.
 */
export function sameOrigin(publicUrl: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    c.header('Cache-Control', 'no-store');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const origin = c.req.header('origin');
      const own = new Set([new URL(c.req.url).origin, publicUrl && new URL(publicUrl).origin]);
      if (!origin || !own.has(origin))
        return apiError(c, 403, 'origin_mismatch', 'Changes are accepted only from the workspace page itself.');
    }
    await next();
  };
}
