import { validationEn } from '../i18n/en/validation.js';
import { createTranslator } from '../i18n/translator.js';

/** Validation's own messages: validating carries these words and no others. */
export const translateValidation = /* @__PURE__ */ createTranslator({ en: validationEn });
