import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Database } from '../db/database.js';
import type { LinkCallLimits } from '../http/link-token-body.js';

/** What the routes behind an endorsee's mailed links (renewal, registry choices, reinstatement) are given by the app. */
export interface EndorseeLinkContext extends LinkCallLimits {
  db: Database;
  programs: ReadonlyMap<string, ReceiverProgram>;
  /** The time (tests move it). */
  clock: () => Date;
  /** Called after a transaction that queued mails committed. */
  onMailQueued: () => void;
}
