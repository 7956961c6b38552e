import { EndorsementKitError } from './endorsement-kit-error.js';

/**
 * Another tab or window saved the same draft after this one last read it. Resolve with
 * `draft.resolveConflict('mine' | 'theirs')`.
 */
export class ConflictError extends EndorsementKitError {
  override name = 'ConflictError' as const;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export function isConflictError(error: unknown): error is ConflictError {
  return error instanceof Error && error.name === 'ConflictError';
}
