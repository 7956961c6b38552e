import { en } from './en/index.js';
import { es } from './es/index.js';
import { hasRegistered } from './registered-messages.js';

type Catalog = Readonly<Record<string, string>>;

/**
 * Every message the SDK ships, by base locale. The element's single-file script is built without
 * Spanish (it fetches it on first use), so `es` may be undefined here, hence the filter.
 */
export const CATALOGS: Readonly<Record<string, Catalog>> = Object.fromEntries(
  Object.entries({ en, es } as Record<string, Catalog | undefined>).filter((entry): entry is [string, Catalog] => entry[1] !== undefined),
);

/**
 * Whether a base locale's messages are here, shipped or registered.
 * @example hasMessages('es') // true with the SDK; in the single-file script, once Spanish is loaded
 */
export function hasMessages(locale: string): boolean {
  return CATALOGS[locale] !== undefined || hasRegistered(locale);
}
