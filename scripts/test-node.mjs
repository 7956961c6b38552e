// Runs every `*.node.test.ts` under packages/ and examples/ with node's test runner, on the
// TypeScript sources (`source` export condition). Node 20 has no --test globs. The timeout guards
// against a hang; it also bounds each file, and the server's files start real servers and
// processes (about a minute on a busy 2-core machine). Three files run at a time on two cores
// (EK_TEST_NODE_CONCURRENCY=<n> for another count): with two, the cores stood idle 13% of the phase
// while files waited on the servers, browsers and builds they start (docs/performance.md). One
// Postgres and one PGlite folder serve the whole run (scripts/test-resources.ts), not one each per
// file.
//
// Each file is its own `node --test` process, on a bundle of the file and the workspace sources it
// imports (scripts/bundle-node-tests.mjs: no tsx to load in each process), its output printed
// whole when it ends. The slowest files of the last run start first (their wall times are kept in
// node_modules/.cache), so the run does not end with one long file running alone; the ten slowest
// are printed at the end.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { builtFromCurrentSources } from './build-if-changed.mjs';
import { bundleNodeTests } from './bundle-node-tests.mjs';
import { useRamTmpdir } from './ram-tmpdir.mjs';

function find(dir, out = []) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) find(path, out);
    else if (entry.name.endsWith('.node.test.ts')) out.push(path);
  }
  return out;
}

// Arguments naming test files run those alone; the others go to node's test runner.
const named = process.argv.slice(2).filter((arg) => arg.endsWith('.node.test.ts'));
const options = process.argv.slice(2).filter((arg) => !arg.endsWith('.node.test.ts'));
const files = named.length > 0 ? named : [...find('packages'), ...find('examples')].sort();
if (files.length === 0) {
  console.error('No *.node.test.ts files found.');
  process.exit(1);
}

// Tests that start the server as a process start the built one when the build is of today's
// sources (packages/server/test/support/server-command.ts): a third of the CPU of tsx.
if (builtFromCurrentSources()) process.env.EK_TEST_SERVER_BUILT = '1';
const CONCURRENCY = Math.max(1, Number(process.env.EK_TEST_NODE_CONCURRENCY) || 3);
// Run alone (not from scripts/test.mjs): its temporary folders in RAM too, where there is room.
useRamTmpdir();
const resources = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'scripts/test-resources.ts'], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
// Files outside the server and the examples use neither: they start while Postgres starts.
const ready = new Promise((resolve, reject) => {
  let out = '';
  resources.stdout.on('data', (chunk) => {
    out += chunk.toString();
    if (out.includes('\n')) resolve(JSON.parse(out));
  });
  resources.once('exit', (code) => reject(new Error(`scripts/test-resources.ts exited (${code}) before it was ready`)));
});
let env;
ready.then((value) => (env = value)).catch(() => undefined);
const needsResources = (file) => /^(packages\/server|examples)\//.test(file);
const TIMES = 'node_modules/.cache/endorsement-kit/node-test-times.json';
// A fresh clone has no earlier run: it starts from the committed times of one (seconds, rounded),
// else its slowest files (the browser and build tests) could start last and run alone at the end.
const COMMITTED_TIMES = 'scripts/node-test-times.json';
// Times of a partial run (files named) are kept beside the others, not in their place.
let lastTimes = {};
for (const path of [TIMES, COMMITTED_TIMES]) {
  try {
    lastTimes = JSON.parse(readFileSync(path, 'utf8'));
    break;
  } catch {
    // Not there: the next, else alphabetical order.
  }
}
const queue = [...files].sort((a, b) => (lastTimes[b] ?? 0) - (lastTimes[a] ?? 0) || a.localeCompare(b));
const times = {};
const totals = { pass: 0, fail: 0 };
let status = 0;
const last = (text, regex) => Number([...text.matchAll(regex)].at(-1)?.[1] ?? 0);

const bundlingStarted = performance.now();
// EK_TEST_NODE_TSX=1: every file through tsx, as before the bundles (to compare, or to debug one).
const bundles = process.env.EK_TEST_NODE_TSX ? new Map() : await bundleNodeTests(files);
console.log(
  `# ${bundles.size} of ${files.length} Node test files bundled in ${((performance.now() - bundlingStarted) / 1000).toFixed(1)} s`,
);

function runFile(file) {
  const started = performance.now();
  const bundle = bundles.get(file);
  const run = bundle ? ['--enable-source-maps', bundle] : ['--import', 'tsx', file];
  const child = spawn(process.execPath, ['--conditions=source', '--test', '--test-timeout=240000', ...options, ...run], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...(needsResources(file) ? env : {}) },
  });
  const out = [];
  child.stdout.on('data', (chunk) => out.push(chunk));
  child.stderr.on('data', (chunk) => out.push(chunk));
  return new Promise((resolve) =>
    child.once('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      times[file] = Math.round(seconds * 10) / 10;
      const text = Buffer.concat(out).toString();
      process.stdout.write(`${text}# ${file}: ${seconds.toFixed(1)} s${code ? `, exit code ${code}` : ''}\n`);
      totals.pass += last(text, /^# pass (\d+)/gm);
      const failed = last(text, /^# fail (\d+)/gm);
      totals.fail += failed || (code ? 1 : 0);
      if (code) status = code;
      resolve();
    }),
  );
}

/** The next file: until the shared resources are up, the next that needs none. */
async function next() {
  if (!env) {
    const index = queue.findIndex((file) => !needsResources(file));
    if (index >= 0) return queue.splice(index, 1)[0];
    if (queue.length > 0) await ready.catch(() => undefined); // then each file starts its own
  }
  return queue.shift();
}

const started = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    for (let file = await next(); file; file = await next()) await runFile(file);
  }),
);
mkdirSync(dirname(TIMES), { recursive: true });
writeFileSync(TIMES, `${JSON.stringify({ ...lastTimes, ...times }, null, 2)}\n`);
const slowest = Object.entries(times)
  .sort(([, a], [, b]) => b - a)
  .slice(0, 10);
console.log(
  `# Node test files: ${files.length} in ${((performance.now() - started) / 1000).toFixed(0)} s, ${CONCURRENCY} at a time; the slowest:`,
);
for (const [file, seconds] of slowest) console.log(`#   ${seconds.toFixed(1).padStart(6)} s  ${file}`);
console.log(`# pass ${totals.pass}`);
console.log(`# fail ${totals.fail}`);
resources.stdin.end();
await new Promise((resolve) => resources.once('close', resolve));
process.exit(status);
