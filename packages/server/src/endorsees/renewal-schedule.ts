import { renewalPhase, renewalSettings, type Program } from '@endorsement-kit/sdk';
import type { Sql } from '../db/database.js';
import { insertJob } from '../references/reference-schedule.js';
import { cycleOf, type CategoryRow } from './endorsee-rows.js';

const DAY = 86_400_000;
/** The calendar's mails go out at noon UTC of their day: daytime from Hawaii to Europe. */
export const atNoon = (day: string) => new Date(`${day}T12:00:00.000Z`);
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);
const minusDays = (day: string, days: number) => dayOf(new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY));
const plusDays = (day: string, days: number) => minusDays(day, -days);

/** Kinds of the calendar's jobs (docs/renewal.md). */
export type RenewalJobKind = 'renewal-window' | 'renewal-reminder' | 'renewal-late' | 'renewal-removal' | 'renewal-inactive-end';

/**
 * The jobs of a category's current cycle: the window's opening, the reminders before the due date,
 * the late notice (when the program has a late window) and the removal. Each has a key made of the
 * category, the due date and the kind, so scheduling twice (two processes, an import run again)
 * adds nothing. A moment already past is skipped, but for the phase the cycle is in now: its notice
 * goes out at once (an endorsee brought over while the window is open is told it is open).
 */
export async function scheduleCycle(tx: Sql, program: Program, row: CategoryRow, now: Date): Promise<void> {
  const cycle = cycleOf(row);
  const settings = renewalSettings(program);
  const phase = renewalPhase(cycle, dayOf(now));
  const subject = { id: row.id, program: row.program };
  const planned: { kind: RenewalJobKind; day: string; detail: Record<string, unknown> }[] = [
    { kind: 'renewal-window', day: cycle.windowOpensOn, detail: {} },
    ...settings.reminderDays
      .map((days) => ({ kind: 'renewal-reminder' as const, day: minusDays(cycle.dueOn, days), detail: { days } }))
      .filter((job) => job.day > cycle.windowOpensOn),
    ...(cycle.lateUntil ? [{ kind: 'renewal-late' as const, day: plusDays(cycle.dueOn, 1), detail: {} }] : []),
    { kind: 'renewal-removal', day: cycle.removalOn, detail: {} },
  ];
  for (const job of planned) {
    let at = atNoon(job.day);
    if (at < now) {
      const current = (job.kind === 'renewal-window' && phase === 'open') || (job.kind === 'renewal-late' && phase === 'late');
      if (!current) continue;
      at = now;
    }
    const key = `${job.kind}:${row.id}:${cycle.dueOn}${'days' in job.detail ? `:${String(job.detail['days'])}` : ''}`;
    await insertJob(tx, job.kind, key, subject, at, { dueOn: cycle.dueOn, ...job.detail });
  }
}

/** The end of an inactive status, once. */
export async function scheduleInactiveEnd(tx: Sql, row: CategoryRow, until: string): Promise<void> {
  await insertJob(
    tx,
    'renewal-inactive-end',
    `renewal-inactive-end:${row.id}:${until}`,
    { id: row.id, program: row.program },
    atNoon(until),
    {
      until,
    },
  );
}

/** Nothing more is due of a category's earlier plans (a renewal approved, inactive, archived). */
export async function cancelCategoryJobs(tx: Sql, categoryId: string): Promise<void> {
  await tx.query("update scheduled_jobs set state = 'cancelled' where subject_id = $1 and state = 'pending'", [categoryId]);
}
