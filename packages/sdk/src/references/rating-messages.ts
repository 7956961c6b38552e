import { ratingChecksEn } from '../i18n/en/rating-checks.js';
import { createTranslator } from '../i18n/translator.js';

/**
 * The words of rating checks: checking a form carries these and no others. English only, like
 * validation's: Spanish is in the `es` catalog, registered by the main entry on import and by the
 * element's Spanish chunk, so an English page of a bundler's build does not carry it.
 */
export const translateRatingCheck = /* @__PURE__ */ createTranslator({ en: ratingChecksEn });
