import { NetworkError, SubmissionError } from '../errors/index.js';
import { ReferenceLinkError } from '../errors/reference-link-error.js';
import { parseIssueList } from './issue-list.js';

/** How the reference clients reach the receiver: plain `fetch` (no ky), so a rater's page stays small. */
export interface JsonCallOptions {
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch | undefined;
  /** Milliseconds to wait for an answer. */
  timeout: number;
  /** Extra headers on every call (the applicant's access token). */
  headers?: Record<string, string> | undefined;
}

/**
 * One JSON call. A network failure or timeout is a `NetworkError`; a 422 with `{ issues }` a
 * `SubmissionError` with them; another 4xx with `{ error }` a `ReferenceLinkError` with that code;
 * anything else not 2xx a `SubmissionError` with the status.
 */
export async function jsonCall<T>(
  options: JsonCallOptions,
  method: 'GET' | 'POST',
  url: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const timeout = AbortSignal.timeout(options.timeout);
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method,
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...options.headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (cause) {
    if (signal?.aborted) throw new SubmissionError('The request was cancelled', { cause });
    throw new NetworkError(timeout.aborted ? 'The receiver did not answer in time' : 'The receiver could not be reached', { cause });
  }
  const answer: unknown = await response.json().catch(() => undefined);
  if (response.ok) return answer as T;
  const { status } = response;
  const issues = status === 422 ? parseIssueList(answer) : undefined;
  if (issues) return Promise.reject(new SubmissionError('The receiver did not accept some answers', { issues, status }));
  const code =
    typeof answer === 'object' && answer !== null && 'error' in answer && typeof answer.error === 'string' ? answer.error : undefined;
  const said =
    typeof answer === 'object' && answer !== null && 'message' in answer && typeof answer.message === 'string' ? answer.message : '';
  if (code && status >= 400 && status < 500)
    throw new ReferenceLinkError(said || `The receiver answered ${status} ${code}`, { code, status });
  throw new SubmissionError(`The receiver answered ${status}`, { status });
}
