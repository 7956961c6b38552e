import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Database } from '../db/database.js';
import type { createRateLimiter } from '../http/rate-limiter.js';
import type { DocumentsContext } from './documents-context.js';

/** What the applicant's upload routes are given by the app. */
export interface UploadRouteContext {
  db: Database;
  programs: ReadonlyMap<string, ReceiverProgram>;
  documents: DocumentsContext;
  publicUrl: string | undefined;
  trustProxy: number;
  limiter: ReturnType<typeof createRateLimiter>;
  clock: () => Date;
  /** Called after a job (a file's deletion) was scheduled. */
  onJobQueued: () => void;
}
