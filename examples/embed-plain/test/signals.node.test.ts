// Needs `pnpm build` (the page's script is bundled from the SDK's dist), as the demo's other tests.
// Issue 23, point 1: SIGTERM to the pid of `pnpm start` (what a process manager or `docker stop`
// sends) ended pnpm and left the server running, reparented, answering on its port, its pid file
// behind. Real processes here: pnpm running the demo's launcher, and the launcher run directly.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { eventually } from '../../../packages/server/test/support/eventually.js';

const here = join(import.meta.dirname, '..');
const dirs: string[] = [];
const children: ChildProcess[] = [];

function launch(command: string, args: string[]) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ek-signals-'));
  dirs.push(dataDir);
  // From sources, so no build is needed: NODE_OPTIONS reaches the node that pnpm starts.
  const child = spawn(command, args, {
    cwd: here,
    env: { ...process.env, NODE_OPTIONS: '--conditions=source --import tsx', PORT: '0', DATA_DIR: dataDir, RATE_LIMIT: '100000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = Promise.race([
    eventually(async () => {
      const found = /endorsement-kit server: (http:\/\/\S+\/)/.exec(out)?.[1];
      assert.ok(found, `no URL printed yet: ${out}`);
      return found;
    }, 120_000),
    exit.then(() => Promise.reject(new Error(`the launcher exited before listening: ${out}`))),
  ]);
  const pidFile = join(dataDir, 'endorsement-kit.pid');
  return { child, exit, url, pidFile, output: () => out };
}

const closed = async (url: string) =>
  eventually(async () => {
    await assert.rejects(fetch(new URL('/api/health', url)), 'the port still answers');
  }, 15_000);

const gone = (pid: number) => {
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
};

describe('examples/embed-plain: the launcher and signals', () => {
  after(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('SIGTERM to pnpm, which passes it on to no one, still stops the server: the port closes, the pid file goes', async () => {
    const run = launch('pnpm', ['run', 'start:server']);
    const url = await run.url;
    assert.equal((await fetch(new URL('/api/health', url))).status, 200);
    const serverPid = Number(readFileSync(run.pidFile, 'utf8'));
    assert.notEqual(serverPid, run.child.pid, 'pnpm runs the server as its child');
    run.child.kill('SIGTERM');
    await run.exit;
    await closed(url);
    await eventually(async () => assert.ok(gone(serverPid), `server process ${serverPid} still running`), 15_000);
    assert.equal(existsSync(run.pidFile), false, 'pid file left behind');
    assert.match(run.output(), /the process that started it has ended; stopping/);
    // Issue 23, point 4: the demo's program has a coordinator address, so step 2's mail goes out.
    assert.doesNotMatch(run.output(), /coordinators are not mailed/);
  });

  it('SIGTERM to the launcher run directly stops it with exit code 0, the port closed and no pid file', async () => {
    const run = launch(process.execPath, ['start.mjs']);
    const url = await run.url;
    assert.equal(Number(readFileSync(run.pidFile, 'utf8')), run.child.pid, 'the server runs in the launcher’s process');
    run.child.kill('SIGTERM');
    assert.deepEqual(await run.exit, { code: 0, signal: null });
    await closed(url);
    assert.equal(existsSync(run.pidFile), false, 'pid file left behind');
  });
});
