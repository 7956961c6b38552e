// Builds each package's ESM (tree-shakeable, deps external) and the element's single-file script
// (ESM and IIFE, everything inlined, minified). Types come from `tsc -b`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve as resolvePath } from 'node:path';

const ELEMENT_VERSION = JSON.parse(readFileSync('packages/element/package.json', 'utf8')).version;

const quiet = (warning, warn) => {
  // zod ships annotations and cycles rollup warns about; both are harmless (toolchain.md).
  if (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};
const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' });
const resolve = () =>
  nodeResolve({ exportConditions: ['source', 'browser', 'module', 'import', 'default'], extensions: ['.ts', '.js', '.mjs'] });
// The single-file script ships English only; Spanish is a second file loaded on demand, which
// keeps the script a plain tag needs within its size budget.
const withoutSpanish = () => ({
  name: 'without-spanish',
  load(id) {
    const area = /packages\/sdk\/src\/i18n\/es\/([\w-]+)\.ts$/.exec(id)?.[1];
    if (!area) return null;
    return area === 'index'
      ? 'export const es = undefined;'
      : `export const ${area.replace(/-(\w)/g, (_, c) => c.toUpperCase())}Es = undefined;`;
  },
});
// The CDN files fetch a language from `endorsement-application.<locale>.js` beside the script, not
// as a chunk of the SDK's catalog (the element's i18n/locale-modules.ts, for bundlers).
const localesBeside = () => ({
  name: 'locales-beside',
  load(id) {
    return id.endsWith('/packages/element/src/i18n/locale-modules.ts')
      ? 'export const localeModules = {};\nexport const scriptUrl = import.meta.url;'
      : null;
  },
});
// The application never shows the rater's page words (`<endorsement-rating>` carries its own):
// its builds leave them out.
const withoutRaterWords = () => ({
  name: 'without-rater-words',
  load(id) {
    const match = /packages\/sdk\/src\/i18n\/(en|es)\/rating\.ts$/.exec(id);
    return match ? `export const rating${match[1] === 'en' ? 'En' : 'Es'} = {};` : null;
  },
});
const external = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

// Our modules are free of side effects except the sources the packages' `sideEffects` fields list;
// without this, rollup keeps bare imports of modules it cannot prove pure, and bundlers of the
// published ESM then warn about them.
const ownSideEffects = ['sdk', 'element'].flatMap((pkg) => {
  const { sideEffects } = JSON.parse(readFileSync(`packages/${pkg}/package.json`, 'utf8'));
  return (Array.isArray(sideEffects) ? sideEffects : [])
    .filter((file) => file.startsWith('./src/'))
    .map((file) => `/packages/${pkg}/${file.slice(2)}`);
});
const moduleSideEffects = (id, external) => external || !id.includes('/packages/') || ownSideEffects.some((file) => id.endsWith(file));

// The folders of a package's dist that other builds write (tsc's types, the CDN files, the
// workspace's script, PGlite's initial data): the library build leaves them alone.
const NOT_LIBRARY = new Set(['types', 'cdn', 'admin-ui', 'pglite']);
// A source moved or deleted leaves its old module behind in dist, which `pnpm pack` would ship:
// after writing, the library build removes the modules (and their maps) it did not write this time.
export const withoutStaleModules = () => ({
  name: 'without-stale-modules',
  writeBundle({ dir }, bundle) {
    const sweep = (folder) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = `${folder}/${entry.name}`;
        const name = relative(dir, path).split('\\').join('/');
        if (entry.isDirectory()) {
          if (folder === dir && NOT_LIBRARY.has(entry.name)) continue;
          sweep(path);
          if (readdirSync(path).length === 0) rmSync(path, { recursive: true });
        } else if (/\.js(\.map)?$/.test(entry.name) && !(name in bundle)) rmSync(path);
      }
    };
    sweep(dir);
  },
});

const library = (pkg, inputs) => ({
  input: Object.fromEntries(inputs.map((name) => [name, `packages/${pkg}/src/${name}.ts`])),
  output: {
    dir: `packages/${pkg}/dist`,
    format: 'esm',
    preserveModules: true,
    preserveModulesRoot: `packages/${pkg}/src`,
    sourcemap: true,
  },
  external,
  plugins: [resolve(), ts(), withoutStaleModules()],
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

// V8 compiles every function of a file whose first line is this comment while the file streams in,
// off the main thread, instead of each function on its first call on the main thread. The
// application's first file calls nearly all of its functions before its first screen: about 35 ms
// sooner to the first input on pnpm bench's phone profile (docs/performance.md), for 30 bytes.
// Added after the minifier (which drops comments), with the source map moved down a line.
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const compileHint = (entryName) => ({
  name: 'compile-hint',
  generateBundle(options, bundle) {
    const chunk = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry && file.name === entryName);
    if (!chunk) return;
    const { fileName } = chunk;
    chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
    if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
    const mapAsset = bundle[`${fileName}.map`];
    if (mapAsset?.type === 'asset') {
      const map = JSON.parse(String(mapAsset.source));
      map.mappings = `;${map.mappings}`;
      mapAsset.source = JSON.stringify(map);
    }
  },
});

// Subresource Integrity: the build prints each CDN file's sha384 and keeps them in
// dist/cdn/integrity.json, for hosts that pin the files with `integrity="..."`.
const hashes = {};
const integrity = () => ({
  name: 'integrity',
  writeBundle(options, bundle) {
    for (const name of Object.keys(bundle)) {
      if (name.endsWith('.map')) continue;
      // Hashed as written (with its source-map comment), which is what a browser checks.
      const hash = `sha384-${createHash('sha384')
        .update(readFileSync(resolvePath(options.dir ?? dirname(options.file), name)))
        .digest('base64')}`;
      hashes[name] = hash;
      console.log(`integrity ${name}: ${hash}`);
    }
    const sorted = Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(`${CDN}/integrity.json`, `${JSON.stringify(sorted, null, 2)}\n`);
    // An `integrity` attribute pins one file; a module's parts are fetched by imports, which only an
    // import map's `integrity` can pin. importmap.json pins every module file; its keys are
    // relative (`./name`): the host puts the folder's URL in their place (docs/embedding.md).
    const modules = Object.entries(sorted).filter(([name]) => !name.endsWith('.iife.js'));
    writeFileSync(
      `${CDN}/importmap.json`,
      `${JSON.stringify({ integrity: Object.fromEntries(modules.map(([name, hash]) => [`./${name}`, hash])) }, null, 2)}\n`,
    );
  },
});

// The SDK's `/en` and `/es` entries are its catalogs, for a UI that loads them on demand.
const configs = [library('sdk', ['index', 'core', 'i18n/en/index', 'i18n/es/index']), library('server', ['index', 'cli'])];

import { existsSync } from 'node:fs';
if (existsSync('packages/element/src/index.ts')) {
  configs.push(library('element', ['index', 'define', 'define-rating', 'styles/index', 'fields/markup']));
  // The CDN files (dist/cdn), for a plain <script> tag; see docs/embedding.md for which to use where.
  // endorsement-application.js is the one URL a host writes: the first screen's code, with the
  // `flow` and `send` parts beside it under content-hashed names, found from its own URL.
  // After a build of a tag's parts, its parts of earlier builds (other hashes) are removed from
  // the folder (also the amend page's, whose Spanish is a chunk rollup splits itself).
  const removeStaleParts = (tag, dir, bundle) => {
    const stale = new RegExp(`^${tag}\\.\\w+-[\\w-]{8}\\.js(\\.map)?$`);
    for (const name of readdirSync(dir)) if (stale.test(name) && !(name in bundle)) rmSync(resolvePath(dir, name));
  };
  // A page's parts (content-hashed files beside its script, found from its own URL): each part's
  // module emitted as a chunk of its own, `urlsModule` replaced by their URLs, and the parts of
  // earlier builds (other hashes) removed once this build's are written; a build kept in memory
  // (the size test) writes and removes nothing.
  const partUrlsPlugin = ({ tag, names, partModule, urlsModule, exportName, extra = '' }) => {
    const refs = {};
    return {
      name: `${tag}-part-urls`,
      buildStart() {
        for (const name of names)
          refs[name] = this.emitFile({ type: 'chunk', id: resolvePath(partModule(name)), name, preserveSignature: 'allow-extension' });
      },
      writeBundle(options, bundle) {
        removeStaleParts(tag, options.dir, bundle);
      },
      load(id) {
        if (!id.endsWith(urlsModule)) return null;
        return `export const ${exportName} = { ${Object.entries(refs)
          .map(([name, ref]) => `${name}: import.meta.ROLLUP_FILE_URL_${ref}`)
          .join(', ')} };${extra}`;
      },
    };
  };
  // The parts import the entry by its plain name: a page that loads it under another (a query
  // string) would load it twice, two elements' worth of state. Said in the console.
  const partUrls = () =>
    partUrlsPlugin({
      tag: 'endorsement-application',
      names: ['flow', 'send'],
      partModule: (name) => `packages/element/src/parts/${name}-part.ts`,
      urlsModule: '/packages/element/src/parts/part-urls.ts',
      exportName: 'partUrls',
      extra:
        "\nif (/[?#]/.test(import.meta.url)) console.warn('endorsement-kit: load endorsement-application.js without a query string (docs/embedding.md)');",
    });
  // Rollup puts a module in a chunk loaded with the entry whenever the entry reaches it by static
  // imports, used or not (the SDK's index re-exports everything), so the parts are named here:
  // `flow` (steps, review, tracker, the two-tab prompt, fees; zod, validation, requirements, sending) and `send` (ky and the
  // REST backend). Each part is one file, so a retry with a fresh URL fetches all of it again. The
  // rest (Lit, the element's shell, the start screen, the SDK's drafts, stores and presets) goes
  // in one `core` chunk, which is the entry file itself. The size test fails if the entry
  // still needs a module of a part.
  const PARTS = {
    flow: /\/node_modules\/zod\/|\/packages\/sdk\/src\/(schema|validation|requirements|steps)\/|\/packages\/sdk\/src\/program\/(define-program|check-program-config|config-schema|describe-config-issue|visible-steps|fee-config-schema|renewal-config-schema|uploads-config-schema|uploads-config|document-settings|fees-due|format-fee|fee-settings|fee-examples)\.ts$|\/packages\/sdk\/src\/drafts\/(send|full-features|validate-payload)\.ts$|\/packages\/sdk\/src\/(references|renewal)\/|\/packages\/sdk\/src\/i18n\/(en|es)\/(rating-checks|renewal)\.ts$|\/packages\/sdk\/src\/backend\/(references-client|json-call|issue-list|fee-checkout|document-client)\.ts$|\/packages\/sdk\/src\/errors\/(reference-link-error|document-error)\.ts$|\/packages\/sdk\/src\/drafts\/draft-documents\.ts$|\/packages\/element\/src\/(application-step|review|tracker|references|fees)\/|\/packages\/element\/src\/parts\/(flow-part|english-rest|status-extras)\.ts$|\/packages\/element\/src\/header\/conflict-notice\.ts$|\?later$/,
    send: /\/node_modules\/ky\/|\/packages\/sdk\/src\/backend\/(rest-backend|receipt)\.ts$|\/packages\/element\/src\/parts\/send-part\.ts$/,
  };
  // The quiz's number rule is the start screen's, though in that folder.
  const FIRST = /\/packages\/sdk\/src\/requirements\/profile-number-code\.ts$/;
  const manualChunks = (id) => (FIRST.test(id) ? 'core' : (Object.keys(PARTS).find((name) => PARTS[name].test(id)) ?? 'core'));
  // The first load's English is the interface's and the drafts'; the form's labels, the
  // requirement texts, the validation messages and the words of the steps' screens (the review,
  // the tracker, the two-tab prompt) come with the `flow` part, which registers them
  // (parts/english-rest.ts): here those catalogs are empty, their real content loaded as `?later`.
  const LATER_ENGLISH = ['form', 'form-lists', 'requirements', 'validation', 'steps', 'references', 'fees', 'review'];
  const camel = (area) => area.replace(/-(\w)/g, (_, c) => c.toUpperCase());
  const englishLater = () => ({
    name: 'english-later',
    resolveId(id) {
      return id.endsWith('?later') ? id : null;
    },
    load(id) {
      if (id.endsWith('?later')) return transformSync(readFileSync(id.slice(0, -'?later'.length), 'utf8'), { loader: 'ts' }).code;
      const area = /\/packages\/sdk\/src\/i18n\/en\/([\w-]+)\.ts$/.exec(id)?.[1];
      if (area && LATER_ENGLISH.includes(area)) return `export const ${camel(area)}En = {};`;
      if (id.endsWith('/packages/element/src/parts/english-rest.ts'))
        return `import { registerMessages } from '@endorsement-kit/sdk/core';
${LATER_ENGLISH.map((area) => `import { ${camel(area)}En } from ${JSON.stringify(`${resolvePath(`packages/sdk/src/i18n/en/${area}.ts`)}?later`)};`).join('\n')}
registerMessages('en', { ${LATER_ENGLISH.map((area) => `...${camel(area)}En`).join(', ')} });`;
      return null;
    },
  });
  configs.push({
    input: { 'endorsement-application': 'packages/element/src/define.ts' },
    // The entry file is the first screen's code itself (the `core` chunk, exporting what the parts
    // import from it), not a re-export of a hashed core: a page reaches its first render in one
    // request fewer. So it is the one file of the folder that changes under a stable name: serve it
    // with `Cache-Control: no-cache` and the hashed parts as immutable (docs/embedding.md).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: CDN,
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: 'endorsement-application.[name]-[hash].js',
      sourcemap: true,
      sourcemapPathTransform,
      manualChunks,
    },
    plugins: [
      partUrls(),
      englishLater(),
      localesBeside(),
      withoutSpanish(),
      withoutRaterWords(),
      resolve(),
      ts(),
      terser({ format: { comments: false }, compress: { passes: 3 } }),
      compileHint('endorsement-application'),
      integrity(),
    ],
    treeshake: { moduleSideEffects: (id) => !/\/packages\/sdk\/src\/|\/node_modules\/(zod|ky)\//.test(id) },
    onwarn: quiet,
  });
  const classic = (input, file, plugins = []) => ({
    input,
    output: {
      file: `${CDN}/${file}`,
      format: 'iife',
      name: 'EndorsementKit',
      extend: true,
      sourcemap: true,
      sourcemapPathTransform,
      inlineDynamicImports: true,
    },
    plugins: [...plugins, resolve(), ts(), terser({ format: { comments: false }, compress: { passes: 3 } }), integrity()],
    onwarn: quiet,
  });
  // The reference rater's page (<endorsement-rating>): one file of its own, Lit and the few SDK
  // pieces it uses inside, English and Spanish included. It shares nothing with the application's
  // files, so neither one's first load carries the other.
  configs.push({
    input: 'packages/element/src/define-rating.ts',
    output: { file: `${CDN}/endorsement-rating.js`, format: 'esm', sourcemap: true, sourcemapPathTransform, inlineDynamicImports: true },
    plugins: [resolve(), ts(), terser({ format: { comments: false }, compress: { passes: 3 } }), integrity()],
    treeshake: { moduleSideEffects: (id) => !/\/packages\/sdk\/src\/|\/node_modules\/(zod|ky)\//.test(id) },
    onwarn: quiet,
  });
  // The endorsee's renewal page (<endorsement-renewal>): its own files, sharing nothing with the
  // application's. endorsement-renewal.js holds the first screen (Lit, the page, the lists, the
  // checklist and fees, their English); beside it under content-hashed names, loaded by the page
  // (renewal/renewal-parts.ts, URLs from its own as the application's parts): `spanish`, the
  // application's words in Spanish, for a Spanish endorsee only, and `checks`, validation (zod, its
  // messages, validateRenewal), fetched once the form is shown. Named here because the SDK's core
  // reaches them by static imports (see PARTS below).
  const RENEWAL_PARTS = {
    spanish:
      /\/packages\/sdk\/src\/i18n\/(es\/(ui|steps|form-lists|fees)|renewal-form-messages-es)\.ts$|\/packages\/element\/src\/renewal\/renewal-spanish-part\.ts$/,
    checks:
      /\/node_modules\/zod\/|\/packages\/sdk\/src\/validation\/|\/packages\/sdk\/src\/schema\/(?!levels-and-roles\.ts$)|\/packages\/sdk\/src\/renewal\/(validate-renewal|renewal-schema)\.ts$|\/packages\/sdk\/src\/i18n\/((en|es)\/validation|renewal-validation-messages-es)\.ts$|\/packages\/element\/src\/renewal\/renewal-checks-part\.ts$/,
  };
  const renewalPartUrls = () =>
    partUrlsPlugin({
      tag: 'endorsement-renewal',
      names: Object.keys(RENEWAL_PARTS),
      partModule: (name) => `packages/element/src/renewal/renewal-${name}-part.ts`,
      urlsModule: '/packages/element/src/renewal/renewal-part-urls.ts',
      exportName: 'renewalPartUrls',
    });
  // The renewal page writes its entry into the page itself (one round trip fewer on a phone,
  // issue 22). A part importing the entry back by its URL would then run a second copy of it, so
  // here the entry hands its parts what they import through a global instead: the entry's last
  // statement puts its exports on `globalThis[Symbol.for(key)]`, and each part's import of the entry
  // becomes a read of them. The build fails if a part still names the entry's file afterwards.
  // Lines are kept as they were (the statements are on lines of their own before terser), so the
  // source maps stay true without a map of this change.
  // An export or import list (`t as E, r`) as an object's `name: local` pairs (`E: t, r: r`).
  const namedPairs = (list, kind) =>
    list
      .split(',')
      .map((binding) => {
        const [left, right = left] = binding.trim().split(/\s+as\s+/);
        return kind === 'export' ? `${right}: ${left}` : `${left}: ${right}`;
      })
      .join(', ');
  const partsWithoutEntryImports = ({ entry, key }) => ({
    name: `${entry}-parts-without-entry-imports`,
    renderChunk(code, chunk) {
      const global = `globalThis[Symbol.for(${JSON.stringify(key)})]`;
      if (chunk.isEntry && chunk.fileName === entry) {
        const exported = /\nexport \{([^}]*)\};\s*$/.exec(code);
        if (!exported) this.error(`${entry}: no export statement at its end`);
        return { code: `${code.trimEnd()}\n${global} = Object.freeze({ ${namedPairs(exported[1], 'export')} });\n`, map: null };
      }
      const from = new RegExp(`import \\{([^}]*)\\} from '\\./${entry.replace(/\./g, '\\.')}';`);
      const rewritten = code.replace(
        from,
        (statement, bindings) => `const { ${namedPairs(bindings, 'import')} } = ${global};${'\n'.repeat(statement.split('\n').length - 1)}`,
      );
      if (rewritten.includes(`./${entry}`)) this.error(`${chunk.fileName} still imports ${entry}: rollup.config.mjs cannot rewrite it`);
      return rewritten === code ? null : { code: rewritten, map: null };
    },
  });
  configs.push({
    input: { 'endorsement-renewal': 'packages/element/src/define-renewal.ts' },
    // As the application's: the entry is the first screen's code itself, exporting what its parts import.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: CDN,
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: 'endorsement-renewal.[name]-[hash].js',
      sourcemap: true,
      sourcemapPathTransform,
      manualChunks: (id) => Object.keys(RENEWAL_PARTS).find((name) => RENEWAL_PARTS[name].test(id)) ?? 'endorsement-renewal',
    },
    plugins: [
      renewalPartUrls(),
      resolve(),
      ts(),
      partsWithoutEntryImports({ entry: 'endorsement-renewal.js', key: `endorsement-kit:endorsement-renewal@${ELEMENT_VERSION}` }),
      terser({ format: { comments: false }, compress: { passes: 3 } }),
      integrity(),
    ],
    treeshake: { moduleSideEffects: (id) => !/\/packages\/sdk\/src\/|\/node_modules\/(zod|ky)\//.test(id) },
    onwarn: quiet,
  });
  // The applicant's amend page (<endorsement-amend> holding <endorsement-application>): a file of
  // its own with the application's parts and English inside, and Spanish beside it
  // (`endorsement-amend.spanish-XXXXXXXX.js`, the element's `import()` of the SDK's catalog), fetched
  // only for an application in Spanish. Only /amend/ loads it, so the application's first load
  // carries none of the amend code.
  configs.push({
    input: { 'endorsement-amend': 'packages/element/src/define-amend.ts' },
    output: {
      dir: CDN,
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: 'endorsement-amend.[name]-[hash].js',
      sourcemap: true,
      sourcemapPathTransform,
      manualChunks: (id) => (/\/packages\/sdk\/src\/i18n\/es\//.test(id) ? 'spanish' : 'endorsement-amend'),
    },
    plugins: [
      resolve(),
      ts(),
      terser({ format: { comments: false }, compress: { passes: 3 } }),
      integrity(),
      {
        name: 'endorsement-amend-stale-parts',
        writeBundle: (options, bundle) => removeStaleParts('endorsement-amend', options.dir, bundle),
      },
    ],
    treeshake: { moduleSideEffects: (id) => !/\/packages\/sdk\/src\/|\/node_modules\/(zod|ky)\//.test(id) },
    onwarn: quiet,
  });
  // The classic-script form: a small loader that imports endorsement-application.js from beside
  // itself (a CDN must send CORS headers for that when on another origin) ...
  configs.push(classic('packages/element/src/cdn/loader.ts', 'endorsement-application.iife.js'));
  // ... and everything in one classic file, for a CDN that cannot send CORS headers.
  configs.push(
    classic('packages/element/src/cdn/standalone.ts', 'endorsement-application.standalone.iife.js', [
      localesBeside(),
      withoutSpanish(),
      withoutRaterWords(),
    ]),
  );
  // Spanish for the single file, fetched beside it on first use (the element's i18n/load-locale.ts):
  // the SDK's catalog and the rating checks' words the tracker says, which the CDN files above
  // leave out like all of Spanish (the SDK words them in Spanish synchronously for its own callers).
  const spanishFile = '\0endorsement-application.es';
  const spanishForTheFiles = () => ({
    name: 'spanish-for-the-files',
    resolveId: (id) => (id === spanishFile ? id : null),
    load: (id) =>
      id === spanishFile
        ? `import { es as catalog } from ${JSON.stringify(resolvePath('packages/sdk/src/i18n/es/index.ts'))};
import { ratingChecksEs } from ${JSON.stringify(resolvePath('packages/sdk/src/i18n/es/rating-checks.ts'))};
export const es = { ...catalog, ...ratingChecksEs };`
        : null,
  });
  configs.push({
    input: spanishFile,
    output: { file: `${CDN}/endorsement-application.es.js`, format: 'esm' },
    plugins: [
      spanishForTheFiles(),
      withoutRaterWords(),
      resolve(),
      ts(),
      terser({ format: { comments: false }, compress: { passes: 3 } }),
      integrity(),
    ],
    onwarn: quiet,
  });
}

// The coordinator's workspace page (packages/server/admin-ui): one file with lit and the element's
// styles inlined, served by the server at /admin/assets/workspace.js.
configs.push({
  input: 'packages/server/admin-ui/src/workspace.ts',
  output: { file: 'packages/server/dist/admin-ui/workspace.js', format: 'esm', sourcemap: true },
  plugins: [resolve(), ts(), terser({ format: { comments: false }, compress: { passes: 3 } })],
  onwarn: quiet,
});

export default configs;
