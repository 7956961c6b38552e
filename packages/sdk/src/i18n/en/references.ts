/** Messages: reference ratings, what `missingRatingAnswers` says of a rater's form. */
export const referencesEn: Readonly<Record<string, string>> = {
  'rating.missing.relationship': 'Select how you know the applicant',
  'rating.missing.current': 'Say whether you still work with the applicant in this role',
  'rating.missing.knownMonths': 'Enter how many months you have known the applicant',
  'rating.missing.capacity': 'Describe in what capacity you know the applicant',
  'rating.missing.endorsement': 'Select your endorsement, or that you are not endorsed',
  'rating.missing.title': 'Enter your title or position',
  'rating.missing.organization': 'Enter your organization',
  'rating.missing.servesAgeBand': 'Say whether the applicant works with families of children {ages}',
  'rating.missing.knowsAsRscProvider': 'Say whether you know the applicant as a provider of reflective supervision',
  'rating.missing.item': 'Rate “{item}”, or choose “{nei}”',
  'rating.invalid.item': 'Choose one of the options for “{item}”',
  'rating.missing.recommendation': 'Choose your overall recommendation',
  'rating.missing.signedName': 'Type your name to sign the form',
  'rating.missing.signedOn': 'Enter the date you sign, like 2026-03-27',
};
