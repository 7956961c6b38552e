// `pnpm start` as a new user meets it (issue 22, point 5): a fresh clone of this repository's HEAD,
// `pnpm install --offline --frozen-lockfile` (from this machine's pnpm store), then the time from
// `pnpm start` to its URL on the first start (it builds everything) and on a second start with
// nothing changed (it skips the build). Prints figures; asserts nothing. BENCH_START=0 skips it.
//
//   node scripts/bench-start.mjs
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const load = () => `load average ${loadavg()[0].toFixed(1)}`;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** `pnpm start` in `dir` until it prints its URL: the seconds it took; the server is then stopped. */
function timeStart(dir) {
  const started = performance.now();
  const child = spawn('pnpm', ['start'], {
    cwd: dir,
    env: { ...process.env, PORT: '0', DATA_DIR: join(dir, 'data') },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const failed = (code) => reject(new Error(`pnpm start exited (${code}): ${out.slice(-500)}`));
    const read = (chunk) => {
      out += chunk.toString();
      if (/endorsement-kit server: http:\/\/\S+/.test(out)) {
        const took = performance.now() - started;
        child.off('exit', failed);
        child.stdout.off('data', read);
        child.stderr.off('data', read);
        child.once('exit', () => resolve(took));
        process.kill(-child.pid, 'SIGTERM');
      }
      if (out.length > 200_000) out = out.slice(-2000);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', failed);
  });
}

const dir = mkdtempSync(join(tmpdir(), 'ek-bench-start-'));
try {
  console.log(`\npnpm start on a fresh clone (${load()} at the start)`);
  const clone = spawnSync('git', ['clone', '--quiet', '--no-hardlinks', process.cwd(), dir], { stdio: 'inherit' });
  if (clone.status !== 0) throw new Error('git clone failed');
  const installing = performance.now();
  const install = spawnSync('pnpm', ['install', '--offline', '--frozen-lockfile', '--reporter=silent'], { cwd: dir, stdio: 'inherit' });
  if (install.status !== 0) throw new Error('pnpm install --offline failed');
  console.log(`${'pnpm install --offline (from the store)'.padEnd(52)} ${seconds(performance.now() - installing).padStart(8)}`);
  const first = await timeStart(dir);
  console.log(`${'first start: to its URL (builds everything)'.padEnd(52)} ${seconds(first).padStart(8)}  (target <= 60 s; ${load()})`);
  const second = await timeStart(dir);
  console.log(`${'second start, nothing changed: to its URL'.padEnd(52)} ${seconds(second).padStart(8)}  (target <= 5 s; ${load()})`);
} catch (error) {
  console.log(`pnpm start not measured: ${error.message}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
