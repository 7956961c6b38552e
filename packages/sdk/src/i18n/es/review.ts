/** Mensajes: los resultados y las etapas de la revisión en la consulta del estado (issue 19). */
export const reviewEs: Readonly<Record<string, string>> = {
  'ui.receipt.state.approved_for_exam': 'aprobada para presentar el examen',
  'ui.receipt.state.emerging': 'Emergente',
  'ui.receipt.state.deferred': 'aplazada',
  'ui.receipt.state.on_hold': 'en espera',
  'ui.receipt.state.returned': 'devuelto para cambios',
  'ui.status.stage.registration': 'Etapa: registro (paso 2).',
  'ui.status.stage.application': 'Etapa: solicitud enviada (paso 3).',
  'ui.status.stage.review': 'Etapa: revisión (paso 4).',
  'ui.status.stage.decided': 'Etapa: decidida.',
  'ui.status.cycle': 'Su ciclo de revisión: enviadas hasta el {submittedBy}.',
  'ui.status.cycle-decided': 'Su ciclo de revisión: enviadas hasta el {submittedBy}, con decisión antes del {decidedBy}.',
};
