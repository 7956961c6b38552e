import { EndorsementKitError } from './endorsement-kit-error.js';
import type { Issue } from './issue.js';

/**
 * A registration or submission that was not accepted: invalid before sending (`issues` from
 * validation), rejected by the backend (`status` 422 with the server's `issues`, or another status),
 * or cancelled. Nothing is lost: the draft keeps every answer.
 * @example
 * try { await draft.submit() } catch (e) { if (isSubmissionError(e)) showIssues(e.issues) }
 */
export class SubmissionError extends EndorsementKitError {
  override name = 'SubmissionError' as const;
  /** The problems, each pointing at a field. Empty when the failure is not about the answers. */
  readonly issues: readonly Issue[];
  /** The HTTP status, when a backend answered. */
  readonly status: number | undefined;
  constructor(message: string, options: { issues?: readonly Issue[]; status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.issues = options.issues ?? [];
    this.status = options.status;
  }
}

/**
 * Whether `error` is a `SubmissionError`, also one from another copy of the SDK (matched by `name`).
 * @example catch (e) { if (isSubmissionError(e)) for (const issue of e.issues) showAt(issue.path, issue.message) }
 */
export function isSubmissionError(error: unknown): error is SubmissionError {
  return error instanceof Error && error.name === 'SubmissionError';
}
