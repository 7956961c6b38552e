import { validationEs } from './validation.js';
import { requirementsEs } from './requirements.js';
import { formEs } from './form.js';
import { uiEs } from './ui.js';
import { stepsEs } from './steps.js';
import { draftsEs } from './drafts.js';
import { referencesEs } from './references.js';
import { feesEs } from './fees.js';
import { reviewEs } from './review.js';
import { ratingChecksEs } from './rating-checks.js';

/** Spanish (español): the same keys as English. */
export const es: Readonly<Record<string, string>> = {
  ...validationEs,
  ...requirementsEs,
  ...formEs,
  ...uiEs,
  ...stepsEs,
  ...draftsEs,
  ...referencesEs,
  ...feesEs,
  ...reviewEs,
  ...ratingChecksEs,
};
