// The renewal page's words on paying its fees, EN and ES, beside the SDK's `fees.*` (names, states, buttons).
export const RENEWAL_FEE_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: {
    'fees.heading': 'Your renewal fees',
    'fees.pay-later': 'You may submit your renewal before paying; your coordinator sees what is paid.',
    'fees.pay-first': 'Your renewal can be submitted once its fee is paid.',
    'fees.due-first': 'Pay the renewal fee first: your renewal can be submitted once it is paid.',
  },
  es: {
    'fees.heading': 'Las cuotas de su renovación',
    'fees.pay-later': 'Puede enviar su renovación antes de pagar; su coordinador/a ve lo que está pagado.',
    'fees.pay-first': 'Su renovación se puede enviar una vez pagada su cuota.',
    'fees.due-first': 'Pague primero la cuota de renovación: su renovación se puede enviar una vez pagada.',
  },
};
