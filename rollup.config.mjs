// Builds each package's ESM (tree-shakeable, deps external) and the element's single-file script
// (ESM and IIFE, everything inlined, minified). Types come from `tsc -b`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync } from 'node:fs';

const quiet = (warning, warn) => {
  // zod ships annotations and cycles rollup warns about; both are harmless (toolchain.md).
  if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};
const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' });
const resolve = () => nodeResolve({ exportConditions: ['source', 'browser', 'module', 'import', 'default'], extensions: ['.ts', '.js', '.mjs'] });
// The single-file script ships English only; Spanish is a second file loaded on demand, which
// keeps the script a plain tag needs within its size budget.
const withoutSpanish = () => ({
  name: 'without-spanish',
  load(id) {
    const area = /packages\/sdk\/src\/i18n\/es\/(\w+)\.ts$/.exec(id)?.[1];
    if (!area) return null;
    return area === 'index' ? 'export const es = undefined;' : `export const ${area}Es = undefined;`;
  },
});
const external = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

// Our modules are free of side effects except the sources the packages' `sideEffects` fields list;
// without this, rollup keeps bare imports of modules it cannot prove pure, and bundlers of the
// published ESM then warn about them.
const ownSideEffects = ['sdk', 'element'].flatMap((pkg) => {
  const { sideEffects } = JSON.parse(readFileSync(`packages/${pkg}/package.json`, 'utf8'));
  return (Array.isArray(sideEffects) ? sideEffects : []).filter((file) => file.startsWith('./src/')).map((file) => `/packages/${pkg}/${file.slice(2)}`);
});
const moduleSideEffects = (id, external) => external || !id.includes('/packages/') || ownSideEffects.some((file) => id.endsWith(file));

const library = (pkg, inputs) => ({
  input: Object.fromEntries(inputs.map((name) => [name, `packages/${pkg}/src/${name}.ts`])),
  output: { dir: `packages/${pkg}/dist`, format: 'esm', preserveModules: true, preserveModulesRoot: `packages/${pkg}/src`, sourcemap: true },
  external,
  plugins: [resolve(), ts()],
  treeshake: { moduleSideEffects },
  onwarn: quiet,
});

const configs = [library('sdk', ['index']), library('server', ['index', 'cli'])];

import { existsSync } from 'node:fs';
if (existsSync('packages/element/src/index.ts')) {
  configs.push(library('element', ['index', 'define', 'styles/index']));
  const single = (format, file) => ({
    input: 'packages/element/src/define.ts',
    output: { file: `packages/element/dist/${file}`, format, sourcemap: true, inlineDynamicImports: true, ...(format === 'iife' ? { name: 'EndorsementKit' } : {}) },
    plugins: [withoutSpanish(), resolve(), ts(), terser({ format: { comments: false } })],
    onwarn: quiet,
  });
  configs.push(single('esm', 'endorsement-application.js'), single('iife', 'endorsement-application.iife.js'));
  // Spanish for the single file, fetched beside it on first use (the element's i18n/load-locale.ts).
  configs.push({
    input: 'packages/sdk/src/i18n/es/index.ts',
    output: { file: 'packages/element/dist/endorsement-application.es.js', format: 'esm' },
    plugins: [resolve(), ts(), terser({ format: { comments: false } })],
    onwarn: quiet,
  });
}

// The coordinator's workspace page (packages/server/admin-ui): one file with lit and the element's
// styles inlined, served by the server at /admin/assets/workspace.js.
configs.push({
  input: 'packages/server/admin-ui/src/workspace.ts',
  output: { file: 'packages/server/dist/admin-ui/workspace.js', format: 'esm', sourcemap: true },
  plugins: [resolve(), ts(), terser({ format: { comments: false } })],
  onwarn: quiet,
});

export default configs;
