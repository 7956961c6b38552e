// The sentences of reinstatement and of the endorsee's own requests (inactive status), EN and ES.
// A program's `text` overrides any key; renewalMail reads them after RENEWAL_MAIL_CATALOGS.
export const REINSTATEMENT_MAIL_CATALOGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: {
    'mail.renewal.reinstate.open':
      'To start your reinstatement, open this page and press "Start my reinstatement" (the link is for you alone and works for {days} days):',
    'mail.renewal.reinstatement-started.subject': 'Your reinstatement of the {category} Endorsement® has started',
    'mail.renewal.reinstatement-started.body':
      'Your reinstatement of the {category} Endorsement® with {program} started on {started}. It is a new application, reviewed as usual:',
    'mail.renewal.reinstatement-started.steps':
      '1. Register again on the endorsement application form of {program}, with this email address ({email}) and the {category} category.\n2. Enter the education, work, training and reflective supervision you have had since.\n3. From the References step, ask for {ratings} new reference ratings: ratings given before {started} do not count.\n4. Pay the reinstatement fee ({fee}) and keep a current membership.\n5. Send the application once the {ratings} new ratings count. An exam you passed is not taken again.',
    'mail.renewal.reinstatement-started.questions': 'Questions: contact the {contact}: {how}',
    'mail.renewal.reinstated.subject': 'Your {category} Endorsement® is reinstated',
    'mail.renewal.reinstated.body':
      'Your {category} Endorsement® with {program} is reinstated and back on the registry. Your next renewal is due by {due}.',
    'mail.renewal.reinstate-page.title': 'Reinstate your {category} Endorsement®',
    'mail.renewal.reinstate-page.intro':
      '{name}, your {category} Endorsement® with {program} left the registry on {lapsed}. To be reinstated, you make a new application, reviewed as usual.',
    'mail.renewal.reinstate-page.rules': 'It needs {ratings} new reference ratings; the reinstatement fee is {fee}.',
    'mail.renewal.reinstate-page.until': 'A reinstatement may start until {until}.',
    'mail.renewal.reinstate-page.button': 'Start my reinstatement',
    'mail.renewal.reinstate-page.started': 'Your reinstatement started on {started}. We mailed you what to do next.',
    'mail.renewal.reinstate-page.closed': 'This reinstatement cannot start from this link. Please contact the {contact}: {how}',
    'mail.renewal.inactive-requested.subject': 'We received your request for inactive status: {category} Endorsement®',
    'mail.renewal.inactive-requested.body':
      'You asked for inactive status for your {category} Endorsement® with {program}. The {contact} will confirm it by mail. Inactive status lasts up to {months} months; the fee to return is {fee}.',
  },
  es: {
    'mail.renewal.reinstate.open':
      'Para iniciar su restablecimiento, abra esta página y pulse "Iniciar mi restablecimiento" (el enlace es solo para usted y funciona {days} días):',
    'mail.renewal.reinstatement-started.subject': 'Su restablecimiento del Respaldo® {category} ha comenzado',
    'mail.renewal.reinstatement-started.body':
      'Su restablecimiento del Respaldo® {category} con {program} comenzó el {started}. Es una nueva solicitud, revisada como de costumbre:',
    'mail.renewal.reinstatement-started.steps':
      '1. Regístrese de nuevo en el formulario de solicitud de respaldo de {program}, con este correo electrónico ({email}) y la categoría {category}.\n2. Ingrese la educación, el trabajo, la capacitación y la supervisión reflexiva que ha tenido desde entonces.\n3. Desde el paso Referencias, pida {ratings} nuevas calificaciones de referencia: las calificaciones dadas antes del {started} no cuentan.\n4. Pague la cuota de restablecimiento ({fee}) y mantenga una membresía vigente.\n5. Envíe la solicitud cuando cuenten las {ratings} nuevas calificaciones. Un examen aprobado no se repite.',
    'mail.renewal.reinstatement-started.questions': 'Preguntas: comuníquese con su {contact}: {how}',
    'mail.renewal.reinstated.subject': 'Su Respaldo® {category} está restablecido',
    'mail.renewal.reinstated.body':
      'Su Respaldo® {category} con {program} está restablecido y de vuelta en el registro. Su próxima renovación vence el {due}.',
    'mail.renewal.reinstate-page.title': 'Restablezca su Respaldo® {category}',
    'mail.renewal.reinstate-page.intro':
      '{name}, su Respaldo® {category} con {program} salió del registro el {lapsed}. Para ser restablecido/a, presenta una nueva solicitud, revisada como de costumbre.',
    'mail.renewal.reinstate-page.rules': 'Necesita {ratings} nuevas calificaciones de referencia; la cuota de restablecimiento es {fee}.',
    'mail.renewal.reinstate-page.until': 'Un restablecimiento puede comenzar hasta el {until}.',
    'mail.renewal.reinstate-page.button': 'Iniciar mi restablecimiento',
    'mail.renewal.reinstate-page.started': 'Su restablecimiento comenzó el {started}. Le enviamos por correo los pasos a seguir.',
    'mail.renewal.reinstate-page.closed': 'Este restablecimiento no puede comenzar desde este enlace. Comuníquese con su {contact}: {how}',
    'mail.renewal.inactive-requested.subject': 'Recibimos su solicitud de estado inactivo: Respaldo® {category}',
    'mail.renewal.inactive-requested.body':
      'Pidió el estado inactivo para su Respaldo® {category} con {program}. Su {contact} lo confirmará por correo. El estado inactivo dura hasta {months} meses; la cuota para volver es {fee}.',
  },
};
