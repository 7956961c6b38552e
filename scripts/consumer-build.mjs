// A consumer app built by a bundler from the packed packages (issue 22, point 3): `pnpm pack` of
// the SDK and the element, `pnpm install --prefer-offline` of the tarballs into an app outside the
// workspace (from the workspace's pnpm store; the registry only for the versions' metadata, which
// `pnpm install --frozen-lockfile` on a new machine does not keep, so `--offline` fails there, as
// packed.node.test.ts knew), and a production build, with Vite and with webpack 5, of an app
// whose only import is `@endorsement-kit/element/define`. The bundlers resolve the packages as a consumer's do (their `exports`' `default` files in `dist/`,
// not the workspace's `source` condition). Used by packages/element/test/bundler-split.node.test.ts
// (which asserts the bytes) and `pnpm bench` (which prints them). Run after `pnpm build`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const run = (command, args, cwd) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_loglevel: 'error' },
  });

/** gzip at its default level, as a server sends it. */
export const gz = (code) => gzipSync(code).length;

const FLOW_PART = '/parts/flow-part.js';
const SPANISH = '/i18n/es/index.js';

/** Packs both packages once and installs the tarballs into a new app; `dispose()` removes it all. */
export function consumerApp(root) {
  const work = mkdtempSync(join(tmpdir(), 'ek-consumer-'));
  try {
    const tarball = (pkg) => {
      const file = run('pnpm', ['pack', '--pack-destination', work], join(root, 'packages', pkg))
        .trim()
        .split('\n')
        .find((line) => line.endsWith('.tgz'));
      if (!file) throw new Error(`pnpm pack printed no tarball for ${pkg}`);
      return `file:${resolve(work, file)}`;
    };
    const sdk = tarball('sdk');
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({
        name: 'app',
        private: true,
        type: 'module',
        dependencies: { '@endorsement-kit/element': tarball('element'), '@endorsement-kit/sdk': sdk },
        pnpm: { overrides: { '@endorsement-kit/sdk': sdk } },
      }),
    );
    const store = run('pnpm', ['store', 'path'], root).trim();
    run('pnpm', ['install', '--prefer-offline', '--ignore-workspace', '--store-dir', store, '--config.confirmModulesPurge=false'], app);
    writeFileSync(
      join(app, 'index.html'),
      '<!doctype html><html lang="en"><title>app</title><script type="module" src="/main.js"></script><endorsement-application program="alliance"></endorsement-application></html>',
    );
    writeFileSync(join(app, 'main.js'), "import '@endorsement-kit/element/define';\n");
    return { app, work, dispose: () => rmSync(work, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

/** A Vite chunk and every chunk it imports statically. */
function viteGraph(chunks, from) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Map();
  const visit = (chunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  visit(from);
  return [...seen.values()];
}

/**
 * `vite build` of the app, in memory. What a page loads: the entry chunk and its static imports
 * first; the dynamic entry holding the flow part, or Spanish, and their static imports, on `import()`.
 */
export async function viteBuild({ app, work }) {
  const { build } = await import('vite');
  const result = await build({
    root: app,
    configFile: false,
    logLevel: 'silent',
    cacheDir: join(work, 'vite-cache'),
    build: { write: false },
  });
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  const dynamic = (suffix) => chunks.find((c) => c.isDynamicEntry && c.moduleIds.some((id) => id.endsWith(suffix)));
  const load = (chunk) => (chunk ? viteGraph(chunks, chunk) : []);
  const entry = chunks.find((c) => c.isEntry);
  const shape = (c) => ({ fileName: c.fileName, code: c.code, modules: c.moduleIds });
  return {
    bundler: 'Vite',
    chunks: chunks.map(shape),
    first: load(entry).map(shape),
    flow: load(dynamic(FLOW_PART)).map(shape),
    spanish: load(dynamic(SPANISH)).map(shape),
    warnings: [],
    files: Object.fromEntries(chunks.map((c) => [c.fileName, c.code])),
    script: `<script type="module" src="/${entry.fileName}"></script>`,
  };
}

/**
 * A webpack 5 production build of the app (its defaults, as a webpack app has them), written to a
 * folder beside the app. What a page loads: the entrypoint's chunks first; on `import()`, the
 * chunks of the async chunk group holding the flow part, or Spanish (webpack loads a group's
 * chunks together).
 */
export async function webpackBuild({ app, work }) {
  const { default: webpack } = await import('webpack');
  const out = join(work, 'webpack-dist');
  const compiler = webpack({
    mode: 'production',
    context: app,
    entry: './main.js',
    output: { path: out, filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js' },
    performance: { hints: false },
    cache: false,
  });
  const stats = await new Promise((done, fail) => compiler.run((error, result) => (error ? fail(error) : done(result))));
  await new Promise((done) => compiler.close(done));
  if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
  const { compilation } = stats;
  const modulesOf = (chunk) =>
    [...compilation.chunkGraph.getChunkModulesIterable(chunk)]
      .flatMap((m) => (m.modules ? [...m.modules] : [m]))
      .map((m) => m.resource)
      .filter(Boolean);
  const shape = (chunk) => {
    const files = [...chunk.files].filter((file) => file.endsWith('.js'));
    return {
      fileName: files.join(', '),
      code: files.map((file) => readFileSync(join(out, file), 'utf8')).join('\n'),
      modules: modulesOf(chunk),
    };
  };
  const shapes = new Map([...compilation.chunks].map((chunk) => [chunk, shape(chunk)]));
  const group = (suffix) =>
    compilation.chunkGroups.find((g) => !g.isInitial() && g.chunks.some((c) => shapes.get(c).modules.some((id) => id.endsWith(suffix))));
  const load = (g) => (g ? g.chunks.map((c) => shapes.get(c)) : []);
  return {
    bundler: 'webpack',
    chunks: [...shapes.values()],
    first: load(compilation.entrypoints.get('main')),
    flow: load(group(FLOW_PART)),
    spanish: load(group(SPANISH)),
    warnings: compilation.warnings.map((w) => w.message),
    files: Object.fromEntries(
      [...compilation.chunks].flatMap((c) =>
        [...c.files].filter((f) => f.endsWith('.js')).map((f) => [f, readFileSync(join(out, f), 'utf8')]),
      ),
    ),
    script: compilation.entrypoints
      .get('main')
      .getFiles()
      .filter((f) => f.endsWith('.js'))
      .map((f) => `<script defer src="/${f}"></script>`)
      .join(''),
  };
}

/** Packs once, builds with each bundler asked for, cleans up. */
export async function consumerBuilds(root, bundlers = ['vite', 'webpack']) {
  const made = consumerApp(root);
  try {
    const builds = [];
    for (const bundler of bundlers) builds.push(await (bundler === 'vite' ? viteBuild(made) : webpackBuild(made)));
    return builds;
  } finally {
    made.dispose();
  }
}

/** The figures `pnpm bench` prints, gz: the first chunk, the flow part beyond it, Spanish beyond both, all chunks. */
export function figures(build) {
  const sum = (list) => list.reduce((total, c) => total + gz(c.code), 0);
  const loaded = new Set(build.first.map((c) => c.fileName));
  const flow = build.flow.filter((c) => !loaded.has(c.fileName));
  for (const c of flow) loaded.add(c.fileName);
  return {
    first: sum(build.first),
    firstFiles: build.first.map((c) => c.fileName),
    flow: sum(flow),
    spanish: sum(build.spanish.filter((c) => !loaded.has(c.fileName))),
    all: sum(build.chunks),
  };
}
