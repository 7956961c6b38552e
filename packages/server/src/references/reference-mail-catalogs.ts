// The sentences of the reference mails, EN and ES. A program's `text` overrides any key (mailText).
export const REFERENCE_MAIL_CATALOGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: {
    'mail.ref.greeting': 'Dear {name},',
    'mail.ref.request.subject': 'Reference request from {applicant}',
    'mail.ref.request.intro':
      '{applicant} is applying for the {category} Endorsement® with {program} and asks you for a reference rating. The form takes about 20 minutes; you can save it and continue later, on any device.',
    'mail.ref.waived': '{applicant} has waived the right to see your rating.',
    'mail.ref.not-waived':
      '{applicant} has not waived the right to see your rating: if they ask, they have the right to know what you write.',
    'mail.ref.note': 'A note from {applicant}:',
    'mail.ref.open': 'Open the rating form (the link works until {expires}):',
    'mail.ref.link-help':
      'If the link does not open, copy the whole line into your browser. The link is for you alone: please do not forward this mail.',
    'mail.ref.decline': 'If you cannot give this reference, open the link and choose Decline, so {applicant} can ask someone else.',
    'mail.ref.spam':
      'Did this mail land in your spam or junk folder? Mark it as not spam and add this sender to your contacts, so the reminders reach you.',
    'mail.ref.reminder.subject': 'Reminder: reference for {applicant}',
    'mail.ref.reminder.intro':
      'This is a reminder: {applicant} is waiting for your reference rating for the {category} Endorsement® with {program}.',
    'mail.ref.thanks.subject': 'Thank you for your reference for {applicant}',
    'mail.ref.thanks.body': 'Thank you: {program} received your reference rating for {applicant} on {date}. There is nothing more to do.',
    'mail.ref.withdrawn.subject': 'Reference request withdrawn: {applicant}',
    'mail.ref.withdrawn.body':
      '{applicant} has withdrawn the request for a reference rating. The link in our earlier mails no longer works, and there is nothing more to do.',
    'mail.ref.sent.subject': 'Your reference request to {rater} was sent',
    'mail.ref.sent.body':
      'We emailed {rater} ({email}) a link to the rating form. Ask them to look in their spam folder if it does not arrive. You will hear from us when they submit or decline.',
    'mail.ref.submitted.subject': '{rater} submitted a reference rating',
    'mail.ref.submitted.body': '{rater} submitted their reference rating for your application. You will not see its content.',
    'mail.ref.declined.subject': '{rater} declined your reference request',
    'mail.ref.declined.body':
      '{rater} declined to give a reference. You can ask someone else from the References step of your application.',
    'mail.ref.declined.note': 'Their note:',
    'mail.ref.no-answer.subject': 'No answer yet from {rater}',
    'mail.ref.no-answer.body':
      '{rater} has not answered your reference request after {count} reminders. Ask them whether the mail arrived, check the address ({email}), or ask someone else from the References step of your application.',
    'mail.ref.refused.subject': 'Your reference request to {rater} could not be delivered',
    'mail.ref.refused.body':
      'The mail server of {email} refused our request to {rater}. Check the address, or ask for a personal address, and correct it in the References step of your application.',
    'mail.ref.released.subject': 'You may ask for the reference rating from {rater}',
    'mail.ref.released.body':
      'Your coordinator has released the reference rating {rater} submitted, as you kept your right to see it. Reply to your coordinator to ask for a copy: they send it to you themselves.',
    'mail.ref.digest.subject': 'Reference ratings today: {count}',
    'mail.ref.digest.intro': 'Reference ratings for {program} since the last digest:',
    'mail.ref.digest.submitted': 'Submitted: {rater} for {applicant} ({category}) — {verdict}',
    'mail.ref.digest.counted': 'counts',
    'mail.ref.digest.not-counted': 'does NOT count',
    'mail.ref.digest.flags': 'flags: {flags}',
    'mail.ref.digest.no-answer': 'No answer after the last reminder: {rater} for {applicant} ({category})',
    'mail.ref.digest.declined': 'Declined: {rater} for {applicant} ({category})',
    'mail.ref.digest.link': 'Open the workspace: {link}',
  },
  es: {
    'mail.ref.greeting': 'Estimado/a {name}:',
    'mail.ref.request.subject': 'Solicitud de referencia de {applicant}',
    'mail.ref.request.intro':
      '{applicant} solicita el Respaldo® {category} con {program} y le pide una calificación de referencia. El formulario toma unos 20 minutos; puede guardarlo y continuar después, en cualquier dispositivo.',
    'mail.ref.waived': '{applicant} renunció al derecho de ver su calificación.',
    'mail.ref.not-waived':
      '{applicant} no renunció al derecho de ver su calificación: si lo pide, tiene derecho a conocer lo que usted escriba.',
    'mail.ref.note': 'Una nota de {applicant}:',
    'mail.ref.open': 'Abra el formulario de calificación (el enlace funciona hasta el {expires}):',
    'mail.ref.link-help':
      'Si el enlace no se abre, copie la línea completa en su navegador. El enlace es solo para usted: no reenvíe este correo.',
    'mail.ref.decline':
      'Si no puede dar esta referencia, abra el enlace y elija Rechazar, para que {applicant} pueda pedírsela a otra persona.',
    'mail.ref.spam':
      '¿Este correo llegó a su carpeta de spam o correo no deseado? Márquelo como deseado y agregue este remitente a sus contactos, para que le lleguen los recordatorios.',
    'mail.ref.reminder.subject': 'Recordatorio: referencia para {applicant}',
    'mail.ref.reminder.intro':
      'Le recordamos que {applicant} espera su calificación de referencia para el Respaldo® {category} con {program}.',
    'mail.ref.thanks.subject': 'Gracias por su referencia para {applicant}',
    'mail.ref.thanks.body':
      'Gracias: {program} recibió su calificación de referencia para {applicant} el {date}. No tiene que hacer nada más.',
    'mail.ref.withdrawn.subject': 'Solicitud de referencia retirada: {applicant}',
    'mail.ref.withdrawn.body':
      '{applicant} retiró la solicitud de calificación de referencia. El enlace de nuestros correos anteriores ya no funciona y no tiene que hacer nada más.',
    'mail.ref.sent.subject': 'Enviamos su solicitud de referencia a {rater}',
    'mail.ref.sent.body':
      'Enviamos a {rater} ({email}) un enlace al formulario de calificación. Si no le llega, pídale que revise su carpeta de spam. Le avisaremos cuando lo envíe o lo rechace.',
    'mail.ref.submitted.subject': '{rater} envió una calificación de referencia',
    'mail.ref.submitted.body': '{rater} envió su calificación de referencia para su solicitud. Usted no verá su contenido.',
    'mail.ref.declined.subject': '{rater} rechazó su solicitud de referencia',
    'mail.ref.declined.body': '{rater} no puede dar la referencia. Puede pedírsela a otra persona en el paso Referencias de su solicitud.',
    'mail.ref.declined.note': 'Su nota:',
    'mail.ref.no-answer.subject': 'Aún sin respuesta de {rater}',
    'mail.ref.no-answer.body':
      '{rater} no respondió a su solicitud de referencia después de {count} recordatorios. Pregúntele si le llegó el correo, revise la dirección ({email}) o pídasela a otra persona en el paso Referencias de su solicitud.',
    'mail.ref.refused.subject': 'No se pudo entregar su solicitud de referencia a {rater}',
    'mail.ref.refused.body':
      'El servidor de correo de {email} rechazó nuestra solicitud a {rater}. Revise la dirección, o pida una dirección personal, y corríjala en el paso Referencias de su solicitud.',
    'mail.ref.released.subject': 'Puede pedir la calificación de referencia de {rater}',
    'mail.ref.released.body':
      'Su coordinación liberó la calificación de referencia que envió {rater}, ya que usted conservó su derecho a verla. Responda a su coordinación para pedir una copia: se la envían ellos mismos.',
    'mail.ref.digest.subject': 'Calificaciones de referencia hoy: {count}',
    'mail.ref.digest.intro': 'Calificaciones de referencia de {program} desde el último resumen:',
    'mail.ref.digest.submitted': 'Enviada: {rater} para {applicant} ({category}) — {verdict}',
    'mail.ref.digest.counted': 'cuenta',
    'mail.ref.digest.not-counted': 'NO cuenta',
    'mail.ref.digest.flags': 'señales: {flags}',
    'mail.ref.digest.no-answer': 'Sin respuesta tras el último recordatorio: {rater} para {applicant} ({category})',
    'mail.ref.digest.declined': 'Rechazada: {rater} para {applicant} ({category})',
    'mail.ref.digest.link': 'Abrir el espacio de trabajo: {link}',
  },
};
