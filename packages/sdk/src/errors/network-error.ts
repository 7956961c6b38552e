import { EndorsementKitError } from './endorsement-kit-error.js';

/**
 * The backend could not be reached, or did not answer in time, after every retry. The submission
 * stays in the draft store and can be sent again with the same idempotency key.
 * @example try { await draft.submit() } catch (e) { if (isNetworkError(e)) showRetryLater() }
 */
export class NetworkError extends EndorsementKitError {
  override name = 'NetworkError' as const;
  /**
   * `unreachable` (no answer at all) or `timeout` (no answer in time), after every retry.
   * @default 'unreachable'
   */
  readonly reason: 'unreachable' | 'timeout';
  constructor(message: string, options: { reason?: 'unreachable' | 'timeout'; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.reason = options.reason ?? 'unreachable';
  }
}

/**
 * Whether `error` is a `NetworkError`, also one from another copy of the SDK (matched by `name`).
 * @example if (isNetworkError(error)) console.log(error.cause)
 */
export function isNetworkError(error: unknown): error is NetworkError {
  return error instanceof Error && error.name === 'NetworkError';
}
