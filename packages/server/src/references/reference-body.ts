import type { Context } from 'hono';
import { apiError } from '../http/api-error.js';
import { readJsonBody } from '../http/read-json-body.js';
import type { ActionResult } from './action-result.js';

/** A body parsed by a schema, or the 4xx answer that says why not. */
export async function parseBody<T>(
  c: Context,
  maxBytes: number,
  schema: {
    safeParse(
      value: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
  },
): Promise<{ ok: true; value: T } | { ok: false; response: Response }> {
  const body = await readJsonBody(c.req.raw, maxBytes);
  if (!body.ok) return { ok: false, response: apiError(c, body.status, body.error, body.message) };
  const parsed = schema.safeParse(body.value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length ? ` at \`${issue.path.map(String).join('.')}\`` : '';
  return {
    ok: false,
    response: apiError(c, 400, 'invalid_body', `The body is not what this call takes${where}: ${issue?.message ?? 'invalid'}.`),
  };
}

/** The HTTP answer of an action's result. */
export function answer<T>(c: Context, result: ActionResult<T>, status: 200 | 201 = 200): Response {
  if (result.ok) return c.json(result.value as object, status);
  if ('issues' in result) return c.json({ issues: result.issues }, 422);
  return apiError(c, result.status, result.error, result.message, result.headers);
}
