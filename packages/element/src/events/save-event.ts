/** The draft's save state, as the SDK reports it. */
export interface SaveStateLike {
  status: 'idle' | 'saving' | 'saved' | 'error';
  savedAt?: number | string | Date;
  error?: unknown;
  durable?: boolean;
}

/**
 * Fired when the draft was saved on this device (`status` `saved`) or could not be (`error`, with
 * the `StorageError` in `saveState.error`).
 * @example app.addEventListener('endorsement-save', (e) => console.log(e.saveState.status));
 */
export class EndorsementSaveEvent extends Event {
  static readonly type = 'endorsement-save';
  constructor(
    readonly draftId: string,
    readonly saveState: SaveStateLike,
  ) {
    super(EndorsementSaveEvent.type, { bubbles: true, composed: true });
  }
}
