import type { Database, Sql } from '../db/database.js';

/** One due row of `scheduled_jobs`. */
export interface Job {
  id: string;
  kind: string;
  subject_id: string | null;
  program: string;
  detail: unknown;
  run_at: Date;
}

/** Does a job's writes inside the transaction that claimed it (the mails go to the outbox). */
export type JobHandler = (tx: Sql, job: Job, now: Date) => Promise<void>;

/**
 * Runs the due jobs of `scheduled_jobs`. Each is claimed with `for update skip locked` in a
 * transaction that also does its writes and marks it done: several processes and instances share
 * the table, a job is done once, and a process that dies mid-job leaves it pending for the next.
 * A handler that throws is retried later (1 min, 2 min, ... up to an hour), its writes undone.
 * `clock` is the time the jobs are due by (tests move it).
 * @example const jobs = startJobRunner(db, handlers, { clock: () => new Date(), log }); await jobs.runDue();
 */
export function startJobRunner(
  db: Database,
  handlers: Readonly<Record<string, JobHandler>>,
  options: { clock: () => Date; log: (line: string) => void; onDone?: () => void; pollMs?: number },
) {
  const { clock, log } = options;
  let running: Promise<number> | undefined;
  let stopped = false;

  async function runOne(): Promise<boolean> {
    const now = clock();
    return db.transaction(async (tx) => {
      const { rows } = await tx.query<Job>(
        `select id::text as id, kind, subject_id, program, detail, run_at from scheduled_jobs
         where state = 'pending' and run_at <= $1 order by run_at, id for update skip locked limit 1`,
        [now.toISOString()],
      );
      const job = rows[0];
      if (!job) return false;
      const handler = handlers[job.kind];
      await tx.query('savepoint job');
      try {
        if (handler) await handler(tx, { ...job, run_at: new Date(job.run_at) }, now);
        await tx.query("update scheduled_jobs set state = 'done', done_at = $2, attempts = attempts + 1 where id = $1", [
          job.id,
          now.toISOString(),
        ]);
      } catch (error) {
        await tx.query('rollback to savepoint job');
        await tx.query(
          `update scheduled_jobs set attempts = attempts + 1, last_error = $3,
             run_at = $2::timestamptz + make_interval(secs => least(3600, 60 * power(2, least(attempts, 6))))
           where id = $1`,
          [job.id, now.toISOString(), error instanceof Error ? error.name : 'error'],
        );
        log(`job ${job.id} ${job.kind}: failed (${(error as { code?: string }).code ?? (error as Error).name}), will retry`);
      }
      return true;
    });
  }

  /** Runs every job due by the clock's now; resolves with how many ran. A call while running waits for that run. */
  function runDue(): Promise<number> {
    if (stopped) return Promise.resolve(0);
    if (running) return running.then(() => runDue());
    running = (async () => {
      let count = 0;
      try {
        while (!stopped && (await runOne())) count++;
      } catch (error) {
        log(`jobs: database unavailable (${(error as { code?: string }).code ?? 'error'}), will retry`);
      } finally {
        running = undefined;
      }
      if (count > 0) options.onDone?.();
      return count;
    })();
    return running;
  }

  const timer = setInterval(() => void runDue(), options.pollMs ?? 60_000);
  timer.unref();

  return {
    runDue,
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

export type JobRunner = ReturnType<typeof startJobRunner>;
