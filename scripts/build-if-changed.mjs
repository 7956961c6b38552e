// `pnpm start`'s build: runs `pnpm build` only when something the build reads changed since the
// last build it ran. The inputs are every file of each package except its tests, dist and
// node_modules, plus the root's configs and lockfile, hashed by content (a checkout or `touch`
// changes mtimes, not what is built). The hash of the last successful build is kept in
// node_modules/.cache (never committed, gone with a fresh clone); the build is also run when one
// of its outputs is missing, e.g. after `rm -rf packages/*/dist`.
//
//   node scripts/build-if-changed.mjs [--root <dir>] [--output <file>]... [-- <command> <args>...]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

const ROOT_INPUTS = ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'rollup.config.mjs', 'tsconfig.json', 'tsconfig.base.json'];
const SKIPPED = new Set(['node_modules', 'dist', 'test', 'data', '.wtr-cache']);

/** What `pnpm build` writes that the demo, the server and the tests load: any one missing means build. */
export const BUILD_OUTPUTS = [
  'packages/sdk/dist/index.js',
  'packages/server/dist/index.js',
  'packages/server/dist/cli.js',
  'packages/server/dist/admin-ui/workspace.js',
  'packages/element/dist/index.js',
  'packages/element/dist/cdn/endorsement-application.js',
  'packages/element/dist/cdn/endorsement-application.standalone.iife.js',
  'packages/element/dist/cdn/endorsement-application.iife.js',
  'packages/element/dist/cdn/endorsement-application.es.js',
  'packages/element/dist/cdn/endorsement-rating.js',
  'packages/element/dist/cdn/endorsement-renewal.js',
  'packages/element/dist/cdn/endorsement-amend.js',
  'packages/element/dist/custom-elements.json',
];

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** A sha256 over the paths and contents of everything the build reads under `root`. */
export function buildInputsHash(root = repoRoot) {
  const packages = join(root, 'packages');
  const files = [
    ...ROOT_INPUTS.map((name) => join(root, name)).filter((path) => existsSync(path)),
    ...(existsSync(packages) ? walk(packages, []) : []),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(`${relative(root, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  return hash.digest('hex');
}

const stampFile = (root) => join(root, 'node_modules/.cache/endorsement-kit/build-inputs.sha256');

/** Whether the last successful `pnpm build` was of the sources as they are now (its stamp is today's hash). */
export function builtFromCurrentSources(root = repoRoot) {
  const stamp = stampFile(root);
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === buildInputsHash(root);
}

/** Records `inputs` (by default today's) as those of the last successful build. */
export function writeBuildStamp(root = repoRoot, inputs = buildInputsHash(root)) {
  mkdirSync(dirname(stampFile(root)), { recursive: true });
  writeFileSync(stampFile(root), `${inputs}\n`);
}

/**
 * Builds unless the last build's inputs are today's and its outputs are there. Resolves to
 * `'skipped'` or `'built'`; a failed build exits with its status, as `pnpm build` would.
 */
export function buildIfChanged({ root = repoRoot, outputs = BUILD_OUTPUTS, command = ['pnpm', 'build'] } = {}) {
  const started = performance.now();
  const inputs = buildInputsHash(root);
  const stamp = stampFile(root);
  const current = existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === inputs;
  const missing = outputs.find((file) => !existsSync(join(root, file)));
  if (current && !missing) {
    console.log(`build: up to date (sources unchanged since the last build), skipped in ${(performance.now() - started).toFixed(0)} ms`);
    return 'skipped';
  }
  console.log(`build: ${missing && current ? `${missing} is missing` : 'sources changed since the last build'}, building`);
  const [program, ...args] = command;
  const built = spawnSync(program, args, { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  // The hash taken before the build: a file changed while it ran makes the next start build again.
  writeBuildStamp(root, inputs);
  console.log(`build: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 'built';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    options: { root: { type: 'string' }, output: { type: 'string', multiple: true } },
    allowPositionals: true,
  });
  buildIfChanged({
    ...(values.root ? { root: values.root } : {}),
    ...(values.output ? { outputs: values.output } : {}),
    ...(positionals.length > 0 ? { command: positionals } : {}),
  });
}
