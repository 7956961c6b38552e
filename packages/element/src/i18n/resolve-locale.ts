import type { Locale, Program } from '@endorsement-kit/sdk/core';
import { localeFailed } from './load-locale.js';

/**
 * The locale to show: the element's `locale`, else the nearest `lang` (the page's), kept only if the
 * program offers that language; otherwise the program's default. English when that language's
 * messages failed to load, so one language shows, not a mix.
 */
export function resolveLocale(host: HTMLElement, requested: string | undefined, program: Program | undefined): Locale {
  const wanted = requested || host.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  if (!program) return localeFailed(wanted) ? 'en' : wanted;
  const base = wanted.toLowerCase().split('-')[0] ?? 'en';
  const offered = program.locales.map((l) => l.toLowerCase());
  const chosen = offered.includes(wanted.toLowerCase()) || offered.includes(base) ? wanted : program.defaultLocale;
  return localeFailed(chosen) ? 'en' : chosen;
}
