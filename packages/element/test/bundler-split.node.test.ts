// Issue 22, point 3: a bundler splits the package's module entry the way the CDN files are split.
// Both packages are packed (`pnpm pack`), installed from the tarballs into an app outside the
// workspace (offline, from the workspace's pnpm store), and the app, `import
// '@endorsement-kit/element/define'`, is built with Vite. Its first chunk (the entry and what it
// imports statically) is at most 40 KB gz and holds no Spanish; Spanish is a chunk of its own,
// imported only when a page is in Spanish. Run after `pnpm build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { programs } from '@endorsement-kit/sdk';
import { en } from '@endorsement-kit/sdk/en';
import { es } from '@endorsement-kit/sdk/es';

const KB = 1024;
const FIRST_CHUNK = 40 * KB;
const root = fileURLToPath(new URL('../../../', import.meta.url));
let work = '';
let chunks: Rolldown.OutputChunk[] = [];

const run = (command: string, args: string[], cwd: string): string =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_loglevel: 'error' },
  });
// gzip at its default level, as a server sends it.
const gz = (code: string) => gzipSync(code).length;

before(async () => {
  for (const pkg of ['sdk', 'element'])
    assert.ok(existsSync(join(root, `packages/${pkg}/dist/index.js`)), `packages/${pkg} is built (run pnpm build)`);
  work = mkdtempSync(join(tmpdir(), 'ek-vite-'));
  const tarball = (pkg: string) => {
    const file = run('pnpm', ['pack', '--pack-destination', work], join(root, 'packages', pkg))
      .trim()
      .split('\n')
      .find((line) => line.endsWith('.tgz'));
    assert.ok(file, `pnpm pack printed the tarball of ${pkg}`);
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
  // Offline: every dependency is in the workspace's store; the test never reaches the registry.
  const store = run('pnpm', ['store', 'path'], root).trim();
  run('pnpm', ['install', '--offline', '--ignore-workspace', '--store-dir', store, '--config.confirmModulesPurge=false'], app);
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html><html lang="en"><title>app</title><script type="module" src="/main.js"></script><endorsement-application program="alliance"></endorsement-application></html>',
  );
  writeFileSync(join(app, 'main.js'), "import '@endorsement-kit/element/define';\n");
  const result = await build({
    root: app,
    configFile: false,
    logLevel: 'silent',
    cacheDir: join(work, 'vite-cache'),
    build: { write: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  chunks = outputs.flatMap((o) => o.output).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A chunk and every chunk it imports statically, by file name. */
function staticGraph(from: Rolldown.OutputChunk): Rolldown.OutputChunk[] {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Map<string, Rolldown.OutputChunk>();
  const visit = (chunk: Rolldown.OutputChunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const name of chunk.imports) visit(byName.get(name)!);
  };
  visit(from);
  return [...seen.values()];
}

// The SDK's Spanish messages the English catalog does not have, long enough not to be a name or a
// code. Not those a ready program says in its own words too: a program carries its texts in each
// of its languages (presets.ts), as the CDN files' first load does.
const presets = JSON.stringify(programs);
const spanish = (keys: (key: string) => boolean = () => true) =>
  Object.entries(es)
    .filter(([key, text]) => keys(key) && text.length >= 16 && !Object.values(en).includes(text) && !presets.includes(JSON.stringify(text)))
    .map(([, text]) => text);

test(`a Vite build of /define: the first chunk is at most ${FIRST_CHUNK / KB} KB gz, with no Spanish in it`, () => {
  const entry = chunks.find((c) => c.isEntry);
  assert.ok(entry, 'an entry chunk');
  const first = staticGraph(entry);
  const size = first.reduce((sum, c) => sum + gz(c.code), 0);
  const all = chunks.reduce((sum, c) => sum + gz(c.code), 0);
  const spanishChunk = chunks.filter((c) => c.isDynamicEntry && c.moduleIds.some((id) => id.endsWith('/i18n/es/index.js')));
  console.log(
    `first chunk ${size} B gz (${first.map((c) => c.fileName).join(', ')}); Spanish ${spanishChunk.reduce((sum, c) => sum + gz(c.code), 0)} B gz; all chunks ${all} B gz`,
  );
  assert.ok(size <= FIRST_CHUNK, `the first chunk is ${size} bytes gz`);

  const words = spanish();
  assert.ok(words.length > 200, 'Spanish to look for');
  // The detector works: every one of them is somewhere in the build, as written.
  const everything = chunks.map((c) => c.code).join('\n');
  assert.deepEqual(
    words.filter((text) => !everything.includes(text)),
    [],
  );
  const firstCode = first.map((c) => c.code).join('\n');
  assert.deepEqual(
    words.filter((text) => firstCode.includes(text)),
    [],
    'no Spanish in the first chunk',
  );
});

test('Spanish is imported only for Spanish: its chunk is loaded by import(), not with the first chunk or the flow part', () => {
  const entry = chunks.find((c) => c.isEntry)!;
  const first = new Set(staticGraph(entry).map((c) => c.fileName));
  // The words of the interface (its screens, form, steps, references), not also said in the
  // messages of validation, requirements and drafts, which the SDK words in Spanish at once.
  const INTERFACE = /^(ui|form|steps|references)\./;
  const others = Object.entries(es)
    .filter(([key]) => !INTERFACE.test(key))
    .map(([, text]) => text)
    .join('\n');
  const interfaceWords = spanish((key) => INTERFACE.test(key)).filter((text) => !others.includes(text));
  const holding = chunks.filter((c) => interfaceWords.some((text) => c.code.includes(text)));
  assert.deepEqual(
    holding.map((c) => c.isDynamicEntry && !first.has(c.fileName)),
    holding.map(() => true),
    `the interface's Spanish is in chunks of their own: ${holding.map((c) => c.fileName).join(', ')}`,
  );
  // The flow part (steps, review, tracker) comes after the first screen, with none of the interface's Spanish.
  const flow = chunks.find((c) => c.isDynamicEntry && c.moduleIds.some((id) => id.endsWith('/parts/flow-part.js')));
  assert.ok(flow, 'a flow part');
  assert.ok(!first.has(flow.fileName), 'the flow part is not in the first chunk');
  const flowCode = staticGraph(flow)
    .map((c) => c.code)
    .join('\n');
  assert.deepEqual(
    interfaceWords.filter((text) => flowCode.includes(text)),
    [],
  );
});
