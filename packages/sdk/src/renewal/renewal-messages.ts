import { renewalEn } from '../i18n/en/renewal.js';
import { renewalEs } from '../i18n/es/renewal.js';
import { createTranslator } from '../i18n/translator.js';

/** The words of renewal checks: evaluating a renewal carries these and no others. */
export const translateRenewal = /* @__PURE__ */ createTranslator({ en: renewalEn, es: renewalEs });
