import {
  paymentLink,
  renewalFeesDue,
  renewalReference,
  type FeeDue,
  type Program,
  type RenewalFeeKind,
  type RenewalFeeLine,
} from '@endorsement-kit/sdk';
import type { Sql } from '../db/database.js';
import { cycleOf, type CategoryRow } from '../endorsees/endorsee-rows.js';
import { feeLabel } from './record-fees.js';
import { renewalFeeRows, renewalSubmittedOn, type RenewalFeeRow } from './renewal-fee-rows.js';

const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/** The renewal form's fees of a category's cycle on a day, by the program's schedule (the SDK's `renewalFeesDue`). */
export function scheduledRenewalFees(program: Program, row: CategoryRow, on: string, submittedOn: string | null): FeeDue[] {
  return renewalFeesDue(program, { category: row.category, cycle: cycleOf(row), on, submittedOn });
}

/**
 * A renewal's fees and where each stands: those the schedule charges now (due until a row says
 * otherwise), and any with a row (a late fee started or marked stays, at the row's amount).
 */
export function renewalFeeLines(
  program: Program,
  row: CategoryRow,
  rows: readonly RenewalFeeRow[],
  locale: string,
  on: string,
  submittedOn: string | null,
): RenewalFeeLine[] {
  const scheduled = scheduledRenewalFees(program, row, on, submittedOn);
  const kinds = [...new Set([...scheduled.map((fee) => fee.kind as string), ...rows.map((r) => r.kind)])];
  return kinds.map((kind) => {
    const fee = scheduled.find((f) => f.kind === kind);
    const saved = rows.find((r) => r.kind === kind);
    const line: RenewalFeeLine = {
      kind: kind as RenewalFeeKind,
      label: feeLabel(program, locale, kind, fee),
      amount: saved?.amount ?? fee!.amount,
      currency: saved?.currency ?? fee!.currency,
      status: saved?.status ?? 'due',
      payment: fee?.payment ?? 'coordinator',
    };
    const open = line.status === 'due' || line.status === 'pending';
    if (open && fee?.paymentUrl) line.paymentUrl = paymentLink(fee.paymentUrl, renewalReference(row.id, row.due_on));
    if (saved?.paid_at) line.settledAt = new Date(saved.paid_at).toISOString();
    if (saved?.method) line.method = saved.method;
    return line;
  });
}

/** A renewal's fees read from the database, for its current cycle, on the day of `now`. */
export async function loadRenewalFeeLines(
  db: Sql,
  program: Program,
  row: CategoryRow,
  locale: string,
  now: Date,
): Promise<RenewalFeeLine[]> {
  const submittedOn = await renewalSubmittedOn(db, row.id, row.due_on);
  return renewalFeeLines(program, row, await renewalFeeRows(db, row.id, row.due_on), locale, dayOf(now), submittedOn);
}

/**
 * Whether a renewal may not be submitted yet: the program asks for its fees first
 * (`renewal.payBeforeSubmit`) and one is still due (a card payment in progress counts as paying).
 */
export async function renewalFeesBlockSubmit(db: Sql, program: Program, row: CategoryRow, now: Date): Promise<boolean> {
  if (program.renewal?.payBeforeSubmit !== true) return false;
  const lines = await loadRenewalFeeLines(db, program, row, program.defaultLocale, now);
  return lines.some((line) => line.status === 'due');
}
