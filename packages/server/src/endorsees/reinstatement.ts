import { randomUUID } from 'node:crypto';
import { renewalSettings, valueAsOf, type Program } from '@endorsement-kit/sdk';
import type { Sql } from '../db/database.js';
import { enqueueMails } from '../mail/mail-queue.js';
import { auditEndorsee, loadCategory, loadEndorsee, type CategoryRow } from './endorsee-rows.js';
import { renewalMail } from './renewal-mails.js';
import { dayOf } from './renewal-schedule.js';

/** A reinstatement as `reinstatements` keeps it. */
export interface ReinstatementRow {
  id: string;
  endorsee_id: string;
  category_id: string;
  program: string;
  category: string;
  email: string;
  state: 'started' | 'endorsed';
  started_at: Date | string;
  started_by: string;
  registration_id: string | null;
  application_id: string | null;
}

/** Why a reinstatement cannot start (a 409 with this code). */
export type ReinstatementRefusal = 'reinstatement_not_offered' | 'not_lapsed' | 'reinstatement_too_late';

/** The program's reinstatement rule on `day` (journey.md §2.2): within how many months of the lapse, how many new ratings. */
export function reinstatementRule(program: Program, day: string) {
  return valueAsOf(renewalSettings(program).reinstatement, day);
}

const addMonths = (day: string, months: number) => {
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCMonth(at.getUTCMonth() + months);
  return dayOf(at);
};

/** The day a category left the registry: its removal date, or the end of an inactive status that lapsed. */
export const lapsedOn = (row: CategoryRow) =>
  row.inactive_until && row.inactive_until > row.removal_on ? row.inactive_until : row.removal_on;

/** Whether the category may be reinstated today, or why not. */
export function mayReinstate(program: Program, row: CategoryRow, today: string): ReinstatementRefusal | undefined {
  const rule = reinstatementRule(program, today);
  if (!rule) return 'reinstatement_not_offered';
  const removed = row.status === 'lapsed' || (['current', 'submitted'].includes(row.status) && today >= row.removal_on);
  if (!removed) return 'not_lapsed';
  if (rule.withinMonths !== null && today > addMonths(lapsedOn(row), rule.withinMonths)) return 'reinstatement_too_late';
  return undefined;
}

/** The category's reinstatement under way, if any. */
export async function openReinstatement(tx: Sql, categoryId: string): Promise<ReinstatementRow | undefined> {
  const { rows } = await tx.query<ReinstatementRow>("select * from reinstatements where category_id = $1 and state = 'started'", [
    categoryId,
  ]);
  return rows[0];
}

/**
 * Starts the reinstatement of a lapsed category (docs/renewal.md, "Reinstatement"), by the endorsee
 * (the removal mail's link, then a POST from the page) or a coordinator: a `reinstatements` row
 * whose start is the line before which no rating counts, an audit line, and one mail to the
 * endorsee, in their language, with what to do. Started twice, the first one stands and nothing
 * more is mailed (`started: false`).
 */
export async function startReinstatement(
  tx: Sql,
  program: Program,
  categoryId: string,
  actor: string,
  now: Date,
): Promise<{ reinstatement: ReinstatementRow; started: boolean } | ReinstatementRefusal> {
  const row = await loadCategory(tx, categoryId, true);
  if (!row) return 'not_lapsed';
  const existing = await openReinstatement(tx, row.id);
  if (existing) return { reinstatement: existing, started: false };
  const refused = mayReinstate(program, row, dayOf(now));
  if (refused) return refused;
  const person = (await loadEndorsee(tx, row.endorsee_id))!;
  const id = randomUUID();
  await tx.query(
    `insert into reinstatements (id, endorsee_id, category_id, program, category, email, state, started_at, started_by)
     values ($1, $2, $3, $4, $5, $6, 'started', $7, $8)`,
    [id, row.endorsee_id, row.id, row.program, row.category, person.email.toLowerCase(), now.toISOString(), actor],
  );
  const rule = reinstatementRule(program, dayOf(now))!;
  await enqueueMails(tx, row.program, null, [
    renewalMail(program, person, row, 'reinstatement-started', { started: dayOf(now), ratings: rule.ratings }),
  ]);
  await auditEndorsee(tx, row, actor, 'reinstatement-started', { ratings: rule.ratings }, now);
  return { reinstatement: (await openReinstatement(tx, row.id))!, started: true };
}

/**
 * A registration received after a reinstatement started, from the same person (email, any case)
 * for the same program and category, becomes the reinstatement's registration: its reference
 * requests are the new ones. Called when a registration is kept.
 */
export async function linkReinstatementRegistration(
  db: Sql,
  registration: { id: string; program: string; email: string; category: string; receivedAt: string },
): Promise<void> {
  await db.query(
    `update reinstatements set registration_id = $1
      where state = 'started' and registration_id is null and program = $2 and email = lower(btrim($3)) and category = $4 and started_at <= $5`,
    [registration.id, registration.program, registration.email, registration.category, registration.receivedAt],
  );
}

/** The started reinstatement an application of this person and category continues, if any. */
export async function reinstatementFor(db: Sql, program: string, email: string, category: string): Promise<ReinstatementRow | undefined> {
  const { rows } = await db.query<ReinstatementRow>(
    "select * from reinstatements where state = 'started' and program = $1 and email = lower(btrim($2)) and category = $3",
    [program, email, category],
  );
  return rows[0];
}

/** The reinstatement ends with the endorsed application (onEndorsed, in the decision's transaction). */
export async function endReinstatement(tx: Sql, reinstatement: ReinstatementRow, applicationId: string, now: Date): Promise<void> {
  await tx.query("update reinstatements set state = 'endorsed', application_id = $2, ended_at = $3 where id = $1", [
    reinstatement.id,
    applicationId,
    now.toISOString(),
  ]);
}
