// A consumer app built with Vite from the packed packages (issue 22, point 3): `pnpm pack` of the
// SDK and the element, `pnpm install --offline` of the tarballs into an app outside the workspace
// (from the workspace's pnpm store; never the registry), and `vite build` of an app whose only
// import is `@endorsement-kit/element/define`. Used by packages/element/test/bundler-split.node.test.ts
// (which asserts the bytes) and `pnpm bench` (which prints them). Run after `pnpm build`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const run = (command, args, cwd) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_loglevel: 'error' },
  });

/** gzip at its default level, as a server sends it. */
export const gz = (code) => gzipSync(code).length;

export async function viteConsumer(root) {
  const work = mkdtempSync(join(tmpdir(), 'ek-vite-'));
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
    const outputs = Array.isArray(result) ? result : [result];
    return outputs.flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A chunk and every chunk it imports statically. */
export function staticGraph(chunks, from) {
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

/** The figures `pnpm bench` prints: the first chunk, the flow part with what it imports beyond it, Spanish, all. */
export function viteFigures(chunks) {
  const entry = chunks.find((c) => c.isEntry);
  const first = staticGraph(chunks, entry);
  const firstNames = new Set(first.map((c) => c.fileName));
  const sum = (list) => list.reduce((total, c) => total + gz(c.code), 0);
  const flow = chunks.find((c) => c.isDynamicEntry && c.moduleIds.some((id) => id.endsWith('/parts/flow-part.js')));
  const spanish = chunks.filter((c) => c.isDynamicEntry && c.moduleIds.some((id) => id.endsWith('/i18n/es/index.js')));
  return {
    first: sum(first),
    firstFiles: first.map((c) => c.fileName),
    flow: flow ? sum(staticGraph(chunks, flow).filter((c) => !firstNames.has(c.fileName))) : 0,
    spanish: sum(spanish),
    all: sum(chunks),
  };
}
