import { EndorsementKitError } from './endorsement-kit-error.js';

/**
 * Another tab or window saved the same draft after this one last read it. Resolve with
 * `draft.resolveConflict('mine' | 'theirs')`.
 * @example if (isConflictError(draft.saveState.error)) await draft.resolveConflict('mine')
 */
export class ConflictError extends EndorsementKitError {
  override name = 'ConflictError' as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * Whether `error` is a `ConflictError`, also one from another copy of the SDK (matched by `name`).
 * @example if (isConflictError(draft.saveState.error)) offerChoice(draft.conflict)
 */
export function isConflictError(error: unknown): error is ConflictError {
  return error instanceof Error && error.name === 'ConflictError';
}
