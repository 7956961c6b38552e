import { StorageError, isStorageError, type StorageFailure } from '../errors/index.js';

const REASONS: Readonly<Record<string, StorageFailure>> = {
  QuotaExceededError: 'quota',
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
  NotFoundError: 'unavailable',
  VersionError: 'blocked',
  DataCloneError: 'unknown',
  OperationError: 'unreadable',
};

/** Any failure of a store as a StorageError with a reason the applicant can be told. */
export function toStorageError(error: unknown): StorageError {
  if (isStorageError(error)) return error;
  const name =
    error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : '';
  const reason = REASONS[name] ?? (/quota/i.test(String((error as Error | undefined)?.message)) ? 'quota' : 'unknown');
  return new StorageError(`The draft store failed (${reason})`, { reason, cause: error });
}
