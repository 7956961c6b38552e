// jitless: zod would otherwise probe `new Function` when an object schema is built, which a strict
// Content-Security-Policy reports as a violation. payload-schemas.ts, which every other module that
// builds schemas imports first, calls `z.config({ jitless: true })` before it builds any, rather
// than this module: a module kept only
// for its side effects would be loaded with anything that imports the SDK at all, so zod would
// come with the element's first screen. In Node there is no page and no policy: there zod compiles
// its object parsers, which takes a 300-entry application from 2.4 to 1.5 ms (a server's work).
//
// Re-exported name by name (`export *`), not as one `z` object: bundlers such as esbuild cannot
// tree-shake a re-exported namespace object, and would ship all of zod.
export * from 'zod/mini';
