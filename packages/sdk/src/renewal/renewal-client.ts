import type { Code } from '../codes/codes.js';
import type { Issue } from '../errors/issue.js';
import type { Program } from '../program/program.js';
import type { EndorseeChoices } from './registry-choices.js';
import type { RenewalCycle } from './renewal-dates.js';
import type { RenewalFeeLine } from './renewal-fees.js';

/**
 * What the renewal page is given when its link opens (`POST /api/renewals/open`): the program (its
 * rules evaluate the checklist), whose renewal of which category, the cycle, where it stands, the
 * coordinator's note when sent back, and the draft saved so far.
 * @example const invitation: RenewalInvitation = await renewalClient({ baseUrl: '/api' }).open(token);
 */
export interface RenewalInvitation {
  program: Program;
  programName: string;
  language: string;
  fullName: string;
  category: Code;
  categoryLabel: string;
  endorsedOn: string;
  cycle: RenewalCycle;
  state: 'draft' | 'submitted' | 'more_information' | 'approved';
  note: string | null;
  renewal: unknown;
  savedAt: string | null;
  /** The renewal's fees and where each stands (docs/fees.md, "Renewal fees"); absent from older receivers. */
  fees?: RenewalFeeLine[];
  /** The program takes the renewal only once its fees are settled (`renewal.payBeforeSubmit`). */
  payBeforeSubmit?: boolean;
  /** The endorsee's registry entry and inactive status (`endorseeChoicesClient`); absent from older servers. */
  choices?: EndorseeChoices;
}

/** Why a renewal call failed: the link (`invalid_link`, `link_closed`), a submitted renewal, the network, or the server's issues. */
export type RenewalFailure =
  | {
      ok: false;
      error: 'invalid_link' | 'link_closed' | 'already_submitted' | 'fee_due' | 'rate_limited' | 'unreachable' | 'error';
      status: number;
    }
  | { ok: false; error: 'issues'; status: 422; issues: Issue[] };

/**
 * The renewal page's calls: each a POST with the link's token in the JSON body, never in a URL.
 * Failures are results, not throws.
 * @example const client = renewalClient({ baseUrl: '/api' }); const opened = await client.open(token);
 */
export function renewalClient(options: { baseUrl: string; fetch?: typeof fetch }) {
  const call = async <T>(path: string, body: unknown, keepalive = false): Promise<{ ok: true; value: T } | RenewalFailure> => {
    let response: Response;
    const json = JSON.stringify(body);
    try {
      response = await (options.fetch ?? fetch)(`${options.baseUrl.replace(/\/+$/, '')}/renewals/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: json,
        // A page being closed keeps the call going; browsers allow it for bodies under 64 KB.
        ...(keepalive && json.length < 60_000 ? { keepalive: true } : {}),
      });
    } catch {
      return { ok: false, error: 'unreachable', status: 0 };
    }
    const data = (await response.json().catch(() => ({}))) as { error?: string; issues?: Issue[] };
    if (response.ok) return { ok: true, value: data as T };
    if (response.status === 422 && Array.isArray(data.issues)) return { ok: false, error: 'issues', status: 422, issues: data.issues };
    const known = ['invalid_link', 'link_closed', 'already_submitted', 'fee_due', 'rate_limited'] as const;
    const error = known.find((code) => code === data.error) ?? 'error';
    return { ok: false, error, status: response.status };
  };
  return {
    open: (token: string) => call<RenewalInvitation>('open', { token }),
    /** Saves the draft; `{ keepalive: true }` when the page is closing, so the call outlives it. */
    save: (token: string, renewal: unknown, init: { keepalive?: boolean } = {}) =>
      call<{ savedAt: string }>('save', { token, renewal }, init.keepalive),
    submit: (token: string, renewal: unknown) => call<{ submittedAt: string }>('submit', { token, renewal }),
  };
}

/** The client `renewalClient` returns. */
export type RenewalClient = ReturnType<typeof renewalClient>;
