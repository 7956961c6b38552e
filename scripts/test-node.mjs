// Runs every `*.node.test.ts` under packages/ and examples/ with node's test runner, on the
// TypeScript sources (`source` export condition) through tsx. Node 20 has no --test globs. The
// timeout guards against a hang; it also bounds each file, and the server's files start real
// servers and processes (about a minute on a busy 2-core machine). Two files run at a time: most
// of a server file's time is spent waiting on the processes it starts. One Postgres and one PGlite
// folder serve the whole run (scripts/test-resources.ts), not one each per file.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

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

const files = [...find('packages'), ...find('examples')].sort();
if (files.length === 0) {
  console.error('No *.node.test.ts files found.');
  process.exit(1);
}

const resources = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'scripts/test-resources.ts'], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const env = await new Promise((resolve, reject) => {
  let out = '';
  resources.stdout.on('data', (chunk) => {
    out += chunk.toString();
    if (out.includes('\n')) resolve(JSON.parse(out));
  });
  resources.once('exit', (code) => reject(new Error(`scripts/test-resources.ts exited (${code}) before it was ready`)));
});
const tests = spawn(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=240000', ...process.argv.slice(2), ...files],
  { stdio: 'inherit', env: { ...process.env, ...env } },
);
const status = await new Promise((resolve) => tests.once('close', (code) => resolve(code ?? 1)));
resources.stdin.end();
await new Promise((resolve) => resources.once('close', resolve));
process.exit(status);
