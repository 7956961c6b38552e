import type { EndorseeChoices, RegistryChoices } from './registry-choices.js';
import type { RenewalFailure } from './renewal-client.js';

/**
 * The endorsee's own calls behind the renewal link, beside `renewalClient`'s: the registry entry
 * (`POST /renewals/registry`) and a request for inactive status (`POST /renewals/inactive`), each
 * with the link's token in the JSON body. Failures are results, not throws.
 * @example await endorseeChoicesClient({ baseUrl: '/api' }).saveRegistry(token, { displayName: 'Ana R.', fields: {} });
 */
export function endorseeChoicesClient(options: { baseUrl: string; fetch?: typeof fetch }) {
  const call = async <T>(path: string, body: unknown): Promise<{ ok: true; value: T } | RenewalFailure> => {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(`${options.baseUrl.replace(/\/+$/, '')}/renewals/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      });
    } catch {
      return { ok: false, error: 'unreachable', status: 0 };
    }
    const data = (await response.json().catch(() => ({}))) as { error?: string; issues?: [] };
    if (response.ok) return { ok: true, value: data as T };
    if (response.status === 422 && Array.isArray(data.issues)) return { ok: false, error: 'issues', status: 422, issues: data.issues };
    const known = ['invalid_link', 'link_closed', 'rate_limited'] as const;
    return { ok: false, error: known.find((code) => code === data.error) ?? 'error', status: response.status };
  };
  return {
    saveRegistry: (token: string, choices: RegistryChoices) => call<EndorseeChoices['registry']>('registry', { token, ...choices }),
    requestInactive: (token: string) => call<EndorseeChoices['inactive']>('inactive', { token }),
  };
}

/** The client `endorseeChoicesClient` returns. */
export type EndorseeChoicesClient = ReturnType<typeof endorseeChoicesClient>;
