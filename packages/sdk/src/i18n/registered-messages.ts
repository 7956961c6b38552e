type Catalog = Readonly<Record<string, string>>;

// Locales added at run time: a language the SDK does not ship, or Spanish fetched on demand by the
// element's single-file script (which is built without it).
const REGISTERED: Record<string, Catalog> = {};

/**
 * Adds or completes a locale's messages, e.g. a language the SDK does not ship. A program's own
 * `text` still wins over these.
 * @example registerMessages('fr', { 'ui.start.title': 'Demander l’Endorsement' })
 */
export function registerMessages(locale: string, messages: Catalog): void {
  REGISTERED[locale] = { ...REGISTERED[locale], ...messages };
}

/** A message added with `registerMessages`, if any. */
export function registeredMessage(locale: string, key: string): string | undefined {
  return REGISTERED[locale]?.[key];
}

/** Whether messages were registered for a locale. */
export function hasRegistered(locale: string): boolean {
  return REGISTERED[locale] !== undefined;
}
