import { ratingChecksEn } from '../i18n/en/rating-checks.js';
import { ratingChecksEs } from '../i18n/es/rating-checks.js';
import { createTranslator } from '../i18n/translator.js';

/** The words of rating checks: checking a form carries these and no others. */
export const translateRatingCheck = /* @__PURE__ */ createTranslator({ en: ratingChecksEn, es: ratingChecksEs });
