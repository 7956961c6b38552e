import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Sql } from '../db/database.js';
import type { Job, JobHandler } from '../jobs/job-runner.js';
import { enqueueMails } from '../mail/mail-queue.js';
import { auditEndorsee, loadCategory, loadEndorsee, updateCategory, type CategoryRow } from './endorsee-rows.js';
import { issueRenewalLink, renewalUrl } from './renewal-links.js';
import { reinstatementLinkFor } from './reinstatement-links.js';
import { renewalMail, type RenewalMailKind } from './renewal-mails.js';

type Detail = { dueOn?: string; days?: number; until?: string };
const detailOf = (job: Job) => ((typeof job.detail === 'string' ? JSON.parse(job.detail) : job.detail) ?? {}) as Detail;

/**
 * The handlers of the renewal calendar. Each job reads its category under a row lock and acts only
 * while the category is still where the job was planned for (the same cycle, still not renewed): a
 * renewal approved, an inactive status or an archive in between makes it do nothing. The job runner
 * claims each job once (`for update skip locked`) and its mail is written in the same transaction,
 * so however many workers and instances run, each mail is queued once.
 */
export function renewalJobHandlers(
  programs: ReadonlyMap<string, ReceiverProgram>,
  publicUrl: string | undefined,
): Record<string, JobHandler> {
  const mailing =
    (kind: RenewalMailKind, act?: (tx: Sql, row: CategoryRow, now: Date) => Promise<void>): JobHandler =>
    async (tx, job, now) => {
      const detail = detailOf(job);
      const row = job.subject_id ? await loadCategory(tx, job.subject_id, true) : undefined;
      const entry = row && programs.get(row.program);
      if (!row || !entry) return;
      if (
        kind === 'inactive-end'
          ? row.status !== 'inactive' || row.inactive_until !== detail.until
          : row.status !== 'current' || row.due_on !== detail.dueOn
      )
        return;
      const person = (await loadEndorsee(tx, row.endorsee_id))!;
      await act?.(tx, row, now);
      // The mails that ask for the renewal carry a fresh personal link to its form.
      const base = publicUrl ?? person.link_base;
      const link =
        base && ['window', 'reminder', 'late'].includes(kind)
          ? renewalUrl(base, await issueRenewalLink(tx, row, now))
          : await reinstatementLinkFor(tx, entry.program, row, kind, base, now);
      await enqueueMails(tx, row.program, null, [
        renewalMail(entry.program, person, row, kind, {
          ...(detail.days !== undefined ? { days: detail.days } : {}),
          ...(detail.until ? { until: detail.until } : {}),
          ...(link ? { link } : {}),
        }),
      ]);
      await auditEndorsee(tx, row, 'system', `mailed-${kind}`, detail, now);
    };
  const lapse = async (tx: Sql, row: CategoryRow, now: Date) => {
    await updateCategory(tx, row.id, now, { status: 'lapsed' });
    await auditEndorsee(tx, row, 'system', 'lapsed', { dueOn: row.due_on }, now);
  };
  return {
    'renewal-window': mailing('window'),
    'renewal-reminder': mailing('reminder'),
    'renewal-late': mailing('late'),
    'renewal-removal': mailing('removal', lapse),
    'renewal-inactive-end': mailing('inactive-end', lapse),
  };
}
