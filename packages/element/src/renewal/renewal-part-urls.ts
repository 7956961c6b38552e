/**
 * Where each part of the renewal page is, in the CDN build only: rollup.config.mjs replaces this
 * module with the parts' content-hashed URLs beside the script (as parts/part-urls.ts for the
 * application's). Elsewhere (tests from source) it is empty and the parts load with a plain
 * `import()`. Keyed by `RenewalPartName` (renewal-parts.ts, which imports this module).
 */
export const renewalPartUrls: Partial<Record<string, string>> = {};
