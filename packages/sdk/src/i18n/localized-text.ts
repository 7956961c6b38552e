/** A language tag such as `en` or `es`. The SDK ships English and Spanish. */
export type Locale = string;

/** The locales whose every message ships with the SDK. */
export const SHIPPED_LOCALES = ['en', 'es'] as const;

/**
 * Text in one or more languages. A plain string is used for every language; an object needs `en`
 * and falls back to it.
 * @example { en: 'Endorsement Coordinator', es: 'Coordinadora de Respaldo' }
 */
export type LocalizedText = string | ({ en: string } & Record<string, string>);

/** The text for a locale (`es-MX` falls back to `es`, then to English). */
export function localize(text: LocalizedText, locale: Locale): string {
  if (typeof text === 'string') return text;
  const base = locale.toLowerCase().split('-')[0] ?? 'en';
  return text[locale] ?? text[base] ?? text.en;
}

/** The primary language of a tag: `es-MX` -> `es`. */
export function baseLocale(locale: Locale): string {
  return (locale.toLowerCase().split('-')[0] || 'en');
}
