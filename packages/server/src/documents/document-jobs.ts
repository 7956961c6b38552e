import type { JobHandler } from '../jobs/job-runner.js';
import type { BlobStore } from './blob-store.js';

/** The job that deletes a stored file once its row is gone (a removed upload, a deleted record). */
export function documentJobHandlers(store: BlobStore): Record<string, JobHandler> {
  return {
    'document-blob-delete': async (_tx, job) => {
      if (job.subject_id) await store.delete(job.subject_id);
    },
  };
}
