/**
 * Messages: reference ratings, what `missingRatingAnswers` says of a rater's form and how
 * `rateReferences` words counted forms. Only references/ uses them (`translateRatingCheck`, which
 * holds this English; Spanish is registered, like the rest of the catalog's); a program's `text`
 * overrides them all the same.
 */
export const ratingChecksEn: Readonly<Record<string, string>> = {
  'rating-check.missing.relationship': 'Select how you know the applicant',
  'rating-check.missing.current': 'Say whether you still work with the applicant in this role',
  'rating-check.missing.knownMonths': 'Enter how many months you have known the applicant',
  'rating-check.missing.capacity': 'Describe in what capacity you know the applicant',
  'rating-check.missing.endorsement': 'Select your endorsement, or that you are not endorsed',
  'rating-check.missing.title': 'Enter your title or position',
  'rating-check.missing.organization': 'Enter your organization',
  'rating-check.missing.servesAgeBand': 'Say whether the applicant works with families of children {ages}',
  'rating-check.missing.knowsAsRscProvider': 'Say whether you know the applicant as a provider of reflective supervision',
  'rating-check.missing.item': 'Rate “{item}”, or choose “{nei}”',
  'rating-check.invalid.item': 'Choose one of the options for “{item}”',
  'rating-check.missing.recommendation': 'Choose your overall recommendation',
  'rating-check.missing.signedName': 'Type your name to sign the form',
  'rating-check.missing.signedOn': 'Enter the date you sign, like 2026-03-27',
  'rating-check.references.met': '{have} rating forms count.',
  'rating-check.references.missing': 'Rating forms still to count: {missing}.',
  'rating-check.references.unknown': 'References listed: {listed}; their rating forms are not received yet.',
  'rating-check.references-endorsed.met': 'Counted forms from endorsed raters: {have}.',
  'rating-check.references-endorsed.missing': 'Counted forms still needed from endorsed raters: {missing}.',
  'rating-check.reference-role.met': 'A counted form from {role}.',
  'rating-check.reference-role.missing': 'A counted form is needed from {role}.',
  'rating-check.slot.met': 'A counted form from: {slot}.',
  'rating-check.slot.missing': 'Counted forms needed from {slot}: {missing}.',
  'rating-check.slot.open': 'Still needed: {slots}.',
  'rating-check.slot.open-count': '{slot} ({missing} forms)',
};
