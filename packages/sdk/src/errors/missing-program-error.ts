import { EndorsementKitError } from './endorsement-kit-error.js';

/**
 * No program was given (no `program` attribute or property, or an empty one): there is nothing to
 * load, as opposed to a program that could not be fetched or does not fit (`ConfigError`).
 * @example
 * el.addEventListener('endorsement-error', (e) => { if (isMissingProgramError(e.error)) console.warn('set program=') })
 */
export class MissingProgramError extends EndorsementKitError {
  override name = 'MissingProgramError' as const;
  constructor(message = 'No program is set', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * Whether `error` is a `MissingProgramError`, also one from another copy of the SDK (matched by `name`).
 * @example if (isMissingProgramError(error)) showSetupHelp()
 */
export function isMissingProgramError(error: unknown): error is MissingProgramError {
  return error instanceof Error && error.name === 'MissingProgramError';
}
