import type { Program } from '@endorsement-kit/sdk';
import type { Database } from '../db/database.js';
import type { FeeMarkBody } from './fee-api-types.js';
import { auditFee, lockFeeRow, saveFeeRow, type FeeRecord } from './fee-rows.js';
import { queueFeeNotice, queueFeeReceipt } from './fee-mails.js';
import { scheduledFee } from './record-fees.js';

/**
 * The coordinator records a fee as paid (a cheque, a card taken by phone), waived (a
 * scholarship), invoiced to an employer, or due again, with a note; audited. Marking it paid
 * mails the applicant a receipt; waived or invoiced, a notice. A fee Stripe settled stays as it is (`stripe_paid`); a fee the
 * program does not charge the record is `not_charged`.
 */
export async function markFee(
  db: Database,
  program: Program,
  record: FeeRecord,
  kind: string,
  body: FeeMarkBody,
  actor: string,
  now: Date,
): Promise<{ ok: true; mailed: boolean } | { refused: 'not_charged' | 'stripe_paid' }> {
  return db.transaction(async (tx) => {
    const row = await lockFeeRow(tx, record.id, kind);
    const fee = scheduledFee(program, record, kind);
    if (!row && !fee) return { refused: 'not_charged' as const };
    if (row?.method === 'stripe' && row.status === 'paid') return { refused: 'stripe_paid' as const };
    const settled = body.status !== 'due';
    const updated = {
      record_id: record.id,
      program: program.id,
      kind,
      amount: row?.amount ?? fee!.amount,
      currency: row?.currency ?? fee!.currency,
      status: body.status,
      method: settled ? ('coordinator' as const) : null,
      checkout_session: row?.checkout_session ?? null,
      payment_intent: row?.payment_intent ?? null,
      note: body.note ?? null,
      paid_at: settled ? now : null,
    };
    await saveFeeRow(tx, updated);
    await auditFee(tx, record.id, kind, actor, `marked-${body.status}`, {
      from: row?.status ?? 'due',
      ...(body.note ? { note: body.note } : {}),
    });
    // Once per change: a receipt when it becomes paid, a notice when it becomes waived or invoiced.
    const mail = body.status !== 'due' && row?.status !== body.status;
    if (mail && body.status === 'paid') await queueFeeReceipt(tx, program, record, updated, now);
    else if (mail) await queueFeeNotice(tx, program, record, updated);
    return { ok: true as const, mailed: mail && Boolean(record.email) };
  });
}
