import { formatFee, renewalReference, type Program } from '@endorsement-kit/sdk';
import type { Sql } from '../db/database.js';
import type { CategoryRow, EndorseeRow } from '../endorsees/endorsee-rows.js';
import { enqueueMails } from '../mail/mail-queue.js';
import { mailText, programWords } from '../mail/mail-text.js';
import { feeLabel } from './record-fees.js';
import type { RenewalFeeRow } from './renewal-fee-rows.js';
import { scheduledRenewalFees } from './renewal-fees.js';

/**
 * Queues the endorsee's receipt for a paid renewal fee, or the notice that it was waived or
 * invoiced to their employer, in their language, inside the caller's transaction (written once with
 * the change, or not at all). The coordinator's note stays in the workspace. The applicant's fee
 * mails' sentences (`mail.fee.*`), with the renewal's reference.
 */
export async function queueRenewalFeeMail(
  tx: Sql,
  program: Program,
  person: EndorseeRow,
  category: CategoryRow,
  row: RenewalFeeRow,
  at: Date,
): Promise<void> {
  if (row.status !== 'paid' && row.status !== 'waived' && row.status !== 'invoiced') return;
  const locale = program.locales.includes(person.language) ? person.language : program.defaultLocale;
  const words = programWords(program, locale, category.category);
  const scheduled = scheduledRenewalFees(program, category, at.toISOString().slice(0, 10), null).find((f) => f.kind === row.kind);
  const fee = feeLabel(program, locale, row.kind, scheduled);
  const t = (key: string, params: Record<string, string> = {}) => mailText(program, locale, key, { ...words, fee, ...params });
  const amount = formatFee(row.amount, row.currency, locale);
  const paid = row.status === 'paid';
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(at);
  const body = [
    t('mail.greeting', { name: person.display_name ?? person.full_name }),
    '',
    paid ? t('mail.fee.receipt.body', { amount, date }) : t(`mail.fee.${row.status}.body`, { amount }),
    ...(paid
      ? [
          row.method === 'stripe' && row.payment_intent
            ? t('mail.fee.receipt.method.stripe', { payment: row.payment_intent })
            : t('mail.fee.receipt.method.coordinator'),
        ]
      : []),
    t('mail.fee.receipt.reference', { reference: renewalReference(category.id, category.due_on) }),
    ...(paid && !scheduled?.refundable ? [t('mail.fee.receipt.refund')] : []),
    '',
    ...(words.how ? [t('mail.contact')] : []),
    '',
    t('mail.signature'),
  ].join('\n');
  await enqueueMails(tx, program.id, null, [
    {
      purpose: paid ? 'renewal-fee-receipt' : 'renewal-fee-notice',
      recipient: person.email,
      subject: t(paid ? 'mail.fee.receipt.subject' : `mail.fee.${row.status}.subject`),
      body,
      fromName: words.program,
    },
  ]);
}
