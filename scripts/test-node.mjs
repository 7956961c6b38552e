// Runs every `*.node.test.ts` under packages/ and examples/ with node's test runner, on the
// TypeScript sources (`source` export condition) through tsx. Node 20 has no --test globs. The
// timeout guards against a hang; it also bounds each file, and the server's files start real
// servers and processes (about a minute on a busy 2-core machine).
import { spawnSync } from 'node:child_process';
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
const result = spawnSync(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', '--test', '--test-timeout=240000', ...process.argv.slice(2), ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
