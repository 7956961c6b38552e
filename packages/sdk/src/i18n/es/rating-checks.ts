/** Mensajes: calificaciones de referencia (lo que `missingRatingAnswers` dice del formulario). */
export const ratingChecksEs: Readonly<Record<string, string>> = {
  'rating-check.missing.relationship': 'Seleccione cómo conoce al/a la solicitante',
  'rating-check.missing.current': 'Indique si todavía trabaja con el/la solicitante en este rol',
  'rating-check.missing.knownMonths': 'Indique cuántos meses hace que conoce al/a la solicitante',
  'rating-check.missing.capacity': 'Describa en qué calidad conoce al/a la solicitante',
  'rating-check.missing.endorsement': 'Seleccione su Respaldo, o que no cuenta con uno',
  'rating-check.missing.title': 'Indique su cargo o puesto',
  'rating-check.missing.organization': 'Indique su organización',
  'rating-check.missing.servesAgeBand': 'Indique si el/la solicitante trabaja con familias de niños {ages}',
  'rating-check.missing.knowsAsRscProvider': 'Indique si conoce al/a la solicitante como proveedor/a de supervisión reflexiva',
  'rating-check.missing.item': 'Califique “{item}” o elija “{nei}”',
  'rating-check.invalid.item': 'Elija una de las opciones para “{item}”',
  'rating-check.missing.recommendation': 'Elija su recomendación general',
  'rating-check.missing.signedName': 'Escriba su nombre para firmar el formulario',
  'rating-check.missing.signedOn': 'Indique la fecha de la firma, como 2026-03-27',
};
