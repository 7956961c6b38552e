type Catalog = Readonly<Record<string, string>>;

/**
 * How each shipped language's messages load with a bundler (the package's module files): an
 * `import()` of the SDK's catalog, so the bundler puts Spanish in a chunk of its own, fetched only
 * for a Spanish page. The CDN build replaces this module with `{}` (rollup.config.mjs): its files
 * fetch `endorsement-application.<locale>.js` beside the script instead (load-locale.ts).
 */
export const localeModules: Partial<Record<string, () => Promise<Catalog>>> = {
  es: () => import('@endorsement-kit/sdk/es').then((module) => module.es),
};

/**
 * The script's own URL, which the CDN files fetch a language beside (the CDN build sets it to
 * `import.meta.url`, read while the script runs: in the classic build that is
 * document.currentScript's src, gone by the time a locale is needed). Undefined with a bundler,
 * whose shipped languages are chunks above: webpack would write the build machine's path of this
 * file into the app for `import.meta.url` (and so change its hashes from one machine to another).
 */
export const scriptUrl: string | undefined = undefined;
