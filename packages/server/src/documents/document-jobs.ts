import type { Sql } from '../db/database.js';
import type { JobHandler } from '../jobs/job-runner.js';
import { nextMidnight } from '../references/reference-jobs.js';
import { insertJob } from '../references/reference-schedule.js';
import { sweepParts } from './document-parts.js';
import type { DocumentsContext } from './documents-context.js';
import { deleteDocuments } from './document-rows.js';

/** Days an upload session whose application never came keeps its files. */
export const UPLOAD_SESSION_DAYS = 180;

/** Schedules the daily sweep of abandoned upload sessions (once, whichever process asks first). */
export async function scheduleDocumentSweep(tx: Sql, runAt: Date): Promise<void> {
  await insertJob(tx, 'documents-sweep', `documents-sweep:${runAt.toISOString().slice(0, 10)}`, { id: null, program: '*' }, runAt, null);
}

/**
 * The documents' jobs: deleting a stored file once its row is gone (a removed upload, a deleted
 * record), and each night deleting the files of upload sessions older than UPLOAD_SESSION_DAYS
 * whose application never came (a draft abandoned) and the unfinished uploads of the day before,
 * then scheduling the next night's sweep.
 */
export function documentJobHandlers({ store, ...documents }: DocumentsContext): Record<string, JobHandler> {
  return {
    'document-blob-delete': async (_tx, job) => {
      if (job.subject_id) await store.delete(job.subject_id);
    },
    'documents-sweep': async (tx, _job, now) => {
      const before = new Date(now.getTime() - UPLOAD_SESSION_DAYS * 86_400_000).toISOString();
      const { rows } = await tx.query<{ id: string }>('select id from upload_sessions where record_id is null and created_at < $1', [
        before,
      ]);
      for (const session of rows) {
        await deleteDocuments(tx, 'unlinked-of-session', session.id, now);
        await tx.query('delete from upload_sessions where id = $1', [session.id]);
      }
      await sweepParts(tx, { store, ...documents }, now);
      await scheduleDocumentSweep(tx, nextMidnight(now));
    },
  };
}
