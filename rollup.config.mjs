// Builds each package's ESM (tree-shakeable, deps external) and the element's single-file script
// (ESM and IIFE, everything inlined, minified). Types come from `tsc -b`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve as resolvePath } from 'node:path';

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

// The CDN files' source maps name their sources by package, not by a path on the machine that
// built them (which would point outside the published package); the sources travel inside the map.
const CDN = 'packages/element/dist/cdn';
const sourcemapPathTransform = (source, mapPath) => {
  const path = resolvePath(dirname(mapPath), source);
  const vendor = path.lastIndexOf('/node_modules/');
  if (vendor >= 0) return `endorsement-kit:///node_modules/${path.slice(vendor + '/node_modules/'.length)}`;
  return `endorsement-kit:///${relative(resolvePath('packages'), path)}`;
};

// Subresource Integrity: the build prints each CDN file's sha384 and keeps them in
// dist/cdn/integrity.json, for hosts that pin the files with `integrity="..."`.
const hashes = {};
const integrity = () => ({
  name: 'integrity',
  writeBundle(options, bundle) {
    for (const name of Object.keys(bundle)) {
      if (name.endsWith('.map')) continue;
      // Hashed as written (with its source-map comment), which is what a browser checks.
      const hash = `sha384-${createHash('sha384').update(readFileSync(resolvePath(options.dir ?? dirname(options.file), name))).digest('base64')}`;
      hashes[name] = hash;
      console.log(`integrity ${name}: ${hash}`);
    }
    const sorted = Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(`${CDN}/integrity.json`, `${JSON.stringify(sorted, null, 2)}\n`);
  },
});

const configs = [library('sdk', ['index'])];

import { existsSync } from 'node:fs';
if (existsSync('packages/element/src/index.ts')) {
  configs.push(library('element', ['index', 'define']));
  const single = (format, file) => ({
    input: 'packages/element/src/define.ts',
    output: { file: `${CDN}/${file}`, format, sourcemap: true, sourcemapPathTransform, inlineDynamicImports: true, ...(format === 'iife' ? { name: 'EndorsementKit' } : {}) },
    plugins: [withoutSpanish(), resolve(), ts(), terser({ format: { comments: false } }), integrity()],
    onwarn: quiet,
  });
  configs.push(single('esm', 'endorsement-application.js'), single('iife', 'endorsement-application.iife.js'));
  // Spanish for the single file, fetched beside it on first use (the element's i18n/load-locale.ts).
  configs.push({
    input: 'packages/sdk/src/i18n/es/index.ts',
    output: { file: `${CDN}/endorsement-application.es.js`, format: 'esm' },
    plugins: [resolve(), ts(), terser({ format: { comments: false } }), integrity()],
    onwarn: quiet,
  });
}

export default configs;
