export { translate, hasMessage } from './translate.js';
export { createTranslator } from './translator.js';
export { translateRating } from './translate-rating.js';
export { localize, baseLocale, SHIPPED_LOCALES } from './localized-text.js';
export { CATALOGS, hasMessages } from './catalogs.js';
export { registerMessages } from './registered-messages.js';
export { translateUi, hasUiMessages } from './translate-ui.js';
export type { MessageParams, Translator } from './translator.js';
export type { Locale, LocalizedText } from './localized-text.js';
