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
