import { baseLocale, type Program } from '@endorsement-kit/sdk';

/**
 * The program's locale that best fits an `Accept-Language` header (`es-MX,es;q=0.9,en;q=0.5`),
 * else the program's default. The element sends the language it is shown in.
 */
export function negotiateLocale(header: string | undefined, program: Program): string {
  const offered = program.locales;
  const wanted = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { tag: tag.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of wanted) {
    const match =
      offered.find((locale) => locale.toLowerCase() === tag) ?? offered.find((locale) => baseLocale(locale) === baseLocale(tag));
    if (match) return match;
  }
  return program.defaultLocale;
}
