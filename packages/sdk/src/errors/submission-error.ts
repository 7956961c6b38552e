import { EndorsementKitError } from './endorsement-kit-error.js';
import type { Issue } from './issue.js';

/**
 * Why a backend (or the SDK) did not take a registration or submission, for words that say what to
 * do: `invalid` (answers or request refused: `issues` say which when known), `too-large` (over the
 * receiver's size limit), `conflict` (its idempotency key was used with other answers),
 * `rate-limited` (too many requests, after every retry), `unknown-program` (the receiver does not
 * take this program), `forbidden-origin` (the receiver does not take sends from this page's
 * origin), `unauthorized`, `not-found`, `server` (a 5xx after every retry, or a 2xx that was no
 * receipt: it may have arrived), `cancelled`, `other`.
 * @example if (isSubmissionError(e) && e.reason === 'too-large') say('Shorten the longest answers')
 */
export type SubmissionFailureReason =
  | 'invalid'
  | 'too-large'
  | 'conflict'
  | 'rate-limited'
  | 'unknown-program'
  | 'forbidden-origin'
  | 'unauthorized'
  | 'not-found'
  | 'server'
  | 'cancelled'
  | 'other';

/**
 * A registration or submission that was not accepted: invalid before sending (`issues` from
 * validation), rejected by the backend (`status` 422 with the server's `issues`, or another status),
 * or cancelled. Nothing is lost: the draft keeps every answer.
 * @example
 * try { await draft.submit() } catch (e) { if (isSubmissionError(e)) showIssues(e.issues) }
 */
export class SubmissionError extends EndorsementKitError {
  override name = 'SubmissionError' as const;
  /** The problems, each pointing at a field. Empty when the failure is not about the answers. */
  readonly issues: readonly Issue[];
  /** The HTTP status, when a backend answered. */
  readonly status: number | undefined;
  /**
   * Why, for words that say what to do (`restBackend` decides it from the status and the body).
   * @default 'other'
   */
  readonly reason: SubmissionFailureReason;
  constructor(
    message: string,
    options: { issues?: readonly Issue[]; status?: number; reason?: SubmissionFailureReason; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.issues = options.issues ?? [];
    this.status = options.status;
    this.reason = options.reason ?? 'other';
  }
}

/**
 * Whether `error` is a `SubmissionError`, also one from another copy of the SDK (matched by `name`).
 * @example catch (e) { if (isSubmissionError(e)) for (const issue of e.issues) showAt(issue.path, issue.message) }
 */
export function isSubmissionError(error: unknown): error is SubmissionError {
  return error instanceof Error && error.name === 'SubmissionError';
}
