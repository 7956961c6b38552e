import type { FieldConflict } from './merge-values.js';
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

/**
 * Another tab saved this draft while this one had unsaved changes, and both changed the same
 * answers differently (`fields`; every other change of either tab is merged already). This
 * tab's values stay until `draft.resolveConflict('mine' | 'theirs')`.
 * @example draft.conflict?.fields // [{ path: ['applicant', 'email'], mine: 'ana@example.org', theirs: 'a.ruiz@example.org' }]
 */
export interface DraftConflict {
  /** The other tab's answers, all of them. */
  theirs: ApplicationDraft;
  theirRevision: number;
  /** The answers both tabs changed, each with both values. */
  fields: FieldConflict[];
}

/** Options of `draft.register()` and `draft.submit()`. */
export interface SendOptions {
  /** Abort to cancel (the host said no, or the applicant left); nothing more is sent. */
  signal?: AbortSignal;
}
