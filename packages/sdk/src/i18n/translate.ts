import { CATALOGS } from './catalogs.js';
import { createTranslator } from './translator.js';

/**
 * The text for any message key in a locale: the program's override first, then the SDK's catalog
 * for the locale (or messages registered for it), then English. A missing key returns the key
 * itself, so a gap is visible, never blank.
 * @example translate(programs.first5Alabama, 'es', 'requirement.rsc-hours.missing', { missing: 18, window: 24 })
 */
export const translate = /* @__PURE__ */ createTranslator(CATALOGS);

/**
 * Whether the SDK or the program has text for a key in a locale (no English fallback).
 * @example hasMessage(programs.alliance, 'fr', 'requirement.exam.later') // false: French would fall back to English
 */
export const hasMessage = translate.has;
