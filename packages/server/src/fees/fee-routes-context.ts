import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Database } from '../db/database.js';
import type { createRateLimiter } from '../http/rate-limiter.js';
import type { StripeAccount } from './stripe-accounts.js';

/** What the fee routes are given by the app. */
export interface FeeRoutesContext {
  db: Database;
  programs: ReadonlyMap<string, ReceiverProgram>;
  stripe: Readonly<Record<string, StripeAccount>>;
  publicUrl: string | undefined;
  trustProxy: number;
  maxBodyBytes: number;
  limiter: ReturnType<typeof createRateLimiter>;
  clock: () => Date;
  log: (line: string) => void;
  onMailQueued: () => void;
}
