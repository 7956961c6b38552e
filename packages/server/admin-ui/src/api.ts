/** What the workspace's JSON API answered: the body, or the status and the server's error. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: string; message: string; issues?: { path: (string | number)[]; message: string }[] };

/**
 * A same-origin request to `/admin/api`: the session cookie goes along, and the browser adds the
 * Origin header the server checks on every change. Network failures are a result, not a throw.
 */
export async function api<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(`/admin/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, error: 'unreachable', message: 'The server could not be reached. Check your connection and try again.' };
  }
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return { ok: true, data: data as T };
  if (response.status === 422 && Array.isArray(data.issues)) return { ok: false, status: 422, error: 'invalid', message: 'Check the fields marked below.', issues: data.issues as { path: (string | number)[]; message: string }[] };
  return { ok: false, status: response.status, error: String(data.error ?? 'error'), message: String(data.message ?? `The server answered ${response.status}.`) };
}

/** The signed-in coordinator and their programs' words (categories, statuses). */
export interface Me {
  email: string;
  programs: { id: string; name: string; locale: string; categories: { code: string; label: string }[]; statuses: { value: string; label: string }[] }[];
}

export interface RecordSummary {
  id: string;
  kind: 'registration' | 'application';
  program: string;
  status: string;
  receivedAt: string;
  name: string;
  email: string;
  endorsement: string;
  category: string;
  advisor: { name: string; email: string } | null;
}

export interface RecordList {
  items: RecordSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface RecordDetail {
  record: RecordSummary & { locale: string; statusMessage: string | null; acceptedAt: string | null; programName: string };
  steps: { id: string; title: string; rows: { label: string; value: string }[]; entries?: { title: string; rows: { label: string; value: string }[] }[] }[];
  requirements?: { category: string; met: boolean; items: { id: string; state: 'met' | 'missing' | 'later'; detail: string }[] };
  transcripts: { level: string; institution: string; transcript: string }[];
  references: { name: string; role: string; endorsed: boolean; waiveRight: boolean }[];
  mails: { purpose: string; recipient: string; state: string; at: string }[];
  notes: { author: string; body: string; at: string }[];
  audit: { actor: string; action: string; detail: Record<string, unknown> | null; at: string }[];
}
