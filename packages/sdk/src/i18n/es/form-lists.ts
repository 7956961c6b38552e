/**
 * The forms' words that the training and RSC lists show (their steps, fields and options): the part
 * of `formEs` a renewal page needs (`renewalPageMessages`), kept apart so it carries only these.
 */
export const formListsEs: Readonly<Record<string, string>> = {
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
  'form.empty.current': 'Actualidad',
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
};
