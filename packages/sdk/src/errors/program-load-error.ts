import { EndorsementKitError } from './endorsement-kit-error.js';

/**
 * The program JSON file named by a URL could not be fetched: the server answered with an error
 * status (kept as `status`), or the request failed (kept as `cause`). A file that arrives but does
 * not fit is a `ConfigError`; no program at all is a `MissingProgramError`.
 * @example
 * el.addEventListener('endorsement-error', (e) => { if (isProgramLoadError(e.error) && e.error.status === 404) console.warn('check program=') })
 */
export class ProgramLoadError extends EndorsementKitError {
  override name = 'ProgramLoadError' as const;
  /** The HTTP status the server answered with, when it answered. */
  readonly status: number | undefined;
  constructor(message: string, options?: { cause?: unknown; status?: number }) {
    super(message, options);
    this.status = options?.status;
  }
}

/**
 * Whether `error` is a `ProgramLoadError`, also one from another copy of the SDK (matched by `name`).
 * @example if (isProgramLoadError(error)) console.log(error.status)
 */
export function isProgramLoadError(error: unknown): error is ProgramLoadError {
  return error instanceof Error && error.name === 'ProgramLoadError';
}
