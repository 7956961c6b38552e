import { validationEn } from './validation.js';
import { requirementsEn } from './requirements.js';
import { formEn } from './form.js';
import { uiEn } from './ui.js';
import { stepsEn } from './steps.js';
import { draftsEn } from './drafts.js';
import { referencesEn } from './references.js';
import { feesEn } from './fees.js';
import { reviewEn } from './review.js';
import { ratingChecksEn } from './rating-checks.js';

/** English, the SDK's reference locale: every other locale has exactly these keys. */
export const en: Readonly<Record<string, string>> = {
  ...validationEn,
  ...requirementsEn,
  ...formEn,
  ...uiEn,
  ...stepsEn,
  ...draftsEn,
  ...referencesEn,
  ...feesEn,
  ...reviewEn,
  ...ratingChecksEn,
};
