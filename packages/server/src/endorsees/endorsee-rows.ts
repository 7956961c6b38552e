import type { Code, RenewalCycle } from '@endorsement-kit/sdk';
import type { Sql } from '../db/database.js';

/** What the registry may show beyond the name, each only with the endorsee's consent. */
export interface RegistryFields {
  region?: string | undefined;
  employer?: string | undefined;
  languages?: string[] | undefined;
  providesRsc?: boolean | undefined;
  /** Show the date of the endorsement ("endorsed since"). */
  endorsedSince?: boolean | undefined;
}

/** One row of `endorsees`. */
export interface EndorseeRow {
  id: string;
  program: string;
  email: string;
  full_name: string;
  display_name: string | null;
  language: string;
  registry_fields: RegistryFields | null;
  hidden: boolean;
  source: 'decision' | 'import';
  record_id: string | null;
  link_base: string | null;
  registry_set_by: string | null;
  registry_set_at: Date | string | null;
}

/** The states of an endorsed category (docs/renewal.md). */
export type CategoryStatus = 'current' | 'submitted' | 'inactive' | 'lapsed' | 'archived';

/** One row of `endorsee_categories`: an endorsed category and its current cycle. */
export interface CategoryRow {
  id: string;
  endorsee_id: string;
  program: string;
  category: Code;
  endorsed_on: string;
  last_renewed_on: string | null;
  status: CategoryStatus;
  period_start: string;
  window_opens_on: string;
  due_on: string;
  late_until: string | null;
  removal_on: string;
  first_renewal: boolean;
  inactive_until: string | null;
  inactive_requested_at: Date | string | null;
}

const json = (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value);

export async function findEndorsee(tx: Sql, program: string, email: string): Promise<EndorseeRow | undefined> {
  const { rows } = await tx.query<EndorseeRow>('select * from endorsees where program = $1 and email = $2', [program, email.toLowerCase()]);
  const row = rows[0];
  return row && { ...row, registry_fields: json(row.registry_fields) as RegistryFields | null };
}

export async function loadEndorsee(tx: Sql, id: string): Promise<EndorseeRow | undefined> {
  const { rows } = await tx.query<EndorseeRow>('select * from endorsees where id = $1', [id]);
  const row = rows[0];
  return row && { ...row, registry_fields: json(row.registry_fields) as RegistryFields | null };
}

export async function loadCategory(tx: Sql, id: string, lock = false): Promise<CategoryRow | undefined> {
  const { rows } = await tx.query<CategoryRow>(`select * from endorsee_categories where id = $1${lock ? ' for update' : ''}`, [id]);
  return rows[0];
}

export async function categoriesOf(tx: Sql, endorseeId: string): Promise<CategoryRow[]> {
  const { rows } = await tx.query<CategoryRow>('select * from endorsee_categories where endorsee_id = $1 order by category', [endorseeId]);
  return rows;
}

/** The cycle's columns, as the SDK computed them. */
export function cycleColumns(cycle: RenewalCycle) {
  return [cycle.periodStart, cycle.windowOpensOn, cycle.dueOn, cycle.lateUntil, cycle.removalOn, cycle.firstRenewal] as const;
}

/** The cycle a row holds, as the SDK reads it. */
export function cycleOf(row: CategoryRow): RenewalCycle {
  return {
    periodStart: row.period_start,
    windowOpensOn: row.window_opens_on,
    dueOn: row.due_on,
    lateUntil: row.late_until,
    removalOn: row.removal_on,
    firstRenewal: row.first_renewal,
  };
}

/** Sets a category's status and, when given, its new cycle. */
export async function updateCategory(
  tx: Sql,
  id: string,
  now: Date,
  change: { status: CategoryStatus; cycle?: RenewalCycle; lastRenewedOn?: string | null; inactiveUntil?: string | null },
): Promise<void> {
  await tx.query('update endorsee_categories set status = $2, updated_at = $3 where id = $1', [id, change.status, now.toISOString()]);
  if (change.cycle)
    await tx.query(
      `update endorsee_categories set period_start = $2, window_opens_on = $3, due_on = $4, late_until = $5, removal_on = $6,
         first_renewal = $7 where id = $1`,
      [id, ...cycleColumns(change.cycle)],
    );
  if (change.lastRenewedOn !== undefined)
    await tx.query('update endorsee_categories set last_renewed_on = $2 where id = $1', [id, change.lastRenewedOn]);
  if (change.inactiveUntil !== undefined)
    await tx.query('update endorsee_categories set inactive_until = $2 where id = $1', [id, change.inactiveUntil]);
}

/** One line of the endorsee's history. */
export async function auditEndorsee(
  tx: Sql,
  row: { endorsee_id: string; program: string; category?: string | null },
  actor: string,
  action: string,
  detail: unknown,
  now: Date,
): Promise<void> {
  await tx.query(
    'insert into endorsee_audit (endorsee_id, category, program, actor, action, detail, at) values ($1, $2, $3, $4, $5, $6, $7)',
    [
      row.endorsee_id,
      row.category ?? null,
      row.program,
      actor,
      action,
      detail === undefined ? null : JSON.stringify(detail),
      now.toISOString(),
    ],
  );
}
