import type { Code } from '@endorsement-kit/sdk';
import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Sql } from '../db/database.js';
import type { JobHandler } from '../jobs/job-runner.js';
import { enqueueMails } from '../mail/mail-queue.js';
import { mailText, programWords } from '../mail/mail-text.js';
import { insertJob } from '../references/reference-schedule.js';

const DAY = 86_400_000;

/** Days after a reviewer is asked when they are reminded, while their review is not submitted. */
export const REVIEW_REMINDER_DAYS: readonly number[] = [7, 14];

/**
 * Schedules the reminders of one assignment (`REVIEW_REMINDER_DAYS` after `askedAt`), each once:
 * its key names the assignment and the day, so asking again or a second process changes nothing.
 * `linkBase` is the workspace's address the reminder links to.
 */
export async function scheduleReviewReminders(
  tx: Sql,
  assignment: { id: string; program: string },
  askedAt: Date,
  linkBase: string,
): Promise<void> {
  for (const days of REVIEW_REMINDER_DAYS)
    await insertJob(
      tx,
      'review-reminder',
      `review-reminder:${assignment.id}:${days}`,
      assignment,
      new Date(askedAt.getTime() + days * DAY),
      {
        days,
        linkBase,
      },
    );
}

/**
 * The handler of `review-reminder`: while the assignment is still to do (`assigned` or
 * `accepted`), the reviewer is mailed in their language (else the program's) with the link to
 * the application; a submitted, declined, withdrawn or conflicted one gets nothing.
 */
export function reviewReminderHandlers(programs: ReadonlyMap<string, ReceiverProgram>): Record<string, JobHandler> {
  return {
    'review-reminder': async (tx, job) => {
      const { rows } = await tx.query<{ state: string; application_id: string; email: string; locale: string | null; category: string }>(
        `select a.state, a.application_id, c.email, c.locale, r.payload->>'category' as category
           from review_assignments a join coordinators c on c.id = a.reviewer_id join records r on r.id = a.application_id
          where a.id = $1 for update of a`,
        [job.subject_id],
      );
      const row = rows[0];
      const entry = programs.get(job.program);
      if (!row || !entry || !['assigned', 'accepted'].includes(row.state)) return;
      const detail = (typeof job.detail === 'string' ? JSON.parse(job.detail) : job.detail) as { days: number; linkBase: string };
      const program = entry.program;
      const locale = row.locale ?? program.defaultLocale;
      const words = programWords(program, locale, row.category as Code);
      const t = (key: string, params: Record<string, string | number> = {}) => mailText(program, locale, key, { ...words, ...params });
      await enqueueMails(tx, job.program, row.application_id, [
        {
          purpose: 'review-reminder',
          recipient: row.email,
          subject: t('mail.review.reminder.subject'),
          body: t(row.state === 'assigned' ? 'mail.review.reminder.unanswered' : 'mail.review.reminder.unfinished', {
            days: detail.days,
            link: `${detail.linkBase}/admin/reviews/${row.application_id}`,
          }),
          fromName: words.program,
        },
      ]);
    },
  };
}
