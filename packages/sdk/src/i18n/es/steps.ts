/** Mensajes: los pasos del formulario, la revisión, el seguimiento de requisitos y el aviso de dos pestañas. */
export const stepsEs: Readonly<Record<string, string>> = {
  'ui.back': 'Atrás',
  'ui.continue': 'Guardar y continuar',
  'ui.to-review': 'Guardar y revisar sus respuestas',
  'ui.steps.label': 'Pasos',
  'ui.step.position': 'Paso {n} de {total}',
  'ui.step.status.complete': 'completado',
  'ui.step.status.incomplete': 'sin completar',
  'ui.step.status.invalid': 'tiene problemas',
  'ui.step.status.current': 'paso actual',
  'ui.register.heading': 'Solicitud de Respaldo',
  'ui.register.intro': 'Primero regístrese. Su {contact} revisa su registro antes de que prepare la solicitud profesional.',
  'ui.register.submit': 'Enviar el registro',
  'ui.apply.heading': 'Solicitud profesional',
  'ui.repeat.empty': 'Todavía no hay nada agregado.',
  'ui.repeat.remove': 'Quitar',
  'ui.repeat.removed': 'Se quitó {item}.',
  'ui.repeat.undo': 'Deshacer',
  'ui.document.read': 'Lea el {document} (se abre en una pestaña nueva)',
  'ui.totals.training':
    'Capacitación hasta ahora: {total} horas, de las cuales {dei} sobre diversidad, equidad e inclusión y {rsc} sobre cómo brindar supervisión/consulta reflexiva.',
  'ui.totals.rsc': 'Supervisión/consulta reflexiva recibida hasta ahora: {total} horas.',
  'ui.review.heading': 'Revise sus respuestas',
  'ui.review.intro': 'Revise cada respuesta antes de enviar. Use Cambiar para volver a un paso; sus respuestas se conservan.',
  'ui.review.change': 'Cambiar',
  'ui.review.submit': 'Enviar la solicitud',
  'ui.review.unmet': 'Aún no se cumplen {count} requisitos de esta categoría. Puede enviar su solicitud de todos modos.',
  'ui.review.unmet.one': 'Aún no se cumple {count} requisito de esta categoría. Puede enviar su solicitud de todos modos.',
  'ui.warning': 'Advertencia',
  'ui.conflict.body':
    'Las dos pestañas cambiaron las respuestas de abajo. ¿Cuáles quiere conservar? Todas las demás respuestas de ambas pestañas se conservan.',
  'ui.conflict.this-tab': 'En esta pestaña:',
  'ui.conflict.other-tab': 'En la otra pestaña:',
  'ui.conflict.mine': 'Conservar las respuestas de esta pestaña',
  'ui.conflict.theirs': 'Usar las respuestas de la otra pestaña',
  'ui.tracker.heading': 'Sus requisitos',
  'ui.tracker.for': 'Para {category}',
  'ui.tracker.none': 'Elija una categoría para ver lo que requiere.',
  'ui.tracker.summary': '{met} de {total} requisitos cumplidos',
  'ui.tracker.met': 'Cumplido',
  'ui.tracker.missing': 'Todavía no',
  'ui.tracker.later': 'Después de la revisión',
  'ui.tracker.changed': 'Requisitos: {met} de {total} cumplidos.',
  'ui.submit.refused': 'El servidor no la aceptó. Sus respuestas están guardadas; si vuelve a ocurrir, comuníquese con su {contact}.',
  'ui.submit.refused.invalid':
    'El servidor no pudo leer lo que se envió. Sus respuestas están guardadas: envíe de nuevo y, si vuelve a ocurrir, comuníquese con su {contact}.',
  'ui.submit.refused.too-large':
    'Es más grande de lo que acepta el servidor. Sus respuestas están guardadas: acorte sus respuestas más largas y envíe de nuevo, o comuníquese con su {contact}.',
  'ui.submit.refused.conflict':
    'El servidor ya tiene otra versión de este envío. Sus respuestas están guardadas: comuníquese con su {contact} antes de enviar de nuevo.',
  'ui.submit.refused.rate-limited':
    'El servidor está recibiendo demasiadas solicitudes de su red. Sus respuestas están guardadas: espere unos minutos y envíe de nuevo.',
  'ui.submit.refused.unknown-program':
    'El servidor al que envía esta página no recibe solicitudes de este programa. Sus respuestas están guardadas: informe a su {contact} sobre esta página.',
  'ui.submit.refused.forbidden-origin':
    'El servidor no recibe solicitudes de este sitio web. Sus respuestas están guardadas: informe a su {contact} sobre esta página.',
};
