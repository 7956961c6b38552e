import { baseLocale, hasMessages, registerMessages, SHIPPED_LOCALES, type Locale } from '@endorsement-kit/sdk';

// Read while the script runs: in the classic (IIFE) build this is document.currentScript's src,
// which is gone by the time a locale is needed.
const SCRIPT_URL = import.meta.url;
const loading = new Map<string, Promise<void>>();
const settled = new Set<string>();
const failed = new Set<string>();

/**
 * Makes sure the SDK has the messages of a shipped locale. The single-file script leaves Spanish
 * out and fetches it from `endorsement-application.<locale>.js` beside itself on first use; in
 * every other build the catalogs are already there and this resolves at once. A failure (a 404, a
 * CDN without CORS headers) says so in the console and makes the element show English throughout
 * (`localeFailed`), rather than English words among the program's Spanish ones; it never blocks
 * the application.
 */
export function loadLocale(locale: Locale, from: string = SCRIPT_URL): Promise<void> {
  const base = baseLocale(locale);
  if (hasMessages(base) || !(SHIPPED_LOCALES as readonly string[]).includes(base)) return Promise.resolve();
  let pending = loading.get(base);
  if (!pending) {
    const url = new URL(`endorsement-application.${base}.js`, from).href;
    pending = (import(/* @vite-ignore */ url) as Promise<Record<string, Readonly<Record<string, string>> | undefined>>)
      .then((module) => {
        const messages = module[base];
        if (messages) registerMessages(base, messages);
      })
      .catch((error: unknown) => {
        failed.add(base);
        console.warn(
          `endorsement-kit: the "${base}" messages could not be loaded from ${url} (${(error as Error)?.message ?? error}); showing English instead. Keep that file beside the script, and serve both with CORS headers if they come from another origin.`,
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
  return hasMessages(base) || !(SHIPPED_LOCALES as readonly string[]).includes(base) || settled.has(base);
}

/** Whether a locale's messages failed to load: the element then shows English, the whole of it. */
export function localeFailed(locale: Locale): boolean {
  return failed.has(baseLocale(locale));
}
