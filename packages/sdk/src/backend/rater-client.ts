import type { RaterAnswersDraft, RaterInvitation } from '../schema/reference-wire.js';
import { jsonCall, type JsonCallOptions } from './json-call.js';

/**
 * Options of `raterClient`.
 * @example raterClient({ baseUrl: '/api', timeout: 15_000 } satisfies RaterClientOptions)
 */
export interface RaterClientOptions {
  /** The receiver's API base URL: calls go to `{baseUrl}/ratings/open`, `/accept`, `/decline`, `/save`, `/submit`. */
  baseUrl: string;
  /**
   * Milliseconds to wait for each answer.
   * @default 20000
   */
  timeout?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

/**
 * What a reference rater does, with the token of their link (from the page's `#fragment`). Every
 * call is a POST with the token in the body, never in a URL, and answers the request as the rater
 * sees it. Failures: `ReferenceLinkError` (`code` says why the link does not work: `invalid_token`,
 * `link_expired`, `link_closed`, `already_submitted`, ...), `SubmissionError` with `issues` (422:
 * answers missing at submit), `NetworkError`.
 * @example
 * const rater = raterClient({ baseUrl: '/api' });
 * const request = await rater.open(location.hash.slice(1));
 */
export interface RaterClient {
  /** Reads the request; changes nothing (mail scanners may call it too). */
  open(token: string, signal?: AbortSignal): Promise<RaterInvitation>;
  accept(token: string): Promise<RaterInvitation>;
  /** Declines, with an optional note for the applicant. */
  decline(token: string, note?: string): Promise<RaterInvitation>;
  /** Stores the answers so far on the server, to continue later or on another device. */
  save(token: string, answers: RaterAnswersDraft): Promise<RaterInvitation>;
  /** Sends the answers; a 422 lists what is missing. */
  submit(token: string, answers: RaterAnswersDraft): Promise<RaterInvitation>;
}

/**
 * The rater's side of the reference routes (docs/references.md), on plain `fetch`.
 * @example
 * const rater = raterClient({ baseUrl: 'https://api.example.org/endorsement' });
 * await rater.save(token, { knownMonths: 24 });
 */
export function raterClient(options: RaterClientOptions): RaterClient {
  if (typeof options?.baseUrl !== 'string' || options.baseUrl === '') throw new TypeError('`baseUrl` must be a URL');
  const base = options.baseUrl.replace(/\/+$/, '');
  const call: JsonCallOptions = { fetch: options.fetch, timeout: options.timeout ?? 20_000 };
  const post = (action: string, body: Record<string, unknown>, signal?: AbortSignal) =>
    jsonCall<RaterInvitation>(call, 'POST', `${base}/ratings/${action}`, body, signal);
  return {
    open: (token, signal) => post('open', { token }, signal),
    accept: (token) => post('accept', { token }),
    decline: (token, note) => post('decline', note ? { token, note } : { token }),
    save: (token, answers) => post('save', { token, answers }),
    submit: (token, answers) => post('submit', { token, answers }),
  };
}
