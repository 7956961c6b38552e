import type { ApiErrorBody, ApiIssue } from '../../src/admin/api-types.js';

// The API's types are the server's own (src/admin/api-types.ts): a field renamed there fails here.
export type { Me, RecordDetail, RecordList, RecordSummary, StaffMember } from '../../src/admin/api-types.js';
export type { CoordinatorReview, ReviewerView, ReviewSummary } from '../../src/admin/review-api-types.js';

/** What the workspace's JSON API answered: the body, or the status and the server's error. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: string; message: string; issues?: ApiIssue[] };

/**
 * A same-origin request to `/admin/api`: the session cookie goes along, and the browser adds the
 * Origin header the server checks on every change. Network failures are a result, not a throw.
 * A `Blob` body (a file) goes as its bytes, with `headers`; anything else as JSON.
 */
export async function api<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResult<T>> {
  let response: Response;
  const type = body === undefined ? {} : { 'content-type': body instanceof Blob ? 'application/octet-stream' : 'application/json' };
  try {
    response = await fetch(`/admin/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...type, ...headers },
      body: body === undefined ? null : body instanceof Blob ? body : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, error: 'unreachable', message: 'The server could not be reached. Check your connection and try again.' };
  }
  const data = (await response.json().catch(() => ({}))) as Partial<ApiErrorBody> & { issues?: unknown };
  if (response.ok) return { ok: true, data: data as T };
  if (response.status === 422 && Array.isArray(data.issues))
    return { ok: false, status: 422, error: 'invalid', message: 'Check the fields marked below.', issues: data.issues as ApiIssue[] };
  return {
    ok: false,
    status: response.status,
    error: String(data.error ?? 'error'),
    message: String(data.message ?? `The server answered ${response.status}.`),
  };
}
