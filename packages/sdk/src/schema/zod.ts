import { config } from 'zod/mini';

// jitless: zod would otherwise probe `new Function`, which a strict Content-Security-Policy reports
// as a violation. The probe runs when an object schema is built, so this module must run before
// any schema exists: every schema module imports zod through it, and package.json lists it under
// `sideEffects` so no bundler drops the call. Parsing speed is irrelevant at the size of an application.
config({ jitless: true });

// Re-exported name by name (`export *`), not as one `z` object: bundlers such as esbuild cannot
// tree-shake a re-exported namespace object, and would ship all of zod.
export * from 'zod/mini';
