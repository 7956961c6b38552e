/**
 * Where each part's file is, in the CDN build only: its rollup config replaces this module with
 * the parts' content-hashed URLs (beside the script, from `import.meta.url`). Elsewhere (bundlers,
 * tests from source) it is empty and parts load with a plain `import()`. Keyed by part name
 * (`PartName` of parts.ts, which imports this module, so it is not imported back).
 */
export const partUrls: Partial<Record<string, string>> = {};
