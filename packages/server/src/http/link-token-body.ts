import type { Context } from 'hono';
import { secretHash } from '../admin/secret-token.js';
import { parseBody } from '../references/reference-body.js';
import { apiError } from './api-error.js';
import { clientAddress } from './client-address.js';
import { createRateLimiter } from './rate-limiter.js';

/** Calls a link may make in a minute (the rater's, amend, renewal, registry choices and reinstatement pages): a person filling a form saves far less often. */
export const CALLS_PER_LINK_PER_MINUTE = 30;

/** What reading a mailed link's call needs of the app. */
export interface LinkCallLimits {
  /** The app's per-address limiter of POSTs. */
  limiter: ReturnType<typeof createRateLimiter>;
  trustProxy: number;
  maxBodyBytes: number;
}

type BodySchema<T> = Parameters<typeof parseBody<T>>[2];

/**
 * The reader of calls made from a page opened by a mailed link, which carry the link's token in the
 * JSON body (never in a URL): limited per address before the body is read (429 with `Retry-After`),
 * then the body read within `maxBodyBytes` and checked against the schema (400/413/415/422), then
 * limited per token, counted by its hash. One per route group: each keeps its own count of tokens.
 * @example
 * const read = linkTokenBody(context);
 * routes.post('/open', async (c) => { const body = await read(c, openSchema); if (!body.ok) return body.response; … });
 */
export function linkTokenBody(limits: LinkCallLimits, perMinute = CALLS_PER_LINK_PER_MINUTE) {
  const perToken = createRateLimiter(perMinute);
  return async <T extends { token: string }>(
    c: Context,
    schema: BodySchema<T>,
    maxBytes = limits.maxBodyBytes,
  ): Promise<{ ok: true; value: T } | { ok: false; response: Response }> => {
    const wait = limits.limiter.take(clientAddress(c, limits.trustProxy));
    if (wait > 0)
      return {
        ok: false,
        response: apiError(c, 429, 'rate_limited', 'Too many requests from this address; try again shortly.', {
          'Retry-After': String(wait),
        }),
      };
    const body = await parseBody(c, maxBytes, schema);
    if (!body.ok) return body;
    const tokenWait = perToken.take(secretHash(body.value.token));
    if (tokenWait > 0)
      return {
        ok: false,
        response: apiError(c, 429, 'rate_limited', 'Too many requests with this link; try again shortly.', {
          'Retry-After': String(tokenWait),
        }),
      };
    return body;
  };
}
