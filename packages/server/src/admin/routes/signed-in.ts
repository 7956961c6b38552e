import type { MiddlewareHandler } from 'hono';
import type { ReceiverProgram } from '../../config/receiver-program.js';
import type { Database } from '../../db/database.js';
import { apiError } from '../../http/api-error.js';
import type { AdminEnv } from '../admin-context.js';
import { readSession } from '../sessions.js';

/** The check before every route that needs a coordinator: a live session, else 401. */
export function signedIn(db: Database, programs: readonly ReceiverProgram[]): MiddlewareHandler<AdminEnv> {
  const served = new Set(programs.map((entry) => entry.program.id));
  return async (c, next) => {
    const coordinator = await readSession(db, c);
    if (!coordinator) return apiError(c, 401, 'signed_out', 'Sign in first.');
    // A program taken out of PROGRAMS keeps its records and memberships, but is not served.
    c.set('coordinator', {
      ...coordinator,
      programs: coordinator.programs.filter((id) => served.has(id)),
      reviews: coordinator.reviews.filter((id) => served.has(id)),
    });
    await next();
  };
}
