import type { RenewalFailure } from './renewal-client.js';

/**
 * What the public registry may show of an endorsee beyond their name and category, each only with
 * their consent (docs/registry.md): an absent field is not shown.
 * @example const fields: RegistryConsent = { region: 'North County', providesRsc: true };
 */
export interface RegistryConsent {
  region?: string | undefined;
  employer?: string | undefined;
  languages?: string[] | undefined;
  providesRsc?: boolean | undefined;
  /** Show the date of the endorsement ("endorsed since"). */
  endorsedSince?: boolean | undefined;
}

/**
 * The registry entry the endorsee chooses on the renewal page: the name shown (`null`: their full
 * name) and the fields they consent to show.
 * @example const choices: RegistryChoices = { displayName: 'Ana R.', fields: { region: 'North County' } };
 */
export interface RegistryChoices {
  displayName: string | null;
  fields: RegistryConsent;
}

/**
 * What the renewal invitation says of the endorsee's own choices: the registry entry as saved, who
 * last set it (`endorsee` or `coordinator:<email>`) and when, and inactive status: the program's
 * rule (how long, the fee to return; `null`: not offered) and when they asked for it, if they did.
 * @example invitation.choices?.inactive.offered // { maxMonths: 24, fee: 25 }
 */
export interface EndorseeChoices {
  registry: RegistryChoices & { setBy: string | null; setAt: string | null };
  inactive: { offered: { maxMonths: number; fee: number } | null; requestedAt: string | null };
}

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
