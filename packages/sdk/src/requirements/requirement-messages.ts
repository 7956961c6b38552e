import { requirementsEn } from '../i18n/en/requirements.js';
import { createTranslator } from '../i18n/translator.js';

/** Requirement details: evaluating carries these words and no others. */
export const translateRequirement = /* @__PURE__ */ createTranslator({ en: requirementsEn });
