/** Messages: drafts, saving and submission states (for the element, the CLI and any host UI). */
export const draftsEs: Readonly<Record<string, string>> = {
  'drafts.save.saving': 'Guardando…',
  'drafts.save.saved': 'Guardado en este dispositivo {time}',
  'drafts.save.memory':
    'No se guardó en este dispositivo: {reason}. Sus respuestas se conservan mientras esta página siga abierta y se vuelve a intentar guardar.',
  'drafts.reason.unavailable': 'este navegador no permite guardar aquí (por ejemplo, en navegación privada)',
  'drafts.reason.quota': 'el dispositivo no tiene espacio de almacenamiento',
  'drafts.reason.blocked': 'otra pestaña de esta solicitud está bloqueando el almacenamiento',
  'drafts.reason.unreadable': 'una solicitud guardada no se pudo leer; se apartó, no se borró',
  'drafts.reason.unknown': 'un error inesperado de almacenamiento',
  'drafts.conflict': 'Estas respuestas se cambiaron en otra pestaña o ventana.',
  'drafts.submission.invalid': '{count} respuestas necesitan atención. No se envió nada.',
  'drafts.submission.server-issues': 'No se aceptó: {count} respuestas necesitan atención.',
  'drafts.submission.offline': 'No tiene conexión. Se enviará en cuanto vuelva a estar en línea.',
  'drafts.submission.network':
    'No se pudo contactar al servidor. Sus respuestas se conservan; volver a intentarlo no la enviará dos veces.',
  'drafts.submission.rejected': 'No se aceptó ({status}). Sus respuestas se conservan.',
  'drafts.submission.cancelled': 'Se canceló el envío. No se envió nada más.',
  'drafts.submission.sent': 'Enviada. Su número de referencia es {id}.',
};
