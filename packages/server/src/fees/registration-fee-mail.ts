import { feesDue, formatFee, isCode, paymentLink, type Program } from '@endorsement-kit/sdk';
import { mailText, programWords } from '../mail/mail-text.js';
import { feeLabel } from './record-fees.js';

/**
 * The registration mail's lines on the registration fee due now (docs/fees.md): its amount in
 * force the day the registration came in and how to pay it, the payment page with the record's
 * reference, the card payment of the page they registered on (Stripe), or the coordinator's word.
 * No line when the schedule charges the category no registration fee.
 */
export function registrationFeeLines(program: Program, locale: string, category: string, reference: string, receivedAt: string): string[] {
  if (!isCode(category) || !program.categories[category]) return [];
  const [fee] = feesDue(program, { kind: 'registration', category, on: receivedAt.slice(0, 10) });
  if (!fee) return [];
  const words = programWords(program, locale, category);
  const t = (key: string, params: Record<string, string> = {}) =>
    mailText(program, locale, key, { ...words, fee: feeLabel(program, locale, fee.kind, fee), ...params });
  const how =
    fee.payment === 'link' && fee.paymentUrl
      ? t('mail.fee.how.link', { link: paymentLink(fee.paymentUrl, reference), reference })
      : fee.payment === 'stripe'
        ? t('mail.fee.how.stripe')
        : t('mail.fee.how.coordinator');
  return [t('mail.fee.due-now', { amount: formatFee(fee.amount, fee.currency, locale) }), how];
}
