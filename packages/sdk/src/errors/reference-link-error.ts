import { EndorsementKitError } from './endorsement-kit-error.js';

/**
 * A reference link or request the receiver refused to act on, with its `code` from the answer
 * (`invalid_token`, `link_expired`, `link_closed`, `already_submitted`, `not_open`,
 * `rate_limited`, `invalid_body`, or an applicant call's own) and the HTTP `status`. The page says
 * what it means in the reader's language; the receiver's `message` is for logs.
 * @example
 * try { await rater.open(token) } catch (e) { if (isReferenceLinkError(e) && e.code === 'link_expired') showExpired() }
 */
export class ReferenceLinkError extends EndorsementKitError {
  override name = 'ReferenceLinkError' as const;
  /** The receiver's `error` code; `unknown` when the answer had none. */
  readonly code: string;
  readonly status: number;
  constructor(message: string, options: { code: string; status: number; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.status = options.status;
  }
}

/**
 * Whether `error` is a `ReferenceLinkError`, also one from another copy of the SDK (matched by `name`).
 * @example if (isReferenceLinkError(error) && error.code === 'invalid_token') showUnknownLink()
 */
export function isReferenceLinkError(error: unknown): error is ReferenceLinkError {
  return error instanceof Error && error.name === 'ReferenceLinkError';
}
