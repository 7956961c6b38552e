/** What failed. */
export type ErrorContext = 'program' | 'storage' | 'registration' | 'submission' | 'status' | 'unexpected';

/**
 * Fired when something fails that the applicant cannot fix by editing an answer: the program could
 * not be loaded, the device cannot save, or the backend refused or could not be reached. The
 * element shows a message too; `error` is the SDK's error (`isNetworkError(e.error)` ...).
 * @example app.addEventListener('endorsement-error', (e) => report(e.context, e.error.name));
 */
export class EndorsementErrorEvent extends Event {
  static readonly type = 'endorsement-error';
  constructor(
    readonly context: ErrorContext,
    readonly error: unknown,
  ) {
    super(EndorsementErrorEvent.type, { bubbles: true, composed: true });
  }
}
