import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One problem with a request body, as the 422 answer lists them. */
export interface BodyIssue {
  path: (string | number)[];
  code: string;
  message: string;
}

/** What a reference action answers: its value, or a client's mistake to say (never a 5xx). */
export type ActionResult<T> =
  | { ok: true; value: T }
  | { ok: false; status: ContentfulStatusCode; error: string; message: string; headers?: Record<string, string> }
  | { ok: false; status: 422; issues: BodyIssue[] };

export const fail = (status: ContentfulStatusCode, error: string, message: string, headers?: Record<string, string>) =>
  ({ ok: false, status, error, message, ...(headers ? { headers } : {}) }) as const;

export const issues = (list: BodyIssue[]) => ({ ok: false, status: 422, issues: list }) as const;

/** zod's issues as the receiver words them: a path, a code, a sentence for a developer. */
export function zodIssues(error: { issues: readonly { path: readonly PropertyKey[]; code: string; message: string }[] }): BodyIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
    code: issue.code,
    message: issue.message,
  }));
}
