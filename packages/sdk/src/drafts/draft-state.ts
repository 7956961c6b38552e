import type { ConflictError, NetworkError, StorageError, SubmissionError } from '../errors/index.js';
import type { ApplicationDraft, Receipt } from '../schema/payload-types.js';
import type { SubmissionKind } from './draft-record.js';

/**
 * Autosave, as a UI shows it: `saving`, `saved` (with `savedAt`), or `error` with the error kept.
 * `durable` is false while the answers are only in memory (the store failed; it is retried).
 * @example
 * draft.subscribe((d) => {
 *   if (d.saveState.status === 'error' && isStorageError(d.saveState.error)) showNotSaved(d.saveState.error.reason);
 * });
 */
export interface SaveState {
  status: 'idle' | 'saving' | 'saved' | 'error';
  /** When the last save finished (ISO date-time). */
  savedAt?: string;
  /** A StorageError (`reason` says why), or a ConflictError while another tab's change waits. */
  error?: StorageError | ConflictError;
  durable: boolean;
}

/**
 * The latest registration or submission. `waiting-offline`: it is stored and goes out once the
 * browser is back online; `error` keeps the error (a SubmissionError with `issues` or `status`,
 * or a NetworkError), and nothing typed is lost.
 */
export interface SubmissionState {
  status: 'idle' | 'validating' | 'sending' | 'waiting-offline' | 'sent' | 'error';
  kind?: SubmissionKind;
  error?: SubmissionError | NetworkError;
  receipt?: Receipt;
}

/** Another tab saved this draft while this one had unsaved changes. */
export interface DraftConflict {
  theirs: ApplicationDraft;
  theirRevision: number;
}

/** Options of `draft.register()` and `draft.submit()`. */
export interface SendOptions {
  /** Abort to cancel (the host said no, or the applicant left); nothing more is sent. */
  signal?: AbortSignal;
}
