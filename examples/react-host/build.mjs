// `node build.mjs`: bundles the React app (src/main.tsx, JSX by esbuild) with React, the element
// and the SDK from their TypeScript sources into dist/app.js. `pnpm demo:react` then serves it.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Builds the app; resolves to the output file's path. */
export async function buildApp({ outfile = join(here, 'dist', 'app.js'), minify = true } = {}) {
  await build({
    entryPoints: [join(here, 'src', 'main.tsx')],
    outfile,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    minify,
    sourcemap: true,
    conditions: ['source'],
    tsconfig: join(here, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': minify ? '"production"' : '"development"' },
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`Built ${await buildApp()}`);
