/**
 * Fired, cancelable, just before a registration or an application is sent. Call `preventDefault()`
 * to stop it (for example to ask for a payment first); nothing is sent and the answers stay.
 * @example app.addEventListener('endorsement-submit', (e) => { if (!paid) e.preventDefault(); });
 */
export class EndorsementSubmitEvent extends Event {
  static readonly type = 'endorsement-submit';
  constructor(
    readonly draftId: string,
    readonly kind: 'registration' | 'application',
  ) {
    super(EndorsementSubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}
