import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The error body of every non-2xx answer but a 422 (docs/backend.md): a stable `error` code and a
 * sentence for a developer. Never echoes what the client sent.
 */
export function apiError(c: Context, status: ContentfulStatusCode, error: string, message: string, headers?: Record<string, string>) {
  return c.json({ error, message }, status, headers);
}
