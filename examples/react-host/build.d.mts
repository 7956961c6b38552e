/** Bundles the React app into `outfile` (default dist/app.js); resolves to its path. */
export function buildApp(options?: { outfile?: string; minify?: boolean }): Promise<string>;
