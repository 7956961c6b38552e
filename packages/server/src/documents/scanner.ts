/** What a virus scanner says of a file. */
export type ScanVerdict = { clean: true } | { clean: false; signature: string };

/**
 * Scans a file in quarantine before it is stored. `clamdScanner` is the one the server has;
 * without a scanner the documents are stored as `unscanned` and the coordinator is told so.
 * A scanner that cannot answer throws a `ScannerUnavailableError`.
 */
export interface Scanner {
  readonly name: string;
  scan(path: string): Promise<ScanVerdict>;
}

/** The scanner could not be reached or did not answer: the upload is a 503, to try again later. */
export class ScannerUnavailableError extends Error {
  override readonly name = 'ScannerUnavailableError' as const;
}

export const isScannerUnavailableError = (error: unknown): error is ScannerUnavailableError =>
  error instanceof Error && error.name === 'ScannerUnavailableError';
