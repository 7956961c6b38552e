import type { Sql } from '../db/database.js';

const DAY = 86_400_000;

/**
 * The request's reminders (`reminderDays` after `sentAt`, those before the link expires) and its
 * expiry, replacing any still pending: a new request mail starts the schedule again.
 */
export async function scheduleRequestJobs(
  tx: Sql,
  request: { id: string; program: string },
  sentAt: Date,
  expiresAt: Date,
  reminderDays: readonly number[],
): Promise<void> {
  await cancelRequestJobs(tx, request.id);
  const due = reminderDays.map((days) => new Date(sentAt.getTime() + days * DAY)).filter((at) => at < expiresAt);
  for (const [index, at] of due.entries()) {
    await insertJob(tx, 'reference-reminder', `reminder:${request.id}:${sentAt.toISOString()}:${index}`, request, at, {
      number: index + 1,
      last: index === due.length - 1,
    });
  }
  await insertJob(tx, 'reference-expiry', `expiry:${request.id}:${expiresAt.toISOString()}`, request, expiresAt, null);
}

/** Nothing more is due for a request that closed. */
export async function cancelRequestJobs(tx: Sql, requestId: string): Promise<void> {
  await tx.query("update scheduled_jobs set state = 'cancelled' where subject_id = $1 and state = 'pending'", [requestId]);
}

/** A job, once per key: a second process scheduling the same job changes nothing. */
export async function insertJob(
  tx: Sql,
  kind: string,
  key: string,
  subject: { id: string | null; program: string },
  runAt: Date,
  detail: unknown,
): Promise<void> {
  await tx.query(
    `insert into scheduled_jobs (kind, key, subject_id, program, run_at, detail) values ($1, $2, $3, $4, $5, $6)
     on conflict (key) do nothing`,
    [kind, key, subject.id, subject.program, runAt.toISOString(), detail === null ? null : JSON.stringify(detail)],
  );
}
