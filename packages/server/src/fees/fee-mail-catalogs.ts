// The fee mails' sentences, EN and ES. A program's `text` overrides any key (mailText).
export const FEE_MAIL_CATALOGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: {
    'mail.fee.receipt.subject': 'Receipt: {fee} paid',
    'mail.fee.receipt.body': '{program} received your payment of {amount} for the {fee} ({category}) on {date}.',
    'mail.fee.receipt.method.stripe': 'Paid by card through Stripe; payment {payment}.',
    'mail.fee.receipt.method.coordinator': 'Recorded by the {contact}.',
    'mail.fee.receipt.reference': 'Your reference: {reference}',
    'mail.fee.receipt.refund': 'This fee is not refunded.',
    'mail.fee.waived.subject': '{fee}: nothing to pay',
    'mail.fee.waived.body': '{program} waived your {fee} of {amount} ({category}): you have nothing to pay for it.',
    'mail.fee.invoiced.subject': '{fee}: invoiced to your employer',
    'mail.fee.invoiced.body':
      '{program} will invoice your employer for your {fee} of {amount} ({category}): you have nothing to pay for it yourself.',
    'mail.fee.due-now': 'Due now: the {fee} of {amount}.',
    'mail.fee.how.link': 'Pay it on this page, which carries your reference {reference}: {link}',
    'mail.fee.how.stripe':
      'Pay it by card with the button on the page where you registered; if you cannot, your {contact} will tell you how to pay.',
    'mail.fee.how.coordinator': 'Your {contact} will tell you how to pay it (card, cheque, or an invoice to your employer).',
  },
  es: {
    'mail.fee.receipt.subject': 'Recibo: {fee} pagada',
    'mail.fee.receipt.body': '{program} recibió su pago de {amount} por la {fee} ({category}) el {date}.',
    'mail.fee.receipt.method.stripe': 'Pagada con tarjeta a través de Stripe; pago {payment}.',
    'mail.fee.receipt.method.coordinator': 'Registrada por su {contact}.',
    'mail.fee.receipt.reference': 'Su referencia: {reference}',
    'mail.fee.receipt.refund': 'Esta cuota no se reembolsa.',
    'mail.fee.waived.subject': '{fee}: nada que pagar',
    'mail.fee.waived.body': '{program} le exoneró la {fee} de {amount} ({category}): no tiene nada que pagar por ella.',
    'mail.fee.invoiced.subject': '{fee}: facturada a su empleador',
    'mail.fee.invoiced.body':
      '{program} facturará a su empleador la {fee} de {amount} ({category}): usted no tiene nada que pagar por ella.',
    'mail.fee.due-now': 'A pagar ahora: la {fee} de {amount}.',
    'mail.fee.how.link': 'Páguela en esta página, que lleva su referencia {reference}: {link}',
    'mail.fee.how.stripe':
      'Páguela con tarjeta con el botón de la página donde se registró; si no puede, su {contact} le indicará cómo pagar.',
    'mail.fee.how.coordinator': 'Su {contact} le indicará cómo pagarla (tarjeta, cheque o una factura a su empleador).',
  },
};
