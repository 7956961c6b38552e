// The review's mails, in English and Spanish; a program's `text` may override any line
// (mail-text.ts reads `mail.review.*` from here).
export const REVIEW_MAIL_CATALOGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: {
    'mail.review.status.subject': 'Your endorsement {kind}: {status}',
    'mail.review.kind.registration': 'registration',
    'mail.review.kind.application': 'application',
    'mail.review.status.line': 'The status of your {kind} for Endorsement® in the {category} category with {program} is now: {status}.',
    'mail.review.status.message': 'Message from the {contact}:',
    'mail.review.status.letter': 'Feedback on your application:',
    'mail.review.status.certificate': 'Your certificate is attached to this mail.',
    'mail.review.status.amend':
      'To change your application and send it again for the next review cycle, open this personal link (it works once, for 60 days):',
    'mail.review.status.lookup': 'You can check the status at any time with your reference {reference} and this email address.',
    'mail.review.invite.subject': 'Your account in the {program} endorsement workspace',
    'mail.review.invite.body':
      '{inviter} invited you to the endorsement workspace of {program} as {role}.\n\nChoose your password with this link (it works once, for {hours} hours):\n{link}\n\nThen sign in with this email address.',
    'mail.review.invite.existing':
      '{inviter} added you to the endorsement workspace of {program} as {role}.\n\nSign in with this email address and your password:\n{link}',
    'mail.review.letter.intro':
      'Thank you for your application for Endorsement® in the {category} category. Your application was read by our reviewers, who wrote these comments for you:',
    'mail.review.letter.none': 'Thank you for your application for Endorsement® in the {category} category.',
    'mail.review.role.coordinator': 'a coordinator',
    'mail.review.role.reviewer': 'a reviewer',
    'mail.review.assigned.subject': 'An application to review: {category}',
    'mail.review.assigned.body':
      'You are asked to review an application for Endorsement® in the {category} category for {program}.\n\nOpen it in the workspace to accept, decline, or declare a conflict of interest:\n{link}',
    'mail.review.amended.subject': 'Your changed endorsement application was received',
    'mail.review.amended.thanks':
      'We received the changed version of your application for Endorsement® in the {category} category on {date}: version {version}.',
    'mail.review.amended.cycle': 'It joins the review cycle of applications submitted by {submittedBy}.',
    'mail.review.amended.cycle-decided': 'It joins the review cycle of applications submitted by {submittedBy}, decided by {decidedBy}.',
    'mail.review.amended.coordinator.subject': 'Amended application to review: {category}',
    'mail.review.amended.coordinator.body':
      'An applicant changed their application for {program} and sent it again.\n\nApplicant: {name}\nCategory: {category} ({code})\nReference: {reference}\nVersion: {version}\n\nOpen the record (its Versions section shows what changed): {link}',
    'mail.review.reminder.subject': 'Reminder: an application to review: {category}',
    'mail.review.reminder.unanswered':
      'You were asked {days} days ago to review an application for Endorsement® in the {category} category for {program}, and have not answered yet.\n\nOpen it in the workspace to accept, decline, or declare a conflict of interest:\n{link}',
    'mail.review.reminder.unfinished':
      'You accepted the review of an application for Endorsement® in the {category} category for {program}, asked {days} days ago; it is not submitted yet.\n\nOpen it in the workspace to finish it:\n{link}',
  },
  es: {
    'mail.review.status.subject': 'Su {kind} de Respaldo: {status}',
    'mail.review.kind.registration': 'registro',
    'mail.review.kind.application': 'solicitud',
    'mail.review.status.line': 'El estado de su {kind} para el Respaldo® en la categoría {category} con {program} es ahora: {status}.',
    'mail.review.status.message': 'Mensaje de su {contact}:',
    'mail.review.status.letter': 'Comentarios sobre su solicitud:',
    'mail.review.status.certificate': 'Su certificado va adjunto a este correo.',
    'mail.review.status.amend':
      'Para modificar su solicitud y enviarla de nuevo para el próximo ciclo de revisión, abra este enlace personal (funciona una vez, durante 60 días):',
    'mail.review.status.lookup':
      'Puede consultar el estado en cualquier momento con su referencia {reference} y esta dirección de correo electrónico.',
    'mail.review.invite.subject': 'Su cuenta en el espacio de trabajo de Respaldo de {program}',
    'mail.review.invite.body':
      '{inviter} le invitó al espacio de trabajo de Respaldo de {program} como {role}.\n\nElija su contraseña con este enlace (funciona una vez, durante {hours} horas):\n{link}\n\nLuego inicie sesión con esta dirección de correo electrónico.',
    'mail.review.invite.existing':
      '{inviter} le agregó al espacio de trabajo de Respaldo de {program} como {role}.\n\nInicie sesión con esta dirección de correo electrónico y su contraseña:\n{link}',
    'mail.review.letter.intro':
      'Gracias por su solicitud para el Respaldo® en la categoría {category}. Nuestros revisores leyeron su solicitud y escribieron estos comentarios para usted:',
    'mail.review.letter.none': 'Gracias por su solicitud para el Respaldo® en la categoría {category}.',
    'mail.review.role.coordinator': 'coordinador/a',
    'mail.review.role.reviewer': 'revisor/a',
    'mail.review.assigned.subject': 'Una solicitud para revisar: {category}',
    'mail.review.assigned.body':
      'Se le pide revisar una solicitud para el Respaldo® en la categoría {category} de {program}.\n\nÁbrala en el espacio de trabajo para aceptar, declinar o declarar un conflicto de intereses:\n{link}',
    'mail.review.amended.subject': 'Recibimos su solicitud de Respaldo modificada',
    'mail.review.amended.thanks':
      'Recibimos la versión modificada de su solicitud para el Respaldo® en la categoría {category} el {date}: versión {version}.',
    'mail.review.amended.cycle': 'Entra en el ciclo de revisión de las solicitudes enviadas hasta el {submittedBy}.',
    'mail.review.amended.cycle-decided':
      'Entra en el ciclo de revisión de las solicitudes enviadas hasta el {submittedBy}, con decisión antes del {decidedBy}.',
    'mail.review.amended.coordinator.subject': 'Solicitud modificada para revisar: {category}',
    'mail.review.amended.coordinator.body':
      'Una persona solicitante modificó su solicitud para {program} y la envió de nuevo.\n\nSolicitante: {name}\nCategoría: {category} ({code})\nReferencia: {reference}\nVersión: {version}\n\nAbrir el registro (su sección Versiones muestra lo que cambió): {link}',
    'mail.review.reminder.subject': 'Recordatorio: una solicitud para revisar: {category}',
    'mail.review.reminder.unanswered':
      'Hace {days} días se le pidió revisar una solicitud para el Respaldo® en la categoría {category} de {program}, y aún no ha respondido.\n\nÁbrala en el espacio de trabajo para aceptar, declinar o declarar un conflicto de intereses:\n{link}',
    'mail.review.reminder.unfinished':
      'Usted aceptó revisar una solicitud para el Respaldo® en la categoría {category} de {program}, pedida hace {days} días; aún no está enviada.\n\nÁbrala en el espacio de trabajo para terminarla:\n{link}',
  },
};
