// Builds each package's ESM (tree-shakeable, deps external) and the element's single-file script
// (ESM and IIFE, everything inlined, minified). Types come from `tsc -b`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const quiet = (warning, warn) => {
  // zod ships annotations and cycles rollup warns about; both are harmless (toolchain.md).
  if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};
const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' });
const resolve = () => nodeResolve({ exportConditions: ['source', 'browser', 'module', 'import', 'default'], extensions: ['.ts', '.js', '.mjs'] });
const external = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

const library = (pkg, inputs) => ({
  input: Object.fromEntries(inputs.map((name) => [name, `packages/${pkg}/src/${name}.ts`])),
  output: { dir: `packages/${pkg}/dist`, format: 'esm', preserveModules: true, preserveModulesRoot: `packages/${pkg}/src`, sourcemap: true },
  external,
  plugins: [resolve(), ts()],
  onwarn: quiet,
});

const configs = [library('sdk', ['index'])];

import { existsSync } from 'node:fs';
if (existsSync('packages/element/src/index.ts')) {
  configs.push(library('element', ['index', 'define']));
  const single = (format, file) => ({
    input: 'packages/element/src/define.ts',
    output: { file: `packages/element/dist/${file}`, format, sourcemap: true, inlineDynamicImports: true, ...(format === 'iife' ? { name: 'EndorsementKit' } : {}) },
    plugins: [resolve(), ts(), terser({ format: { comments: false } })],
    onwarn: quiet,
  });
  configs.push(single('esm', 'endorsement-application.js'), single('iife', 'endorsement-application.iife.js'));
}

export default configs;
