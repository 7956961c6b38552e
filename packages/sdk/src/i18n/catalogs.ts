import { en } from './en/index.js';
import { es } from './es/index.js';

type Catalog = Readonly<Record<string, string>>;

/**
 * Every message the SDK knows, by base locale. English and Spanish ship in the SDK. The element's
 * single-file script leaves Spanish out to stay small and registers it when first needed
 * (`registerMessages`); `es` is then undefined here at build time, hence the filter.
 */
export const CATALOGS: Record<string, Catalog> = Object.fromEntries(
  Object.entries({ en, es } as Record<string, Catalog | undefined>).filter((entry): entry is [string, Catalog] => entry[1] !== undefined),
);

/**
 * Adds or completes a locale's messages, e.g. a language the SDK does not ship. A program's own
 * `text` still wins over these.
 * @example registerMessages('fr', { 'ui.start.title': 'Demander l’Endorsement' })
 */
export function registerMessages(locale: string, messages: Catalog): void {
  CATALOGS[locale] = { ...CATALOGS[locale], ...messages };
}

/**
 * Whether messages for a base locale are loaded.
 * @example if (!hasMessages('es')) registerMessages('es', await loadSpanish())
 */
export function hasMessages(locale: string): boolean {
  return CATALOGS[locale] !== undefined;
}
