import { formatFee, type Program } from '@endorsement-kit/sdk';
import type { Sql } from '../db/database.js';
import { enqueueMails } from '../mail/mail-queue.js';
import { mailText, programWords } from '../mail/mail-text.js';
import type { FeeRecord, FeeRow } from './fee-rows.js';
import { feeLabel, scheduledFee } from './record-fees.js';

/**
 * Queues the applicant's receipt for a paid fee, in their language, inside the caller's
 * transaction (so it is written once with the payment, or not at all).
 */
export async function queueFeeReceipt(tx: Sql, program: Program, record: FeeRecord, row: FeeRow, paidAt: Date): Promise<void> {
  if (!record.email) return;
  const locale = record.locale;
  const words = programWords(program, locale, record.category);
  const fee = feeLabel(program, locale, row.kind, scheduledFee(program, record, row.kind));
  const t = (key: string, params: Record<string, string | number> = {}) => mailText(program, locale, key, { ...words, fee, ...params });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(paidAt);
  const refundable = scheduledFee(program, record, row.kind)?.refundable ?? false;
  const body = [
    t('mail.greeting', { name: record.name ?? '' }),
    '',
    t('mail.fee.receipt.body', { amount: formatFee(row.amount, row.currency, locale), date }),
    row.method === 'stripe' && row.payment_intent
      ? t('mail.fee.receipt.method.stripe', { payment: row.payment_intent })
      : t('mail.fee.receipt.method.coordinator'),
    t('mail.fee.receipt.reference', { reference: record.reference }),
    ...(refundable ? [] : [t('mail.fee.receipt.refund')]),
    '',
    ...(words.how ? [t('mail.contact')] : []),
    '',
    t('mail.signature'),
  ].join('\n');
  await enqueueMails(tx, program.id, record.id, [
    { purpose: 'applicant-fee-receipt', recipient: record.email, subject: t('mail.fee.receipt.subject'), body, fromName: words.program },
  ]);
}

/**
 * Queues the applicant's notice that a fee was waived or invoiced to their employer: nothing for
 * them to pay. The coordinator's note stays in the workspace (it may name a scholarship fund or a
 * purchase order), so the mail carries the fee, its amount and the reference only.
 */
export async function queueFeeNotice(tx: Sql, program: Program, record: FeeRecord, row: FeeRow): Promise<void> {
  if (!record.email || (row.status !== 'waived' && row.status !== 'invoiced')) return;
  const locale = record.locale;
  const words = programWords(program, locale, record.category);
  const fee = feeLabel(program, locale, row.kind, scheduledFee(program, record, row.kind));
  const t = (key: string, params: Record<string, string | number> = {}) => mailText(program, locale, key, { ...words, fee, ...params });
  const body = [
    t('mail.greeting', { name: record.name ?? '' }),
    '',
    t(`mail.fee.${row.status}.body`, { amount: formatFee(row.amount, row.currency, locale) }),
    t('mail.fee.receipt.reference', { reference: record.reference }),
    '',
    ...(words.how ? [t('mail.contact')] : []),
    '',
    t('mail.signature'),
  ].join('\n');
  await enqueueMails(tx, program.id, record.id, [
    {
      purpose: 'applicant-fee-notice',
      recipient: record.email,
      subject: t(`mail.fee.${row.status}.subject`),
      body,
      fromName: words.program,
    },
  ]);
}
