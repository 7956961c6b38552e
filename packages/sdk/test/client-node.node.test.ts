// The client in a plain Node script: nothing it starts (the tab channel, store retries) keeps the
// process alive once the script's own work is done.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

test('a Node script that never calls dispose() still exits', () => {
  const script = fileURLToPath(new URL('./fixtures/script-without-dispose.ts', import.meta.url));
  // The timeout only turns a hang into a failure; a passing run ends in about a second.
  const run = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', script], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(run.signal, null, 'the script had to be killed: something kept it alive');
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.trim(), 'error');
});
