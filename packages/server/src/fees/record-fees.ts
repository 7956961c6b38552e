import { FEES_DUE_WITH, feesDue, isCode, localize, paymentLink, translate, type FeeDue, type Program } from '@endorsement-kit/sdk';
import type { Sql } from '../db/database.js';
import { feeRows, findFeeRecord, type FeeRecord, type FeeRow } from './fee-rows.js';
import type { FeeLine } from './fee-api-types.js';

const day = (at: Date | string) => new Date(at).toISOString().slice(0, 10);

/** The program's fees for a record: its kinds, its category, in force the day it was received. */
export function scheduledFees(program: Program, record: FeeRecord): FeeDue[] {
  if (!isCode(record.category) || !program.categories[record.category]) return [];
  return feesDue(program, { kind: FEES_DUE_WITH[record.kind], category: record.category, on: day(record.received_at) });
}

/** The one scheduled fee of a kind for a record, if the program charges it. */
export function scheduledFee(program: Program, record: FeeRecord, kind: string): FeeDue | undefined {
  return scheduledFees(program, record).find((fee) => fee.kind === kind);
}

/** A fee's words in a language: the program's label, else the SDK's name of its kind. */
export function feeLabel(program: Program, locale: string, kind: string, fee?: FeeDue): string {
  return fee?.label !== undefined ? localize(fee.label, locale) : translate(program, locale, `fees.kind.${kind}`);
}

/**
 * A record's fees and where each stands: the scheduled ones (due until a row says otherwise), and
 * any fee with a row the schedule no longer lists (its amount is the row's).
 */
export function feeLines(program: Program, record: FeeRecord, rows: readonly FeeRow[], locale: string): FeeLine[] {
  const scheduled = scheduledFees(program, record);
  const kinds = [...new Set([...scheduled.map((fee) => fee.kind as string), ...rows.map((row) => row.kind)])];
  return kinds.map((kind) => {
    const fee = scheduled.find((f) => f.kind === kind);
    const row = rows.find((r) => r.kind === kind);
    const line: FeeLine = {
      record: record.id,
      kind,
      label: feeLabel(program, locale, kind, fee),
      amount: row?.amount ?? fee!.amount,
      currency: row?.currency ?? fee!.currency,
      refundable: fee?.refundable ?? false,
      status: row?.status ?? 'due',
      payment: fee?.payment ?? 'coordinator',
    };
    const open = line.status === 'due' || line.status === 'pending';
    if (open && fee?.paymentUrl) line.paymentUrl = paymentLink(fee.paymentUrl, record.reference);
    if (row?.paid_at) line.settledAt = new Date(row.paid_at).toISOString();
    if (row?.method) line.method = row.method;
    return line;
  });
}

/** A record's fees, read from the database; `[]` for an unknown record. */
export async function recordFees(db: Sql, program: Program, recordId: string, locale: string): Promise<FeeLine[]> {
  const record = await findFeeRecord(db, recordId);
  return record ? feeLines(program, record, await feeRows(db, recordId), locale) : [];
}

/**
 * What the applicant's status lookup shows of an application's fees: the application's own and
 * those of the registration it followed (the latest of the program with the same email), the
 * registration's first.
 */
export async function applicantFees(db: Sql, program: Program, applicationId: string, locale: string): Promise<FeeLine[]> {
  const application = await findFeeRecord(db, applicationId);
  if (!application) return [];
  const { rows } = await db.query<{ id: string }>(
    `select id from records where kind = 'registration' and program = $1
       and lower(payload->'applicant'->>'email') = lower($2) and received_at <= $3
     order by received_at desc limit 1`,
    [application.program, application.email ?? '', application.received_at],
  );
  const registration = rows[0] ? await recordFees(db, program, rows[0].id, locale) : [];
  return [...registration, ...feeLines(program, application, await feeRows(db, applicationId), locale)];
}
