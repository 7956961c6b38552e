import { EndorsementKitError } from './endorsement-kit-error.js';

/** Why the durable store failed. */
export type StorageFailure = 'unavailable' | 'quota' | 'blocked' | 'unreadable' | 'unknown';

/**
 * The durable draft store (IndexedDB, or a host's) failed. The draft goes on in memory and the
 * store is retried; `reason` says why, for a message the applicant can act on.
 * @example if (isStorageError(draft.saveState.error) && draft.saveState.error.reason === 'quota') warnDiskFull()
 */
export class StorageError extends EndorsementKitError {
  override name = 'StorageError' as const;
  readonly reason: StorageFailure;
  constructor(message: string, options: { reason?: StorageFailure; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.reason = options.reason ?? 'unknown';
  }
}

/**
 * Whether `error` is a `StorageError`, also one from another copy of the SDK (matched by `name`).
 * @example if (isStorageError(draft.saveState.error)) console.log(draft.saveState.error.reason)
 */
export function isStorageError(error: unknown): error is StorageError {
  return error instanceof Error && error.name === 'StorageError';
}
