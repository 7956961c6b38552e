/** Mensajes: pasos, campos y opciones de los formularios. Las mismas claves que en inglés. */
export const formEs: Readonly<Record<string, string>> = {
  // Pasos
  'form.step.applicant.title': 'Sus datos',
  'form.step.applicant.intro': 'Usamos estos datos para comunicarnos con usted sobre su respaldo.',
  'form.step.category.title': 'Respaldo y categoría',
  'form.step.category.intro':
    'Elija el respaldo según las edades con las que trabaja y luego la categoría que mejor describe su trabajo. Su Coordinador/a de Respaldo puede ayudarle a elegir.',
  'form.step.overview.title': 'Su trabajo y su formación',
  'form.step.overview.intro': 'Por ahora basta con un breve resumen. Dará los detalles en la solicitud.',
  'form.step.education.title': 'Formación académica',
  'form.step.education.intro':
    'Agregue cada título o credencial que tenga. Pida a su universidad o instituto que envíe a la asociación el expediente académico oficial de cada título.',
  'form.step.education.item': 'Título o credencial {number}',
  'form.step.education.add': 'Agregar un título o credencial',
  'form.step.work.title': 'Experiencia laboral',
  'form.step.work.intro': 'Agregue el trabajo remunerado y voluntario que ha realizado con bebés, niños pequeños y sus familias.',
  'form.step.work.item': 'Empleo {number}',
  'form.step.work.add': 'Agregar un empleo',
  'form.step.training.title': 'Capacitación especializada',
  'form.step.training.intro':
    'Agregue las capacitaciones en servicio sobre salud mental infantil y de la primera infancia, con sus horas reloj.',
  'form.step.training.item': 'Capacitación {number}',
  'form.step.training.add': 'Agregar una capacitación',
  'form.step.rsc-received.title': 'Supervisión/consulta reflexiva recibida',
  'form.step.rsc-received.intro':
    'Agregue la supervisión/consulta reflexiva (RSC) que ha recibido. Solo cuenta la RSC de un/a proveedor/a con respaldo, no la consulta entre pares.',
  'form.step.rsc-received.item': 'RSC {number}',
  'form.step.rsc-received.add': 'Agregar RSC recibida',
  'form.step.rsc-provided.title': 'Supervisión/consulta reflexiva brindada',
  'form.step.rsc-provided.intro': 'Agregue la supervisión/consulta reflexiva que ha brindado a otras personas.',
  'form.step.rsc-provided.item': 'RSC brindada {number}',
  'form.step.rsc-provided.add': 'Agregar RSC brindada',
  'form.step.leadership.title': 'Liderazgo',
  'form.step.leadership.intro':
    'Agregue actividades de liderazgo, como dirigir un programa, trabajar en políticas públicas, enseñar o investigar.',
  'form.step.leadership.item': 'Actividad {number}',
  'form.step.leadership.add': 'Agregar una actividad',
  'form.step.references.title': 'Referencias',
  'form.step.references.intro':
    'Cada persona de referencia recibe un correo con un enlace a un formulario de evaluación. Pídales una dirección de correo personal: los servidores de correo de los empleadores suelen bloquear estos mensajes.',
  'form.step.references.item': 'Referencia {number}',
  'form.step.references.add': 'Agregar una referencia',
  'form.step.questions.title': 'Preguntas adicionales',
  'form.step.questions.intro': 'Su asociación hace estas preguntas a todas las personas solicitantes.',
  'form.step.attestations.title': 'Código de Ética y Acuerdo de Respaldo',
  'form.step.attestations.intro': 'Lea el Código de Ética y el Acuerdo de Respaldo y firme cada uno con su nombre completo.',
  'form.step.attestations.intro.provided':
    'Su asociación le proporciona el Código de Ética y el Acuerdo de Respaldo (hay un enlace abajo si los publica aquí). Si no los tiene, pídaselos a su asociación antes de firmar. Firme cada uno con su nombre completo después de leerlo.',

  // Sus datos
  'form.field.applicant.givenName.label': 'Nombre',
  'form.field.applicant.familyName.label': 'Apellidos',
  'form.field.applicant.email.label': 'Correo electrónico',
  'form.field.applicant.email.hint':
    'Use una dirección personal: los servidores de correo de los empleadores suelen bloquear los mensajes sobre su solicitud.',
  'form.field.applicant.phone.label': 'Teléfono (opcional)',
  'form.field.applicant.address.line1.label': 'Dirección, línea 1 (opcional)',
  'form.field.applicant.address.line1.hint': 'La dirección es opcional. Si la indica, complete todas las líneas excepto la línea 2.',
  'form.field.applicant.address.line2.label': 'Dirección, línea 2 (opcional)',
  'form.field.applicant.address.city.label': 'Ciudad o localidad',
  'form.field.applicant.address.region.label': 'Estado, provincia o región',
  'form.field.applicant.address.postalCode.label': 'Código postal',
  'form.field.applicant.address.country.label': 'País',
  'form.field.applicant.employer.label': 'Empleador (opcional)',
  'form.field.applicant.jobTitle.label': 'Puesto (opcional)',
  'form.field.membership.association.label': 'Asociación de la que es miembro',
  'form.field.membership.association.hint':
    'Su Coordinador/a de Respaldo comprueba su membresía individual en una asociación de salud mental infantil.',
  'form.field.membership.memberId.label': 'Número de miembro (opcional)',

  // Respaldo y categoría
  'form.field.endorsement.label': 'Respaldo',
  'form.field.endorsement.hint': 'Elija según las edades de los niños con quienes trabaja.',
  'form.field.category.label': 'Categoría',
  'form.field.category.hint': 'Si no está seguro/a, elija la categoría que mejor describe su trabajo; el/la coordinador/a la confirmará.',

  // Resumen
  'form.field.overview.specializedWork.label': 'Su trabajo especializado',
  'form.field.overview.specializedWork.hint':
    'Dónde trabaja con bebés, niños pequeños y familias, en qué función y desde hace cuánto tiempo.',
  'form.field.overview.education.label': 'Su formación académica',
  'form.field.overview.education.hint': 'Títulos o credenciales, con el año en que terminó cada uno.',
  'form.field.overview.rsc.label': 'Supervisión/consulta reflexiva (opcional)',
  'form.field.overview.rsc.hint': 'Quién le brinda RSC y desde cuándo, si la recibe.',

  // Formación académica
  'form.field.education.level.label': 'Nivel',
  'form.field.education.field.label': 'Área de estudio',
  'form.field.education.institution.label': 'Universidad, instituto u organismo que otorga la credencial',
  'form.field.education.completedOn.label': 'Fecha de finalización',
  'form.field.education.transcript.label': 'Expediente académico oficial',
  'form.field.education.transcript.hint': 'Los títulos necesitan un expediente al menos solicitado; la credencial CDA no.',

  // Experiencia laboral
  'form.field.work.employer.label': 'Empleador',
  'form.field.work.role.label': 'Función o puesto',
  'form.field.work.start.label': 'Fecha de inicio',
  'form.field.work.end.label': 'Fecha de fin',
  'form.field.work.end.hint': 'Déjela vacía si todavía trabaja aquí.',
  'form.field.work.paid.label': '¿Fue un trabajo remunerado?',
  'form.field.work.ageBand.label': 'Edades de los niños con quienes trabajó',
  'form.field.work.familiesServed.label': 'Número de familias atendidas (opcional)',
  'form.field.work.familiesServed.hint': 'El total de familias que atendió en este empleo.',
  'form.field.work.services.label': 'Servicios que prestó',
  'form.field.work.description.label': 'Qué hacía',
  'form.field.work.description.hint': 'Describa en pocas frases su trabajo con bebés, niños pequeños y familias.',

  // Capacitación
  'form.field.training.title.label': 'Título',
  'form.field.training.provider.label': 'Impartida por',
  'form.field.training.date.label': 'Fecha',
  'form.field.training.hours.label': 'Horas reloj',
  'form.field.training.hours.hint': 'Las horas que realmente duró la capacitación, como 6 o 1,5.',
  'form.field.training.topics.label': 'Temas',
  'form.field.training.topics.hint':
    'Seleccione todos los que correspondan. Algunas categorías piden horas sobre cómo brindar RSC o sobre diversidad, equidad e inclusión.',
  'form.field.training.competencies.label': 'Dominios de las Pautas de Competencias (opcional)',
  'form.field.training.competencies.hint':
    'Los dominios de las Pautas de Competencias (Competency Guidelines®) que esta capacitación le ayudó a desarrollar.',

  // RSC recibida
  'form.field.rscReceived.provider.name.label': 'Nombre de quien le brindó la RSC',
  'form.field.rscReceived.provider.endorsement.label': 'Categoría de respaldo de quien brindó la RSC',
  'form.field.rscReceived.provider.endorsement.hint': 'Solo cuenta la RSC de un/a proveedor/a con un respaldo que califique.',
  'form.field.rscReceived.format.label': 'Formato',
  'form.field.rscReceived.modality.label': 'Modalidad',
  'form.field.rscReceived.start.label': 'Fecha de inicio',
  'form.field.rscReceived.end.label': 'Fecha de fin',
  'form.field.rscReceived.hours.label': 'Horas reloj',
  'form.field.rscReceived.hours.hint': 'Horas de RSC entre la fecha de inicio y la de fin.',
  'form.field.rscReceived.aboutRscProvided.label': 'Esta RSC trató sobre la RSC que yo brindo',
  'form.field.rscReceived.aboutRscProvided.hint':
    'Los/as mentores/as clínicos/as necesitan que parte de sus horas de RSC trate sobre la RSC que brindan a otras personas.',

  // RSC brindada
  'form.field.rscProvided.role.label': 'Su función',
  'form.field.rscProvided.start.label': 'Fecha de inicio',
  'form.field.rscProvided.end.label': 'Fecha de fin',
  'form.field.rscProvided.end.hint': 'Déjela vacía si todavía la brinda.',
  'form.field.rscProvided.hours.label': 'Horas reloj (opcional)',
  'form.field.rscProvided.description.label': 'Descripción',
  'form.field.rscProvided.description.hint': 'A quién brinda RSC, de forma individual o en grupo, y con qué frecuencia.',

  // Liderazgo
  'form.field.leadership.activity.label': 'Actividad',
  'form.field.leadership.activity.hint':
    'Por ejemplo, dirigir un programa, participar en un comité estatal, impartir un curso o dirigir una investigación.',
  'form.field.leadership.level.label': 'Nivel',
  'form.field.leadership.start.label': 'Fecha de inicio',
  'form.field.leadership.end.label': 'Fecha de fin',
  'form.field.leadership.end.hint': 'Déjela vacía si continúa.',
  'form.field.leadership.description.label': 'Descripción',

  // Referencias
  'form.field.references.role.label': 'Relación de esta persona con usted',
  'form.field.references.name.label': 'Nombre completo',
  'form.field.references.email.label': 'Correo electrónico',
  'form.field.references.email.hint':
    'Pida una dirección de correo personal: los servidores de correo de los empleadores suelen bloquear estos mensajes.',
  'form.field.references.endorsed.label': 'Esta persona tiene un respaldo',
  'form.field.references.waiveRight.label': '¿Renuncia a su derecho a ver esta referencia?',
  'form.field.references.waiveRight.hint': 'Algunas personas solo escriben una referencia si usted renuncia a este derecho.',

  // Declaraciones
  'form.field.attestations.codeOfEthics.accepted.label': 'He leído y acepto el Código de Ética',
  'form.field.attestations.codeOfEthics.accepted.hint': 'El Código de Ética describe cómo ejercen los profesionales con respaldo.',
  'form.field.attestations.codeOfEthics.signedName.label': 'Su nombre completo, como firma',
  'form.field.attestations.codeOfEthics.signedOn.label': 'Fecha de la firma',
  'form.field.attestations.endorsementAgreement.accepted.label': 'He leído y acepto el Acuerdo de Respaldo',
  'form.field.attestations.endorsementAgreement.accepted.hint':
    'El acuerdo trata de la renovación anual y del uso del respaldo junto a su nombre.',
  'form.field.attestations.endorsementAgreement.signedName.label': 'Su nombre completo, como firma',
  'form.field.attestations.endorsementAgreement.signedOn.label': 'Fecha de la firma',
  'form.group.attestations.codeOfEthics': 'Código de Ética',
  'form.group.attestations.endorsementAgreement': 'Acuerdo de Respaldo',

  // Lo que significa una respuesta vacía
  'form.empty.current': 'Actualidad',

  // Opciones
  'form.option.educationLevel.cda': 'Credencial Child Development Associate (CDA)',
  'form.option.educationLevel.associate': 'Título de asociado/a (associate degree)',
  'form.option.educationLevel.bachelor': 'Licenciatura',
  'form.option.educationLevel.master': 'Maestría',
  'form.option.educationLevel.doctorate': 'Doctorado',
  'form.option.transcript.not-requested': 'Aún no solicitado',
  'form.option.transcript.requested': 'Solicitado',
  'form.option.transcript.received': 'Recibido por la asociación',
  'form.option.ageBand.infant': 'Bebés y niños pequeños (desde el embarazo hasta los 36 meses)',
  'form.option.ageBand.early-childhood': 'Niños pequeños (de 3 a menos de 6 años)',
  'form.option.ageBand.both': 'Ambos',
  'form.option.service.home-visiting': 'Visitas a domicilio',
  'form.option.service.early-intervention': 'Intervención temprana',
  'form.option.service.early-care-education': 'Cuidado y educación en la primera infancia',
  'form.option.service.mental-health': 'Servicios de salud mental',
  'form.option.service.parenting-support': 'Apoyo y educación para madres y padres',
  'form.option.service.screening-assessment': 'Detección y evaluación',
  'form.option.service.case-management': 'Gestión de casos',
  'form.option.service.consultation': 'Consultoría',
  'form.option.service.health-care': 'Atención de salud',
  'form.option.service.child-welfare': 'Bienestar infantil',
  'form.option.service.reflective-supervision': 'Supervisión reflexiva',
  'form.option.service.other': 'Otro',
  'form.option.trainingTopic.iecmh': 'Salud mental infantil y de la primera infancia',
  'form.option.trainingTopic.rsc-provision': 'Cómo brindar supervisión/consulta reflexiva',
  'form.option.trainingTopic.dei': 'Diversidad, equidad e inclusión',
  'form.option.competency.theoretical-foundations': 'Fundamentos teóricos',
  'form.option.competency.law-regulation-policy': 'Leyes, regulaciones y políticas institucionales',
  'form.option.competency.systems-expertise': 'Conocimiento de los sistemas',
  'form.option.competency.direct-service-skills': 'Habilidades de servicio directo',
  'form.option.competency.working-with-others': 'Trabajo con otras personas',
  'form.option.competency.communicating': 'Comunicación',
  'form.option.competency.thinking': 'Pensamiento',
  'form.option.competency.reflection': 'Reflexión',
  'form.option.competency.administration': 'Administración',
  'form.option.rscFormat.individual': 'Individual',
  'form.option.rscFormat.group': 'Grupal',
  'form.option.rscModality.in-person': 'Presencial',
  'form.option.rscModality.virtual': 'Virtual',
  'form.option.leadershipLevel.local': 'Local',
  'form.option.leadershipLevel.regional': 'Regional',
  'form.option.leadershipLevel.state': 'Estatal',
  'form.option.leadershipLevel.national': 'Nacional',
  'form.option.referenceRole.supervisor': 'Supervisor/a',
  'form.option.referenceRole.rsc-provider': 'Proveedor/a de supervisión/consulta reflexiva',
  'form.option.referenceRole.colleague': 'Colega',
  'form.option.referenceRole.supervisee': 'Alguien a quien usted supervisa',
  'form.option.referenceRole.service-recipient': 'Alguien que recibió sus servicios',
};
