import { draftsEn } from '../i18n/en/drafts.js';
import { createTranslator } from '../i18n/translator.js';

/** Messages of saving and sending drafts. */
export const translateDrafts = /* @__PURE__ */ createTranslator({ en: draftsEn });
