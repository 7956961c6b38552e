import { join } from 'node:path';
import { defaultMailFrom, SERVER_DEFAULTS } from './config/server-defaults.js';
import type { ServerOptions } from './config/server-options.js';
import { openDatabase } from './db/open-database.js';
import type { Database } from './db/database.js';
import { createApp } from './http/create-app.js';
import { startMailQueue, type MailQueue } from './mail/mail-queue.js';
import { printTransport, smtpTransport } from './mail/mail-transport.js';
import { startJobRunner, type JobRunner } from './jobs/job-runner.js';
import { markUndeliverable } from './references/undeliverable.js';
import { nextMidnight, referenceJobHandlers, scheduleDigest } from './references/reference-jobs.js';
import { documentJobHandlers, scheduleDocumentSweep } from './documents/document-jobs.js';
import { documentsContext } from './documents/documents-context.js';
import { renewalJobHandlers } from './endorsees/renewal-jobs.js';
import { reviewReminderHandlers } from './review/review-reminders.js';

/**
 * The receiving side, ready to serve: the database opened and migrated, the mail queue running,
 * and the Hono app (`app.fetch` takes a `Request`). `startServer` listens with it on Node.
 * @example
 * const server = await createEndorsementServer({ programs: await loadPrograms('first5-alabama') });
 * const response = await server.app.request('/api/health');
 * await server.close();
 */
export async function createEndorsementServer(options: ServerOptions): Promise<EndorsementServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  const host = options.publicUrl ? new URL(options.publicUrl).hostname : 'localhost';
  const from = options.mailFrom ?? defaultMailFrom(host);
  const transport = options.smtpUrl
    ? smtpTransport(options.smtpUrl, from, host)
    : printTransport(log, { mailDir: options.dataDir && join(options.dataDir, 'mail'), from, messageIdDomain: host });
  const clock = options.clock ?? (() => new Date());
  const byId = new Map(options.programs.map((entry) => [entry.program.id, entry]));
  const mailQueue = startMailQueue(db, transport, log, {
    leaseSeconds: options.mailLeaseSeconds ?? SERVER_DEFAULTS.mailLeaseSeconds,
    onRefused: async (requestId) => {
      if (await markUndeliverable(db, byId, requestId, clock())) void mailQueue.wake();
    },
  });
  const documents = documentsContext(options.documents, options.dataDir ?? SERVER_DEFAULTS.dataDir);
  const jobs = startJobRunner(
    db,
    {
      ...referenceJobHandlers(byId, options.publicUrl),
      ...documentJobHandlers(documents),
      ...renewalJobHandlers(byId, options.publicUrl),
      ...reviewReminderHandlers(byId),
    },
    {
      clock,
      log,
      onDone: () => void mailQueue.wake(),
      pollMs: options.jobPollMs ?? 60_000,
    },
  );
  // Each program's next daily digest of reference ratings (once, whichever process asks first).
  await db.transaction(async (tx) => {
    const now = clock();
    for (const entry of options.programs) await scheduleDigest(tx, entry.program.id, nextMidnight(now), now);
    await scheduleDocumentSweep(tx, nextMidnight(now));
  });
  for (const entry of options.programs) {
    if (!(entry.coordinatorEmail ?? entry.program.contact.email))
      log(
        `program ${entry.program.id}: no coordinator email (contact.email or coordinatorEmail), so coordinators are not mailed about registrations`,
      );
  }
  const app = createApp({
    db,
    programs: options.programs,
    publicUrl: options.publicUrl,
    rateLimit: options.rateLimit ?? SERVER_DEFAULTS.rateLimit,
    maxBodyBytes: options.maxBodyBytes ?? SERVER_DEFAULTS.maxBodyBytes,
    trustProxy: options.trustProxy ?? SERVER_DEFAULTS.trustProxy,
    pages: options.pages ?? {},
    log,
    onMailQueued: () => void mailQueue.wake(),
    clock,
    raterScript: options.raterScript,
    stripe: options.stripe,
    documents,
    onJobQueued: () => void jobs.runDue(),
  });
  return {
    app,
    db,
    mailQueue,
    jobs,
    async close() {
      await jobs.stop();
      await mailQueue.stop();
      await db.close();
    },
  };
}

/** What `createEndorsementServer` resolves to. */
export interface EndorsementServer {
  app: ReturnType<typeof createApp>;
  db: Database;
  mailQueue: MailQueue;
  /** Reminders, expiries and digests: `runDue()` runs what is due by the clock now. */
  jobs: JobRunner;
  /** Stops the mail queue (after the mail being sent) and closes the database. */
  close(): Promise<void>;
}
