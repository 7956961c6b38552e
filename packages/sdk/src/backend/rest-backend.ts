import ky, { isHTTPError, isTimeoutError, type KyInstance } from 'ky';
import { NetworkError, SubmissionError, type SubmissionFailureReason } from '../errors/index.js';
import type { Issue } from '../errors/issue.js';
import type { Receipt } from '../schema/payload-types.js';
import type { Backend, SubmissionContext } from './backend.js';
import { parseIssues, parseReceipt } from './receipt.js';

/**
 * Headers for every request; a function is called before every attempt (for a fresh token).
 * @example restBackend({ baseUrl, headers: async () => ({ Authorization: `Bearer ${await getToken()}` }) })
 */
export type HeadersOption = Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);

/**
 * Options of `restBackend`.
 * @example restBackend({ baseUrl: 'https://api.example.org/endorsement', timeout: 15_000, retry: { limit: 2 } } satisfies RestBackendOptions)
 */
export interface RestBackendOptions {
  /** The receiver's base URL: requests go to `{baseUrl}/registrations`, `{baseUrl}/applications`. */
  baseUrl: string;
  /**
   * Extra headers, e.g. an `Authorization` token.
   * @example headers: async () => ({ Authorization: `Bearer ${await auth.token()}` })
   */
  headers?: HeadersOption;
  /**
   * Milliseconds to wait for each attempt.
   * @default 30000
   */
  timeout?: number;
  /**
   * How many times to retry after a network error, a timeout, 408, 429 or 5xx (same idempotency
   * key every time), with exponential backoff from `delay` ms, at most `backoffLimit` ms apart
   * (`Retry-After` is honoured up to a minute).
   * @default { limit: 4, delay: 500 }
   */
  retry?: number | { limit?: number; delay?: number; backoffLimit?: number };
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

// Every 5xx, not only ky's usual few: a proxy's 520-524 or a 507 may pass as the server recovers.
const RETRY_STATUS = [408, 429, ...Array.from({ length: 100 }, (_, i) => 500 + i)];

/**
 * The HTTP backend of docs/backend.md, on ky: `POST {baseUrl}/registrations`,
 * `POST {baseUrl}/applications`, `GET {baseUrl}/applications/{id}`,
 * `POST {baseUrl}/applications/lookup` (`{ reference, email }`), JSON bodies, an
 * `Idempotency-Key` header on every POST that makes a record.
 * @example
 * const backend = restBackend({ baseUrl: 'https://api.example.org/endorsement', headers: () => ({ Authorization: `Bearer ${token()}` }) });
 */
export function restBackend(options: RestBackendOptions): Backend {
  if (typeof options?.baseUrl !== 'string' || options.baseUrl === '') throw new TypeError('`baseUrl` must be a URL');
  const { timeout, headers } = options;
  if (timeout !== undefined && !(typeof timeout === 'number' && timeout > 0 && timeout <= 2_147_483_647))
    throw new TypeError('`timeout` must be a number of milliseconds above 0');
  if (headers !== undefined && typeof headers !== 'function' && (typeof headers !== 'object' || headers === null))
    throw new TypeError('`headers` must be an object or a function returning one');
  const retry = typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
  if (typeof retry !== 'object' || retry === null) throw new TypeError('`retry` must be a number or { limit }');
  for (const key of ['limit', 'delay', 'backoffLimit'] as const) {
    const value = retry[key];
    if (value !== undefined && !(typeof value === 'number' && Number.isInteger(value) && value >= 0)) {
      throw new TypeError(`\`retry${typeof options.retry === 'number' ? '' : `.${key}`}\` must be a whole number of 0 or more`);
    }
  }
  const base = options.baseUrl.replace(/\/+$/, '');
  const first = retry.delay ?? 500;
  const api: KyInstance = ky.create({
    timeout: timeout ?? 30_000,
    retry: {
      limit: retry.limit ?? 4,
      methods: ['get', 'post'],
      statusCodes: RETRY_STATUS,
      afterStatusCodes: [413, 429, 503],
      maxRetryAfter: 60_000,
      retryOnTimeout: true,
      backoffLimit: retry.backoffLimit ?? 30_000,
      delay: (attempt) => first * 2 ** (attempt - 1),
      jitter: (delay) => delay * (0.8 + Math.random() * 0.4),
      // The host's own headers function failed: the network is not at fault, and trying again soon
      // will not mend it.
      shouldRetry: ({ error }) => (error instanceof HeadersFailure ? false : undefined),
    },
    throwHttpErrors: true,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    hooks: {
      beforeRequest: [
        async (request) => {
          let extra: Record<string, string> | undefined;
          try {
            extra = typeof headers === 'function' ? await headers() : headers;
          } catch (cause) {
            throw new HeadersFailure(cause);
          }
          for (const [name, value] of Object.entries(extra ?? {})) request.headers.set(name, value);
        },
      ],
    },
  });

  const call = async (
    method: 'get' | 'post',
    path: string,
    body: unknown,
    context: Partial<SubmissionContext> = {},
    once = false,
  ): Promise<Receipt> => {
    let response: Response;
    try {
      response = await api(`${base}${path}`, {
        method,
        // A lookup is not retried: a 429 there means "wait", and the applicant can press again.
        ...(once ? { retry: 0 } : {}),
        ...(body === undefined ? {} : { json: body }),
        headers: { Accept: 'application/json', ...(context.idempotencyKey ? { 'Idempotency-Key': context.idempotencyKey } : {}) },
        ...(context.signal ? { signal: context.signal } : {}),
      });
    } catch (error) {
      throw await toError(error);
    }
    const receipt = parseReceipt(await response.json().catch(() => undefined));
    if (!receipt) throw new SubmissionError('The backend answered without a receipt', { status: response.status, reason: 'server' });
    return receipt;
  };

  return {
    register: (payload, context) => call('post', '/registrations', payload, context),
    submit: (payload, context) => call('post', '/applications', payload, context),
    status: (id, context) => call('get', `/applications/${encodeURIComponent(id)}`, undefined, context ?? {}),
    lookup: (query, context) =>
      call('post', '/applications/lookup', { reference: query.reference, email: query.email }, context ?? {}, true),
  };
}

/** What the `headers` function threw, kept apart from network failures. */
class HeadersFailure extends Error {
  constructor(cause: unknown) {
    super('The `headers` function failed', { cause });
  }
}

async function toError(error: unknown): Promise<Error> {
  if (error instanceof HeadersFailure)
    return new SubmissionError('The request could not be prepared: the `headers` function failed', { cause: error.cause });
  if (isHTTPError(error)) {
    const status = error.response.status;
    const body: unknown = await error.response.json().catch(() => undefined);
    const issues = status === 422 ? parseIssues(body) : undefined;
    const reason = refusalReason(status, body, issues);
    if (issues) return new SubmissionError('The backend did not accept some answers', { issues, status, reason, cause: error });
    return new SubmissionError(`The backend answered ${status}`, { status, reason, cause: error });
  }
  if (error instanceof Error && error.name === 'AbortError')
    return new SubmissionError('The submission was cancelled', { reason: 'cancelled', cause: error });
  const timeout = isTimeoutError(error);
  return new NetworkError(`The backend ${timeout ? 'did not answer in time' : 'could not be reached'}`, {
    reason: timeout ? 'timeout' : 'unreachable',
    cause: error,
  });
}

/** Why a receiver refused, from its status and its body's `error` code or issues (docs/backend.md). */
function refusalReason(status: number, body: unknown, issues: readonly Issue[] | undefined): SubmissionFailureReason {
  const code = (body as { error?: unknown } | null | undefined)?.error;
  if (issues?.some((issue) => issue.code === 'unknown_program')) return 'unknown-program';
  if (status === 403 && code === 'origin_not_allowed') return 'forbidden-origin';
  if (status >= 500) return 'server';
  return REFUSALS[status] ?? 'other';
}

const REFUSALS: Partial<Record<number, SubmissionFailureReason>> = {
  400: 'invalid',
  401: 'unauthorized',
  403: 'unauthorized',
  404: 'not-found',
  408: 'server',
  409: 'conflict',
  413: 'too-large',
  422: 'invalid',
  429: 'rate-limited',
};
