import { nextRenewalCycle, renewalSettings, valueAsOf, type Program } from '@endorsement-kit/sdk';
import type { Sql } from '../db/database.js';
import { enqueueMails } from '../mail/mail-queue.js';
import { auditEndorsee, loadCategory, loadEndorsee, updateCategory, type CategoryRow } from './endorsee-rows.js';
import { markRenewalApproved } from './renewal-actions.js';
import { renewalMail } from './renewal-mails.js';
import { cancelCategoryJobs, dayOf, scheduleCycle, scheduleInactiveEnd } from './renewal-schedule.js';

/** Why a coordinator's action on a category was refused (a 409 with this code). */
export type CategoryActionRefusal = 'not_renewable' | 'inactive_not_offered' | 'not_active';

const addMonths = (day: string, months: number) => {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCMonth(at.getUTCMonth() + months);
  return dayOf(at);
};

/**
 * The coordinator approves the renewal of a category (submitted, or still current or late: a renewal
 * received another way): the next cycle starts, its calendar is scheduled, the earlier one's jobs are
 * cancelled, and the endorsee is mailed. A lapsed or archived category is not renewed (reinstatement
 * is a new application).
 */
export async function approveRenewal(
  tx: Sql,
  program: Program,
  categoryId: string,
  actor: string,
  now: Date,
): Promise<CategoryRow | CategoryActionRefusal> {
  const row = await loadCategory(tx, categoryId, true);
  if (!row || !['current', 'submitted'].includes(row.status)) return 'not_renewable';
  const cycle = nextRenewalCycle(program, row.due_on);
  await markRenewalApproved(tx, row, now);
  await updateCategory(tx, row.id, now, { status: 'current', cycle, lastRenewedOn: dayOf(now) });
  const renewed = (await loadCategory(tx, row.id))!;
  await scheduleCycle(tx, program, renewed, now);
  const person = (await loadEndorsee(tx, row.endorsee_id))!;
  await enqueueMails(tx, row.program, null, [renewalMail(program, person, renewed, 'renewed')]);
  await auditEndorsee(tx, row, actor, 'renewed', { dueOn: row.due_on, nextDueOn: cycle.dueOn }, now);
  return renewed;
}

/**
 * Inactive status on the endorsee's request, for the program's `inactive.maxMonths`: off the
 * registry, no renewal due, the calendar's jobs cancelled; when it ends without a return, the
 * category lapses (renewal-inactive-end). The endorsee is mailed with the date and the fee to return.
 */
export async function placeInactive(
  tx: Sql,
  program: Program,
  categoryId: string,
  actor: string,
  now: Date,
): Promise<CategoryRow | CategoryActionRefusal> {
  const row = await loadCategory(tx, categoryId, true);
  const inactive = valueAsOf(renewalSettings(program).inactive, dayOf(now));
  if (!inactive) return 'inactive_not_offered';
  if (!row || !['current', 'submitted'].includes(row.status)) return 'not_active';
  const until = addMonths(dayOf(now), inactive.maxMonths);
  await cancelCategoryJobs(tx, row.id);
  await updateCategory(tx, row.id, now, { status: 'inactive', inactiveUntil: until });
  await tx.query('update endorsee_categories set inactive_requested_at = null where id = $1', [row.id]);
  await scheduleInactiveEnd(tx, row, until);
  const person = (await loadEndorsee(tx, row.endorsee_id))!;
  await enqueueMails(tx, row.program, null, [renewalMail(program, person, row, 'inactive', { until })]);
  await auditEndorsee(tx, row, actor, 'inactive', { until }, now);
  return (await loadCategory(tx, row.id))!;
}

/** The endorsee takes a category off (MI: "archived"): off the registry at once, nothing more is mailed about it. */
export async function archiveCategory(tx: Sql, categoryId: string, actor: string, now: Date): Promise<CategoryRow | CategoryActionRefusal> {
  const row = await loadCategory(tx, categoryId, true);
  if (!row || row.status === 'archived') return 'not_active';
  await cancelCategoryJobs(tx, row.id);
  await updateCategory(tx, row.id, now, { status: 'archived' });
  await auditEndorsee(tx, row, actor, 'archived', undefined, now);
  return (await loadCategory(tx, row.id))!;
}
