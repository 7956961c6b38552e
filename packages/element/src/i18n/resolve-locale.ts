import type { Locale, Program } from '@endorsement-kit/sdk';

/**
 * The locale to show: the element's `locale`, else the nearest `lang` (the page's), kept only if the
 * program offers that language; otherwise the program's default.
 */
export function resolveLocale(host: HTMLElement, requested: string | undefined, program: Program | undefined): Locale {
  const wanted = requested || host.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  if (!program) return wanted;
  const base = wanted.toLowerCase().split('-')[0] ?? 'en';
  const offered = program.locales.map((l) => l.toLowerCase());
  return offered.includes(wanted.toLowerCase()) || offered.includes(base) ? wanted : program.defaultLocale;
}
