import type { Receipt } from '@endorsement-kit/sdk/core';

/**
 * Fired when the backend accepted the professional application.
 * @example app.addEventListener('endorsement-submitted', (e) => console.log(e.receipt.id));
 */
export class EndorsementSubmittedEvent extends Event {
  static readonly type = 'endorsement-submitted';
  constructor(
    readonly draftId: string,
    readonly receipt: Receipt,
  ) {
    super(EndorsementSubmittedEvent.type, { bubbles: true, composed: true });
  }
}
