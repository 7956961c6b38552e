// Measures what an app pays for parts of the SDK: bundles an entry that re-exports the named
// exports (tree-shaken, minified) and returns its minified and gzipped byte counts.
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const ENTRY = '\0bench-entry';

/** @param {string[]} names exports of '@endorsement-kit/sdk' an app uses */
export async function sdkBundleSize(names) {
  const bundle = await rollup({
    input: ENTRY,
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === ENTRY ? ENTRY : null),
        load: (id) => (id === ENTRY ? `export { ${names.join(', ')} } from '@endorsement-kit/sdk';` : null),
      },
      nodeResolve({ exportConditions: ['source', 'browser', 'module', 'import', 'default'], extensions: ['.ts', '.js', '.mjs'] }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' }),
      terser({ format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'esm' });
  await bundle.close();
  const code = output[0].code;
  return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

/** min and gzip bytes of a built file */
export async function fileSize(path) {
  const { readFile } = await import('node:fs/promises');
  const code = await readFile(path);
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
