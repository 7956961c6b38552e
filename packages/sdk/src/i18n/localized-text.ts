/**
 * A language tag such as `en` or `es`. The SDK ships English and Spanish.
 * @example const locale: Locale = 'es-MX';
 */
export type Locale = string;

/**
 * The locales whose every message ships with the SDK.
 * @example SHIPPED_LOCALES.includes('es') // true
 */
export const SHIPPED_LOCALES = ['en', 'es'] as const;

/**
 * Text in one or more languages. A plain string is used for every language; an object needs `en`
 * and falls back to it.
 * @example { en: 'Endorsement Coordinator', es: 'Coordinadora de Respaldo' }
 */
export type LocalizedText = string | ({ en: string } & Record<string, string>);

/**
 * The text for a locale (`es-MX` falls back to `es`, then to English).
 * @example localize({ en: 'Coordinator', es: 'Coordinadora' }, 'es-MX') // 'Coordinadora'
 */
export function localize(text: LocalizedText, locale: Locale): string {
  if (typeof text === 'string') return text;
  return text[locale] ?? text[baseLocale(locale)] ?? text.en;
}

/**
 * The primary language of a tag: `es-MX` -> `es`.
 * @example baseLocale('es-MX') // 'es'
 */
export function baseLocale(locale: Locale): string {
  return locale.toLowerCase().split('-')[0] || 'en';
}
