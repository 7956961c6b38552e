import { EndorsementKitError } from './endorsement-kit-error.js';

/**
 * A program configuration that does not fit: `path` is where, and the message says what was expected.
 * @example
 * try { defineProgram({ id: 'x', name: 'X', offers: { 'IMH-E': ['NOPE'] } }) }
 * catch (e) { if (isConfigError(e)) console.log(e.path) } // ['offers', 'IMH-E', 0]
 */
export class ConfigError extends EndorsementKitError {
  override name = 'ConfigError' as const;
  /** Where in the config the problem is. */
  readonly path: readonly (string | number)[];
  constructor(message: string, options: { path?: readonly (string | number)[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.path = options.path ?? [];
  }
}

/**
 * Whether `error` is a `ConfigError`, also one from another copy of the SDK (matched by `name`).
 * @example try { defineProgram(config) } catch (e) { if (isConfigError(e)) console.error(e.path.join('.'), e.message) }
 */
export function isConfigError(error: unknown): error is ConfigError {
  return error instanceof Error && error.name === 'ConfigError';
}
