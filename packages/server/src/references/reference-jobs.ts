import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Sql } from '../db/database.js';
import type { JobHandler } from '../jobs/job-runner.js';
import { enqueueMails } from '../mail/mail-queue.js';
import { mailText, programWords } from '../mail/mail-text.js';
import { mailLink } from './applicant-actions.js';
import { htmlOf } from './mail-html.js';
import { applicantReferenceMail } from './reference-mails.js';
import { audit, loadRegistration, loadRequest, mailFacts, toRequestRow } from './reference-rows.js';
import { insertJob } from './reference-schedule.js';
import { dayOf } from './reference-views.js';

const DAY = 86_400_000;

/** The first midnight (UTC) after `now`: when the day's digest goes out. */
export const nextMidnight = (now: Date) => new Date(Math.floor(now.getTime() / DAY) * DAY + DAY);

/** Schedules a program's next digest, once however many processes ask. */
export async function scheduleDigest(tx: Sql, program: string, runAt: Date, since: Date): Promise<void> {
  await insertJob(tx, 'reference-digest', `digest:${program}:${dayOf(runAt)}`, { id: null, program }, runAt, {
    since: since.toISOString(),
  });
}

/**
 * The handlers of the reference jobs: a reminder (while the rater has not answered; the last one
 * also tells the applicant), an expiry, and the coordinators' daily digest.
 */
export function referenceJobHandlers(
  programs: ReadonlyMap<string, ReceiverProgram>,
  publicUrl: string | undefined,
): Record<string, JobHandler> {
  return {
    'reference-reminder': async (tx, job, now) => {
      const row = job.subject_id ? await loadRequest(tx, job.subject_id, true) : undefined;
      const entry = row && programs.get(row.program);
      if (!row || !entry || !['invited', 'in_progress'].includes(row.state)) return;
      if (row.expires_at && row.expires_at.getTime() <= now.getTime()) return;
      const registration = (await loadRegistration(tx, row.registration_id))!;
      const detail = (typeof job.detail === 'string' ? JSON.parse(job.detail) : job.detail) as { number: number; last: boolean };
      await mailLink(tx, entry, row, registration, 'reminder', now);
      if (detail.last)
        await enqueueMails(tx, row.program, row.registration_id, [
          applicantReferenceMail(mailFacts(entry, row, registration), 'no-answer', { reminders: detail.number }),
        ]);
      await audit(tx, row, 'system', detail.last ? 'no-answer' : 'reminded', { number: detail.number }, now);
    },
    'reference-expiry': async (tx, job, now) => {
      const row = job.subject_id ? await loadRequest(tx, job.subject_id, true) : undefined;
      if (!row || !['invited', 'in_progress'].includes(row.state)) return;
      if (!row.expires_at || row.expires_at.getTime() > now.getTime()) return;
      await tx.query("update reference_requests set state = 'expired', updated_at = $2 where id = $1", [row.id, now.toISOString()]);
      await audit(tx, row, 'system', 'expired', undefined, now);
    },
    'reference-digest': async (tx, job) => {
      const entry = programs.get(job.program);
      const detail = (typeof job.detail === 'string' ? JSON.parse(job.detail) : job.detail) as { since: string };
      await scheduleDigest(tx, job.program, nextMidnight(job.run_at), job.run_at);
      const to = entry?.coordinatorEmail ?? entry?.program.contact.email;
      if (!entry || !to) return;
      const { rows } = await tx.query<Record<string, unknown> & { action: string }>(
        `select a.action, r.* from reference_audit a join reference_requests r on r.id = a.request_id
         where a.program = $1 and a.at >= $2 and a.at < $3 and a.action in ('submitted', 'declined', 'no-answer') order by a.at, a.id`,
        [job.program, detail.since, job.run_at.toISOString()],
      );
      if (rows.length === 0) return;
      const locale = entry.program.defaultLocale;
      const t = (key: string, params: Record<string, string | number> = {}) =>
        mailText(entry.program, locale, key, { ...programWords(entry.program, locale, ''), ...params });
      const lines = [t('mail.ref.digest.intro'), ''];
      const registrations = new Set<string>();
      let base = publicUrl;
      for (const { action, ...raw } of rows) {
        const row = toRequestRow(raw);
        base ??= row.link_base;
        registrations.add(row.registration_id);
        const registration = await loadRegistration(tx, row.registration_id);
        const words = {
          rater: row.rater_name,
          applicant: registration?.fullName ?? '',
          category: programWords(entry.program, locale, row.category).category,
        };
        if (action === 'submitted') {
          const verdict = t(row.counted ? 'mail.ref.digest.counted' : 'mail.ref.digest.not-counted');
          const flags = row.flags?.length ? `; ${t('mail.ref.digest.flags', { flags: row.flags.join(', ') })}` : '';
          lines.push(`- ${t('mail.ref.digest.submitted', { ...words, verdict: verdict + flags })}`);
        } else lines.push(`- ${t(action === 'declined' ? 'mail.ref.digest.declined' : 'mail.ref.digest.no-answer', words)}`);
      }
      const link = `${(base ?? '').replace(/\/+$/, '')}/admin`;
      lines.push('', t('mail.ref.digest.link', { link }));
      await enqueueMails(tx, job.program, null, [
        {
          purpose: 'coordinator-reference-digest',
          recipient: to,
          subject: t('mail.ref.digest.subject', { count: rows.length }),
          body: lines.join('\n'),
          html: htmlOf(lines),
        },
      ]);
    },
  };
}
