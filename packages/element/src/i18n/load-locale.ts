import { baseLocale, hasUiMessages, registerMessages, SHIPPED_LOCALES, type Locale } from '@endorsement-kit/sdk/core';
import { localeModules, scriptUrl } from './locale-modules.js';

const loading = new Map<string, Promise<void>>();
const settled = new Set<string>();
const failed = new Set<string>();

/**
 * Makes sure the element's words (`translateUi`) have a shipped locale's messages, fetched on
 * first use: with a bundler, the SDK's catalog as a chunk of its own (locale-modules.ts); from the
 * CDN files, `endorsement-application.<locale>.js` beside the script. A failure (a 404, a
 * CDN without CORS headers) says so in the console and makes the element show English throughout
 * (`localeFailed`), rather than English words among the program's Spanish ones; it never blocks
 * the application.
 */
export function loadLocale(locale: Locale, from: string | undefined = scriptUrl): Promise<void> {
  const base = baseLocale(locale);
  if (hasUiMessages(base) || !(SHIPPED_LOCALES as readonly string[]).includes(base)) return Promise.resolve();
  let pending = loading.get(base);
  if (!pending) {
    const url = new URL(`endorsement-application.${base}.js`, from ?? document.baseURI).href;
    const bundled = localeModules[base];
    const messages = bundled
      ? bundled()
      : (
          import(/* @vite-ignore */ /* webpackIgnore: true */ url) as Promise<Record<string, Readonly<Record<string, string>> | undefined>>
        ).then((module) => module[base]);
    pending = messages
      .then((catalog) => {
        if (catalog) registerMessages(base, catalog);
      })
      .catch((error: unknown) => {
        failed.add(base);
        const reason = (error as Error)?.message ?? error;
        console.warn(
          bundled
            ? `endorsement-kit: the "${base}" messages could not be loaded (${reason}); showing English instead.`
            : `endorsement-kit: the "${base}" messages could not be loaded from ${url} (${reason}); showing English instead. Keep that file beside the script, and serve both with CORS headers if they come from another origin.`,
        );
      })
      .finally(() => settled.add(base));
    loading.set(base, pending);
  }
  return pending;
}

/** Whether a locale's messages are ready, or will not come (English is used then). */
export function localeReady(locale: Locale): boolean {
  const base = baseLocale(locale);
  return hasUiMessages(base) || !(SHIPPED_LOCALES as readonly string[]).includes(base) || settled.has(base);
}

/** Whether a locale's messages failed to load: the element then shows English, the whole of it. */
export function localeFailed(locale: Locale): boolean {
  return failed.has(baseLocale(locale));
}
