import type { Receipt } from '@endorsement-kit/sdk/core';

/**
 * Fired when the backend accepted the registration.
 * @example app.addEventListener('endorsement-registered', (e) => console.log(e.receipt.id));
 */
export class EndorsementRegisteredEvent extends Event {
  static readonly type = 'endorsement-registered';
  constructor(
    readonly draftId: string,
    readonly receipt: Receipt,
  ) {
    super(EndorsementRegisteredEvent.type, { bubbles: true, composed: true });
  }
}
