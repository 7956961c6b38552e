import type { Context } from 'hono';
import { apiError } from '../../http/api-error.js';
import type { AdminEnv } from '../admin-context.js';
import type { ReceiverProgram } from '../../config/receiver-program.js';
import type { RecordFilter } from '../record-queries.js';
import { cycleDays } from '../review-cycles.js';

/** The request's filter, or a 403 when it names a program that is not the coordinator's. */
export function readFilter(c: Context<AdminEnv>, programs: readonly ReceiverProgram[] = []): RecordFilter | Response {
  const q = (name: string) => c.req.query(name) || undefined;
  const filter = {
    q: q('q'),
    kind: q('kind'),
    status: q('status'),
    endorsement: q('endorsement'),
    category: q('category'),
    program: q('program'),
    from: q('from'),
    to: q('to'),
  };
  if (filter.program && !c.get('coordinator').programs.includes(filter.program))
    return apiError(c, 403, 'forbidden_program', 'You are not a coordinator of that program.');
  const cycle = q('cycle');
  if (!cycle) return filter;
  const ranges = programs.flatMap((entry) => {
    const days =
      c.get('coordinator').programs.includes(entry.program.id) && entry.reviewDates ? cycleDays(entry.reviewDates, cycle) : undefined;
    return days ? [{ program: entry.program.id, ...days }] : [];
  });
  return { ...filter, cycle: ranges };
}
