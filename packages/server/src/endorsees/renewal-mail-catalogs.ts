// The sentences of the renewal calendar's mails, EN and ES. A program's `text` overrides any key.
export const RENEWAL_MAIL_CATALOGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: {
    'mail.renewal.greeting': 'Dear {name},',
    'mail.renewal.window.subject': 'Renew your {category} Endorsement® by {due}',
    'mail.renewal.window.body': 'The renewal of your {category} Endorsement® with {program} is open. It is due by {due}.',
    'mail.renewal.needs': 'This renewal asks for:',
    'mail.renewal.fee': 'The renewal fee is {fee}.',
    'mail.renewal.late-rule':
      'After {due}, a late fee of {lateFee} applies until {lateUntil}; after that, the endorsement leaves the registry.',
    'mail.renewal.removal-rule': 'If it is not renewed by {due}, the endorsement leaves the registry on {removal}.',
    'mail.renewal.how': 'To renew, contact the {contact}: {how}',
    'mail.renewal.open': 'Open your renewal form (the link is for you alone: please do not forward this mail):',
    'mail.renewal.link-help': 'If the link does not open, copy the whole line into your browser.',
    'mail.renewal.submitted.subject': 'Your {category} Endorsement® renewal was received',
    'mail.renewal.submitted.body':
      'Thank you: {program} received your renewal of the {category} Endorsement®. The {contact} will review it and write to you.',
    'mail.renewal.more-information.subject': 'Your {category} Endorsement® renewal needs more information',
    'mail.renewal.more-information.body':
      'The {contact} of {program} looked at your renewal of the {category} Endorsement® and asks for more information:',
    'mail.renewal.reminder.subject': 'Reminder: your {category} Endorsement® renewal is due in {days} days',
    'mail.renewal.reminder.subject.one': 'Reminder: your {category} Endorsement® renewal is due tomorrow',
    'mail.renewal.reminder.body':
      'Your renewal of the {category} Endorsement® with {program} is due by {due} and we have not received it yet.',
    'mail.renewal.late.subject': 'Your {category} Endorsement® renewal is late',
    'mail.renewal.late.body':
      'Your renewal of the {category} Endorsement® with {program} was due by {due}. You may still renew until {lateUntil}, with a late fee of {lateFee} (in all {total}).',
    'mail.renewal.removal.subject': 'Your {category} Endorsement® has left the registry',
    'mail.renewal.removal.body':
      'Your {category} Endorsement® with {program} was not renewed by {deadline}, so it has been removed from the registry of endorsees.',
    'mail.renewal.reinstate': 'To be reinstated:',
    'mail.renewal.reinstate.steps':
      '1. Contact the {contact} and register again.\n2. Enter the education, work, training and reflective supervision you have had since.\n3. Ask for 3 new reference ratings.\n4. Pay the reinstatement fee ({fee}).\n5. Keep a current membership.\nAn exam you passed is not taken again.',
    'mail.renewal.renewed.subject': 'Your {category} Endorsement® is renewed',
    'mail.renewal.renewed.body': 'Thank you: your {category} Endorsement® with {program} is renewed. Your next renewal is due by {due}.',
    'mail.renewal.inactive.subject': 'Your {category} Endorsement® is on inactive status',
    'mail.renewal.inactive.body':
      'As you asked, your {category} Endorsement® with {program} is on inactive status until {until}: it is not on the registry and no renewal is due. To return before then, contact the {contact} (fee: {fee}).',
    'mail.renewal.inactive-end.subject': 'Your inactive status has ended: {category} Endorsement®',
    'mail.renewal.inactive-end.body':
      'Your inactive status for the {category} Endorsement® with {program} ended on {until} without a return to active status, so the endorsement has lapsed.',
  },
  es: {
    'mail.renewal.greeting': 'Estimado/a {name}:',
    'mail.renewal.window.subject': 'Renueve su Respaldo® {category} antes del {due}',
    'mail.renewal.window.body': 'La renovación de su Respaldo® {category} con {program} está abierta. Vence el {due}.',
    'mail.renewal.needs': 'Esta renovación pide:',
    'mail.renewal.fee': 'La cuota de renovación es {fee}.',
    'mail.renewal.late-rule':
      'Después del {due}, se aplica un recargo de {lateFee} hasta el {lateUntil}; después, el respaldo sale del registro.',
    'mail.renewal.removal-rule': 'Si no se renueva antes del {due}, el respaldo sale del registro el {removal}.',
    'mail.renewal.how': 'Para renovar, comuníquese con su {contact}: {how}',
    'mail.renewal.open': 'Abra su formulario de renovación (el enlace es solo para usted: no reenvíe este correo):',
    'mail.renewal.link-help': 'Si el enlace no se abre, copie la línea completa en su navegador.',
    'mail.renewal.submitted.subject': 'Recibimos la renovación de su Respaldo® {category}',
    'mail.renewal.submitted.body':
      'Gracias: {program} recibió la renovación de su Respaldo® {category}. Su {contact} la revisará y le escribirá.',
    'mail.renewal.more-information.subject': 'La renovación de su Respaldo® {category} necesita más información',
    'mail.renewal.more-information.body':
      'Su {contact} de {program} revisó la renovación de su Respaldo® {category} y pide más información:',
    'mail.renewal.reminder.subject': 'Recordatorio: la renovación de su Respaldo® {category} vence en {days} días',
    'mail.renewal.reminder.subject.one': 'Recordatorio: la renovación de su Respaldo® {category} vence mañana',
    'mail.renewal.reminder.body': 'La renovación de su Respaldo® {category} con {program} vence el {due} y aún no la hemos recibido.',
    'mail.renewal.late.subject': 'La renovación de su Respaldo® {category} está atrasada',
    'mail.renewal.late.body':
      'La renovación de su Respaldo® {category} con {program} vencía el {due}. Aún puede renovar hasta el {lateUntil}, con un recargo de {lateFee} (en total {total}).',
    'mail.renewal.removal.subject': 'Su Respaldo® {category} salió del registro',
    'mail.renewal.removal.body':
      'Su Respaldo® {category} con {program} no se renovó antes del {deadline}, por lo que se retiró del registro de personas respaldadas.',
    'mail.renewal.reinstate': 'Para ser restablecido/a:',
    'mail.renewal.reinstate.steps':
      '1. Comuníquese con su {contact} y regístrese de nuevo.\n2. Ingrese la educación, el trabajo, la capacitación y la supervisión reflexiva que ha tenido desde entonces.\n3. Pida 3 nuevas calificaciones de referencia.\n4. Pague la cuota de restablecimiento ({fee}).\n5. Mantenga una membresía vigente.\nUn examen aprobado no se repite.',
    'mail.renewal.renewed.subject': 'Su Respaldo® {category} está renovado',
    'mail.renewal.renewed.body': 'Gracias: su Respaldo® {category} con {program} está renovado. Su próxima renovación vence el {due}.',
    'mail.renewal.inactive.subject': 'Su Respaldo® {category} está en estado inactivo',
    'mail.renewal.inactive.body':
      'Como lo pidió, su Respaldo® {category} con {program} está en estado inactivo hasta el {until}: no aparece en el registro y no se debe renovar. Para volver antes, comuníquese con su {contact} (cuota: {fee}).',
    'mail.renewal.inactive-end.subject': 'Terminó su estado inactivo: Respaldo® {category}',
    'mail.renewal.inactive-end.body':
      'Su estado inactivo del Respaldo® {category} con {program} terminó el {until} sin volver al estado activo, por lo que el respaldo caducó.',
  },
};
