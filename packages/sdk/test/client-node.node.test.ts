// The client in a plain Node script: the tab channel it opens keeps the process alive only while a
// message from another client of the same process is on its way, so a script that never calls
// dispose() ends once its work is saved. (A store that keeps failing does hold it: its retries
// keep an unsaved change.)
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
  assert.equal(run.stdout.trim(), 'saved');
});
