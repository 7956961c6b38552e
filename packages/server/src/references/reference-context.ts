import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Database } from '../db/database.js';
import type { createRateLimiter } from '../http/rate-limiter.js';

/** What the reference routes are given by the app. */
export interface ReferenceRouteContext {
  db: Database;
  programs: ReadonlyMap<string, ReceiverProgram>;
  publicUrl: string | undefined;
  trustProxy: number;
  maxBodyBytes: number;
  /** The time (tests move it). */
  clock: () => Date;
  /** The app's per-address limiter of POSTs. */
  limiter: ReturnType<typeof createRateLimiter>;
  /** Called after a transaction that queued mails committed. */
  onMailQueued: () => void;
}
