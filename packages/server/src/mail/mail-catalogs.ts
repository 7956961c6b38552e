// The mails' own sentences. Lines an applicant also sees in the element come from the SDK's
// catalogs through `translate`, so a program's `text` overrides reach the mails too.
export const MAIL_CATALOGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: {
    'mail.coordinator.subject': 'New endorsement registration: {category}',
    'mail.coordinator.body':
      'A new registration arrived for {program}.\n\nApplicant: {name}\nCategory: {category} ({code})\nReference: {id}\n\nOpen the record: {link}',
    'mail.registered.subject': 'Your endorsement registration was received',
    'mail.application.subject': 'Your endorsement application was received',
    'mail.greeting': 'Dear {name},',
    'mail.registered.thanks': 'Thank you for registering for Endorsement® in the {category} category with {program}.',
    'mail.application.thanks':
      'Thank you: {program} received your professional application for Endorsement® in the {category} category on {date}.',
    'mail.reference': 'Your reference: {id}',
    'mail.fees': 'Fees: {fees}',
    'mail.contact': 'Questions? Contact the {contact}: {how}',
    'mail.signature': '{program}',
  },
  es: {
    'mail.coordinator.subject': 'Nuevo registro de Respaldo: {category}',
    'mail.coordinator.body':
      'Llegó un nuevo registro para {program}.\n\nSolicitante: {name}\nCategoría: {category} ({code})\nReferencia: {id}\n\nAbrir el registro: {link}',
    'mail.registered.subject': 'Recibimos su registro de Respaldo',
    'mail.application.subject': 'Recibimos su solicitud de Respaldo',
    'mail.greeting': 'Estimado/a {name}:',
    'mail.registered.thanks': 'Gracias por registrarse para el Respaldo® en la categoría {category} con {program}.',
    'mail.application.thanks':
      'Gracias: {program} recibió su solicitud profesional para el Respaldo® en la categoría {category} el {date}.',
    'mail.reference': 'Su referencia: {id}',
    'mail.fees': 'Cuotas: {fees}',
    'mail.contact': '¿Preguntas? Comuníquese con su {contact}: {how}',
    'mail.signature': '{program}',
  },
};
