/**
 * The base of every error the SDK throws or reports. Subclasses carry a literal `name`, so a guard
 * works across bundles and realms, and keep the original failure as `cause`.
 * @example catch (e) { if (isEndorsementKitError(e)) report(e.name) }
 */
export class EndorsementKitError extends Error {
  override name: string = 'EndorsementKitError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * Matches any error of this SDK by name, including ones from another copy of the SDK.
 * @example window.addEventListener('unhandledrejection', (e) => { if (isEndorsementKitError(e.reason)) report(e.reason.name) })
 */
export function isEndorsementKitError(error: unknown): error is EndorsementKitError {
  return (
    error instanceof EndorsementKitError ||
    (error instanceof Error &&
      /^(EndorsementKit|Config|Submission|Network|Storage|Conflict|MissingProgram|ProgramLoad|ReferenceLink)Error$/.test(error.name))
  );
}
