// The fee mails' sentences, EN and ES. A program's `text` overrides any key (mailText).
export const FEE_MAIL_CATALOGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: {
    'mail.fee.receipt.subject': 'Receipt: {fee} paid',
    'mail.fee.receipt.body': '{program} received your payment of {amount} for the {fee} ({category}) on {date}.',
    'mail.fee.receipt.method.stripe': 'Paid by card through Stripe; payment {payment}.',
    'mail.fee.receipt.method.coordinator': 'Recorded by the {contact}.',
    'mail.fee.receipt.reference': 'Your reference: {reference}',
    'mail.fee.receipt.refund': 'This fee is not refunded.',
  },
  es: {
    'mail.fee.receipt.subject': 'Recibo: {fee} pagada',
    'mail.fee.receipt.body': '{program} recibió su pago de {amount} por la {fee} ({category}) el {date}.',
    'mail.fee.receipt.method.stripe': 'Pagada con tarjeta a través de Stripe; pago {payment}.',
    'mail.fee.receipt.method.coordinator': 'Registrada por su {contact}.',
    'mail.fee.receipt.reference': 'Su referencia: {reference}',
    'mail.fee.receipt.refund': 'Esta cuota no se reembolsa.',
  },
};
