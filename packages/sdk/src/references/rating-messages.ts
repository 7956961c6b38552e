import { referencesEn } from '../i18n/en/references.js';
import { referencesEs } from '../i18n/es/references.js';
import { createTranslator } from '../i18n/translator.js';

/** The words of rating checks: checking a form carries these and no others. */
export const translateRating = /* @__PURE__ */ createTranslator({ en: referencesEn, es: referencesEs });
