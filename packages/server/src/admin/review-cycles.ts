import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Sql } from '../db/database.js';
import type { ReviewCycle } from './api-types.js';
import { stageOf } from './workflow.js';
import { SUBMITTED_AT } from '../review/submitted-at.js';

/**
 * The review cycle an application joins: the first of the program's review dates (submission
 * deadlines, "submitted by Dec 15") on or after the day it was last sent (`SUBMITTED_AT`: an amended
 * application's resubmission); undefined after the last.
 * @example cycleOf(['2027-03-15', '2027-06-15'], '2027-03-16') // '2027-06-15'
 */
export function cycleOf(dates: readonly string[] | undefined, receivedDay: string): string | undefined {
  return [...(dates ?? [])].sort().find((date) => date >= receivedDay);
}

/** An application's review cycle as the program states it: "submitted by Dec 15, decided by Feb 15". */
export interface ApplicantCycle {
  /** The cycle's review date (`YYYY-MM-DD`): applications sent by that day join it. */
  submittedBy: string;
  /** When its decisions are made (`YYYY-MM-DD`), when the program says. */
  decidedBy?: string;
}

/**
 * The cycle an application sent (or last sent again) on `submittedDay` joins, with its decision
 * day when the receiver file gives one; undefined without review dates or after the last.
 * @example applicantCycle({ ...entry, reviewDates: ['2027-12-15'], decidedBy: { '2027-12-15': '2028-02-15' } }, '2027-12-01') // { submittedBy: '2027-12-15', decidedBy: '2028-02-15' }
 */
export function applicantCycle(entry: ReceiverProgram | undefined, submittedDay: string): ApplicantCycle | undefined {
  const submittedBy = cycleOf(entry?.reviewDates, submittedDay);
  if (!submittedBy) return undefined;
  const decidedBy = entry?.decidedBy?.[submittedBy];
  return decidedBy ? { submittedBy, decidedBy } : { submittedBy };
}

/** The days a cycle takes applications in: after the previous date, up to and including its own. */
export function cycleDays(dates: readonly string[], cycle: string): { after?: string; through: string } | undefined {
  const sorted = [...dates].sort();
  const index = sorted.indexOf(cycle);
  if (index < 0) return undefined;
  return index > 0 ? { after: sorted[index - 1]!, through: cycle } : { through: cycle };
}

/**
 * The review cycles of the coordinator's programs with how many applications each holds by
 * stage (sent, in review, decided), oldest first; only programs that configure `reviewDates`.
 */
export async function reviewCycles(db: Sql, entries: readonly ReceiverProgram[], programs: readonly string[]): Promise<ReviewCycle[]> {
  const dated = entries.filter((entry) => programs.includes(entry.program.id) && entry.reviewDates?.length);
  if (dated.length === 0) return [];
  const { rows } = await db.query<{ program: string; day: string; status: string; n: number }>(
    `select program, to_char(${SUBMITTED_AT} at time zone 'UTC', 'YYYY-MM-DD') as day, status, count(*)::int as n
       from records where kind = 'application' and program = any($1::text[]) group by 1, 2, 3`,
    [dated.map((entry) => entry.program.id)],
  );
  const cycles = new Map<string, ReviewCycle>();
  for (const entry of dated)
    for (const date of entry.reviewDates!)
      cycles.set(`${entry.program.id} ${date}`, {
        program: entry.program.id,
        submittedBy: date,
        counts: { application: 0, review: 0, decided: 0 },
      });
  for (const row of rows) {
    const cycle = cycleOf(dated.find((entry) => entry.program.id === row.program)?.reviewDates, row.day);
    const found = cycle && cycles.get(`${row.program} ${cycle}`);
    const stage = stageOf('application', row.status);
    if (found && stage !== 'registration') found.counts[stage] += row.n;
  }
  return [...cycles.values()].sort((a, b) => a.submittedBy.localeCompare(b.submittedBy) || a.program.localeCompare(b.program));
}
