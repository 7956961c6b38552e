import { draftsEn } from './en/drafts.js';
import { uiEn } from './en/ui.js';
import { baseLocale } from './localized-text.js';
import { hasRegistered } from './registered-messages.js';
import { createTranslator } from './translator.js';

/**
 * Like `translate`, for a UI that loads its words on demand, as the element does: it holds only
 * the interface's own English (`ui.*`, `drafts.*`); every other message, and every other language,
 * once registered with `registerMessages` (the English of the forms with `en` from
 * `@endorsement-kit/sdk/en`, Spanish with `es` from `@endorsement-kit/sdk/es`). So a bundler
 * leaves the rest of the catalogs out of the code that imports it. A missing key returns the key.
 * @example
 * const { es } = await import('@endorsement-kit/sdk/es');
 * registerMessages('es', es);
 * translateUi(programs.alliance, 'es', 'ui.loading');
 */
export const translateUi = /* @__PURE__ */ createTranslator({ en: { ...uiEn, ...draftsEn } });

/**
 * Whether `translateUi` has a locale's words: English always, another language once registered.
 * @example if (!hasUiMessages('es')) registerMessages('es', (await import('@endorsement-kit/sdk/es')).es);
 */
export function hasUiMessages(locale: string): boolean {
  const base = baseLocale(locale);
  return base === 'en' || hasRegistered(base);
}
