import { EndorsementKitError } from './endorsement-kit-error.js';

/**
 * A file was refused: before sending (`type_not_allowed`, `too_large`, `too_many_documents`, by
 * the program's settings) or by the receiver (its error code: `too_large`, `type_not_allowed`,
 * `infected`, `upload_closed`, ...). `status` is the receiver's HTTP status, when it answered.
 * @example if (isDocumentError(error) && error.code === 'too_large') say('That file is larger than 10 MB')
 */
export class DocumentError extends EndorsementKitError {
  override name = 'DocumentError' as const;
  readonly code: string;
  readonly status: number | undefined;
  constructor(message: string, options: { code: string; status?: number; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.status = options.status;
  }
}

/**
 * Whether `error` is a `DocumentError`, also one from another copy of the SDK (matched by `name`).
 * @example if (isDocumentError(error)) console.log(error.code)
 */
export function isDocumentError(error: unknown): error is DocumentError {
  return error instanceof Error && error.name === 'DocumentError';
}
