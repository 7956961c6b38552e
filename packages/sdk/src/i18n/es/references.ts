/** Mensajes: calificaciones de referencia (lo que `missingRatingAnswers` dice del formulario). */
export const referencesEs: Readonly<Record<string, string>> = {
  'rating.missing.relationship': 'Seleccione cómo conoce al/a la solicitante',
  'rating.missing.current': 'Indique si todavía trabaja con el/la solicitante en este rol',
  'rating.missing.knownMonths': 'Indique cuántos meses hace que conoce al/a la solicitante',
  'rating.missing.capacity': 'Describa en qué calidad conoce al/a la solicitante',
  'rating.missing.endorsement': 'Seleccione su Respaldo, o que no cuenta con uno',
  'rating.missing.title': 'Indique su cargo o puesto',
  'rating.missing.organization': 'Indique su organización',
  'rating.missing.servesAgeBand': 'Indique si el/la solicitante trabaja con familias de niños {ages}',
  'rating.missing.knowsAsRscProvider': 'Indique si conoce al/a la solicitante como proveedor/a de supervisión reflexiva',
  'rating.missing.item': 'Califique “{item}” o elija “{nei}”',
  'rating.invalid.item': 'Elija una de las opciones para “{item}”',
  'rating.missing.recommendation': 'Elija su recomendación general',
  'rating.missing.signedName': 'Escriba su nombre para firmar el formulario',
  'rating.missing.signedOn': 'Indique la fecha de la firma, como 2026-03-27',
};
