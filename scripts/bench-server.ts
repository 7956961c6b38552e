// `pnpm bench` (server part): accepted applications per second, latency p50/p95 and the server's
// peak memory, for a 300-entry application, on PGlite and on a real Postgres. The server runs as
// its own process, as in production; the load comes from this one. Prints figures, asserts nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validApplication } from '../packages/sdk/test/fixtures/valid-payloads.js';
import { startPostgres } from '../packages/server/test/support/postgres.js';

const CONCURRENCY = 16;
const REQUESTS = 2000;
const WARMUP = 100;

const application = {
  ...validApplication(),
  training: Array.from({ length: 300 }, (_, i) => ({ title: `Training ${i + 1}`, provider: 'First 5 Alabama', date: '2024-03-27', hours: 1.5, topics: ['iecmh'] })),
};
const body = JSON.stringify(application);

function startServer(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/server/test/support/run-cli.ts'], {
    env: { ...process.env, PORT: '0', RATE_LIMIT: '1000000', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /endorsement-kit server: (http:\/\/\S+\/)/.exec(out)?.[1];
      if (url) {
        out = '';
        resolve({ url, child });
      }
      if (out.length > 100_000) out = out.slice(-1000);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
}

const peakRss = (pid: number) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function load(url: string, count: number): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        next++;
        const started = performance.now();
        const response = await fetch(new URL('api/applications', url), { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() }, body });
        await response.arrayBuffer();
        if (response.status !== 201) throw new Error(`status ${response.status}`);
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

async function bench(label: string, env: Record<string, string>) {
  const { url, child } = await startServer(env);
  try {
    await load(url, WARMUP);
    const started = performance.now();
    const latencies = (await load(url, REQUESTS)).sort((a, b) => a - b);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${label.padEnd(10)} ${(REQUESTS / seconds).toFixed(0).padStart(5)} accepted/s   p50 ${pct(latencies, 0.5).toFixed(1)} ms   p95 ${pct(latencies, 0.95).toFixed(1)} ms   server peak RSS ${peakRss(child.pid!).toFixed(0)} MB`,
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

console.log(`\nServer: ${REQUESTS} applications of ${application.training.length} training entries (${(body.length / 1024).toFixed(0)} KB), ${CONCURRENCY} at a time (target on Postgres: >= 200/s, p95 < 50 ms)`);
const dataDir = mkdtempSync(join(tmpdir(), 'ek-bench-'));
try {
  await bench('PGlite', { DATA_DIR: dataDir });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
let postgres: Awaited<ReturnType<typeof startPostgres>> | undefined;
try {
  postgres = await startPostgres();
  await bench('Postgres', { DATABASE_URL: await postgres.createDatabase() });
} catch (error) {
  console.log(`Postgres   not measured: ${(error as Error).message}`);
} finally {
  await postgres?.stop();
}
