import type { Backend } from '../backend/backend.js';
import { jsonCall } from '../backend/json-call.js';
import { parseReceipt } from '../backend/receipt.js';
import { isReferenceLinkError, isSubmissionError, SubmissionError } from '../errors/index.js';
import type { Program } from '../program/program.js';
import type { Application } from '../schema/payload-types.js';

/**
 * What an amend link opens (`POST {baseUrl}/applications/amend/open`): the application as it was
 * last sent, why it came back (the status and the coordinator's message), the program as the
 * receiver runs it and the application's language.
 * @example const opened = await amendClient({ baseUrl: '/api', token }).open(); if (opened.ok) show(opened.value.message);
 */
export interface AmendOpening {
  id: string;
  reference: string;
  /** `more_information_needed` or `deferred`. */
  status: string;
  /** The coordinator's message with the status, as plain text (never HTML). */
  message: string | null;
  program: Program;
  locale: string;
  application: Application;
  /** When the link stops working (ISO 8601). */
  expiresAt: string;
}

/**
 * Why an amend link did not open: `invalid_link` (404: mistyped, or replaced by a newer link),
 * `link_closed` (410: the application was sent again, or its status changed), `link_expired` (410),
 * `rate_limited`, `unreachable` (the network) or `error`.
 */
export type AmendFailure = {
  ok: false;
  error: 'invalid_link' | 'link_closed' | 'link_expired' | 'rate_limited' | 'unreachable' | 'error';
  status: number;
};

/**
 * Options of `amendClient`.
 * @example amendClient({ baseUrl: '/api', token: location.hash.slice(1) } satisfies AmendClientOptions)
 */
export interface AmendClientOptions {
  /** The receiver's API base URL: calls go to `{baseUrl}/applications/amend/open` and `/submit`. */
  baseUrl: string;
  /** The mailed link's token (its fragment). Sent in POST bodies only, never in a URL. */
  token: string;
  /**
   * Milliseconds to wait for each answer.
   * @default 30000
   */
  timeout?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

/** The calls of an amend link, made by `amendClient`. */
export interface AmendClient {
  /** Reads the application behind the link; changes nothing, however often it is called. Failures are results. */
  open(signal?: AbortSignal): Promise<{ ok: true; value: AmendOpening } | AmendFailure>;
  /**
   * `base` with its `submit` sending the application as the next version of the same record
   * (`POST {baseUrl}/applications/amend/submit`); the receipt carries the `version` kept. A 422's
   * issues come as a `SubmissionError` with them; a closed or expired link as one with `status` 410.
   */
  backend(base: Backend): Backend;
}

const KNOWN = ['invalid_link', 'link_closed', 'link_expired', 'rate_limited'] as const;

/**
 * The applicant's side of amend and resubmit (after "more information needed" or a deferral, the
 * mail's `/amend/#<token>` link): open the sent application, then submit the changed one through
 * a draft whose backend is `client.backend(...)`.
 * @example
 * const amend = amendClient({ baseUrl: '/api', token });
 * const opened = await amend.open();
 * const client = createEndorsementClient({ program: opened.value.program, backend: amend.backend(restBackend({ baseUrl: '/api' })) });
 */
export function amendClient(options: AmendClientOptions): AmendClient {
  for (const key of ['baseUrl', 'token'] as const)
    if (typeof options?.[key] !== 'string' || options[key] === '') throw new TypeError(`\`${key}\` must be a non-empty string`);
  const base = `${options.baseUrl.replace(/\/+$/, '')}/applications/amend`;
  const call = { fetch: options.fetch, timeout: options.timeout ?? 30_000 };
  return {
    async open(signal) {
      try {
        return { ok: true, value: await jsonCall<AmendOpening>(call, 'POST', `${base}/open`, { token: options.token }, signal) };
      } catch (error) {
        if (isReferenceLinkError(error))
          return { ok: false, error: KNOWN.find((code) => code === error.code) ?? 'error', status: error.status };
        if (isSubmissionError(error)) return { ok: false, error: 'error', status: error.status ?? 0 };
        return { ok: false, error: 'unreachable', status: 0 };
      }
    },
    backend(inner) {
      return {
        register: (payload, context) => inner.register(payload, context),
        status: (id, context) => inner.status(id, context),
        ...(inner.lookup ? { lookup: inner.lookup.bind(inner) } : {}),
        async submit(application, context) {
          let answer: unknown;
          try {
            answer = await jsonCall<unknown>(call, 'POST', `${base}/submit`, { token: options.token, application }, context.signal);
          } catch (error) {
            // The Backend contract speaks SubmissionError: a link refusal becomes one with its status.
            if (isReferenceLinkError(error))
              throw new SubmissionError(error.message, {
                status: error.status,
                reason: error.status === 404 ? 'not-found' : error.status === 429 ? 'rate-limited' : 'other',
                cause: error,
              });
            if (isSubmissionError(error) && error.status === 422)
              throw new SubmissionError(error.message, { issues: error.issues, status: 422, reason: 'invalid', cause: error });
            throw error;
          }
          const receipt = parseReceipt(answer);
          if (!receipt) throw new SubmissionError('The receiver answered without a receipt', { reason: 'server' });
          return receipt;
        },
      };
    },
  };
}
