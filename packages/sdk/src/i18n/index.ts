export { translate, hasMessage } from './translate.js';
export { localize, baseLocale, SHIPPED_LOCALES } from './localized-text.js';
export { CATALOGS, registerMessages, hasMessages } from './catalogs.js';
export type { MessageParams } from './translate.js';
export type { Locale, LocalizedText } from './localized-text.js';
