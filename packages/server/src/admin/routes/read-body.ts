import type { Context } from 'hono';
import type * as z from 'zod';
import { apiError } from '../../http/api-error.js';
import { readJsonBody } from '../../http/read-json-body.js';
import type { ApiIssue } from '../api-types.js';

const MAX_BYTES = 64 * 1024;

/** A request's JSON body checked against `schema`: its value, or the answer to send (4xx, or 422 with issues). */
export async function readBody<T>(c: Context, schema: z.ZodType<T>): Promise<{ ok: true; value: T } | { ok: false; response: Response }> {
  const body = await readJsonBody(c.req.raw, MAX_BYTES);
  if (!body.ok) return { ok: false, response: apiError(c, body.status, body.error, body.message) };
  const parsed = schema.safeParse(body.value);
  if (!parsed.success)
    return {
      ok: false,
      response: issues(
        c,
        parsed.error.issues.map((i) => ({ path: i.path as ApiIssue['path'], code: i.code, message: i.message })),
      ),
    };
  return { ok: true, value: parsed.data };
}

/** A 422 whose issues point at the body's fields. */
export const issues = (c: Context, list: ApiIssue[]) => c.json({ issues: list }, 422);
