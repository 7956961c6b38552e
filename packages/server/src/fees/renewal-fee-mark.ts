import type { Program } from '@endorsement-kit/sdk';
import type { Database } from '../db/database.js';
import { auditEndorsee, loadCategory, loadEndorsee } from '../endorsees/endorsee-rows.js';
import type { FeeMarkBody } from './fee-api-types.js';
import { lockRenewalFeeRow, renewalSubmittedOn, saveRenewalFeeRow, type RenewalFeeRow } from './renewal-fee-rows.js';
import { queueRenewalFeeMail } from './renewal-fee-mails.js';
import { scheduledRenewalFees } from './renewal-fees.js';

/**
 * The coordinator records a fee of a category's current renewal as paid, waived, invoiced or due
 * again, with a note; audited in the endorsee's history. Paid mails the endorsee a receipt; waived
 * or invoiced, a notice (once per change). What Stripe settled stays as it is (`stripe_paid`); a
 * fee the program does not charge this renewal is `not_charged`.
 */
export async function markRenewalFee(
  db: Database,
  program: Program,
  categoryId: string,
  kind: string,
  body: FeeMarkBody,
  actor: string,
  now: Date,
): Promise<{ ok: true; mailed: boolean } | { refused: 'not_charged' | 'stripe_paid' }> {
  return db.transaction(async (tx) => {
    const category = (await loadCategory(tx, categoryId, true))!;
    const row = await lockRenewalFeeRow(tx, category.id, category.due_on, kind);
    const submittedOn = await renewalSubmittedOn(tx, category.id, category.due_on);
    const fee = scheduledRenewalFees(program, category, now.toISOString().slice(0, 10), submittedOn).find((f) => f.kind === kind);
    if (!row && !fee) return { refused: 'not_charged' as const };
    if (row?.method === 'stripe' && row.status === 'paid') return { refused: 'stripe_paid' as const };
    const settled = body.status !== 'due';
    const updated: RenewalFeeRow = {
      category_id: category.id,
      due_on: category.due_on,
      program: program.id,
      kind,
      amount: row?.amount ?? fee!.amount,
      currency: row?.currency ?? fee!.currency,
      status: body.status,
      method: settled ? 'coordinator' : null,
      checkout_session: row?.checkout_session ?? null,
      payment_intent: row?.payment_intent ?? null,
      note: body.note ?? null,
      paid_at: settled ? now : null,
    };
    await saveRenewalFeeRow(tx, updated);
    await auditEndorsee(
      tx,
      category,
      actor,
      `fee-marked-${body.status}`,
      { kind, dueOn: category.due_on, from: row?.status ?? 'due', ...(body.note ? { note: body.note } : {}) },
      now,
    );
    const mail = settled && row?.status !== body.status;
    if (mail) await queueRenewalFeeMail(tx, program, (await loadEndorsee(tx, category.endorsee_id))!, category, updated, now);
    return { ok: true as const, mailed: mail };
  });
}
