import type { ReferenceList, ReferenceRequestInput } from '../schema/reference-wire.js';
import { jsonCall, type JsonCallOptions } from './json-call.js';

/**
 * Options of `referencesClient`.
 * @example referencesClient({ baseUrl: '/api', registrationId: receipt.id, accessToken: receipt.accessToken! } satisfies ReferencesClientOptions)
 */
export interface ReferencesClientOptions {
  /** The receiver's API base URL: calls go to `{baseUrl}/registrations/{registrationId}/references`. */
  baseUrl: string;
  /** The registration receipt's `id`. */
  registrationId: string;
  /** The registration receipt's `accessToken`, sent in the `Endorsement-Access-Token` header, never in a URL. */
  accessToken: string;
  /**
   * Milliseconds to wait for each answer.
   * @default 20000
   */
  timeout?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

/**
 * The applicant's reference requests: list them, ask a rater, resend, correct an address, withdraw
 * one (optionally asking someone else in the same call). Every call answers the whole list as it
 * stands after it. Failures: `ReferenceLinkError` (the receiver's `error` code, e.g. `resend_too_soon`,
 * `not_open`), `SubmissionError` with `issues` (422: `too_many_requests`, `duplicate_rater`, `own_email`), `NetworkError`.
 * @example
 * const refs = referencesClient({ baseUrl: '/api', registrationId: receipt.id, accessToken: receipt.accessToken! });
 * const { requests } = await refs.request({ name: 'Lee Park', email: 'lee@example.org', role: 'supervisor', waiveRight: true });
 */
export interface ReferencesClient {
  list(signal?: AbortSignal): Promise<ReferenceList>;
  request(input: ReferenceRequestInput): Promise<ReferenceList>;
  resend(id: string): Promise<ReferenceList>;
  changeAddress(id: string, email: string): Promise<ReferenceList>;
  cancel(id: string, replaceWith?: ReferenceRequestInput): Promise<ReferenceList>;
}

/**
 * The applicant's side of the reference routes (docs/references.md), on plain `fetch`.
 * @example
 * const refs = referencesClient({ baseUrl: 'https://api.example.org/endorsement', registrationId, accessToken });
 * for (const r of (await refs.list()).requests) console.log(r.name, r.state);
 */
export function referencesClient(options: ReferencesClientOptions): ReferencesClient {
  for (const key of ['baseUrl', 'registrationId', 'accessToken'] as const)
    if (typeof options?.[key] !== 'string' || options[key] === '') throw new TypeError(`\`${key}\` must be a non-empty string`);
  const base = `${options.baseUrl.replace(/\/+$/, '')}/registrations/${encodeURIComponent(options.registrationId)}/references`;
  const call: JsonCallOptions = {
    fetch: options.fetch,
    timeout: options.timeout ?? 20_000,
    // APPLICANT_TOKEN_HEADER, spelled out: importing it would bring that module's schemas along.
    headers: { 'Endorsement-Access-Token': options.accessToken },
  };
  const list = (signal?: AbortSignal) => jsonCall<ReferenceList>(call, 'GET', base, undefined, signal);
  // Each action answers something of its own; the list after it is what the page shows.
  const act = async (path: string, body: unknown) => {
    await jsonCall<unknown>(call, 'POST', `${base}${path}`, body);
    return list();
  };
  return {
    list,
    request: (input) => act('', input),
    resend: (id) => act(`/${encodeURIComponent(id)}/resend`, {}),
    changeAddress: (id, email) => act(`/${encodeURIComponent(id)}/address`, { email }),
    cancel: (id, replaceWith) => act(`/${encodeURIComponent(id)}/cancel`, replaceWith ? { replaceWith } : {}),
  };
}
