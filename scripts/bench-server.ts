// `pnpm bench` (server part), for a 300-entry application, on PGlite and on a real Postgres:
// - capacity: as many applications as the server accepts, 16 clients at a time (closed loop);
// - at 200 per second: requests sent on a fixed schedule (open loop), latency counted from when each
//   was due, so a slow answer cannot hide the requests queued behind it;
// - the CPU each part spent per application (server, Postgres, this load generator), which holds
//   better than the rates when other work shares the machine; and the server's memory.
// On Postgres, also WORKERS=2: one server command whose cluster runs two server processes on one
// port (a Node process uses one core), all load sent to that one URL; its CPU is the primary's and
// its workers' together. The server runs as its own process from its build (as
// `endorsement-kit-server` runs it), the load comes from this one over keep-alive connections.
// Prints figures, asserts nothing.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { validApplication } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { startPostgres } from '@endorsement-kit/test-kit/server/postgres.js';
import { workerPids } from '@endorsement-kit/test-kit/server/worker-pids.js';

const CONCURRENCY = 16;
/** The label column of the printed rows. */
const WIDTH = 20;
const REQUESTS = 2000;
const WARMUP = 200;
const RATE = 200;
const RATE_SECONDS = 10;

const application = {
  ...validApplication(),
  training: Array.from({ length: 300 }, (_, i) => ({
    title: `Training ${i + 1}`,
    provider: 'First 5 Alabama',
    date: '2024-03-27',
    hours: 1.5,
    topics: ['iecmh'],
  })),
};
const body = Buffer.from(JSON.stringify(application));

function startServer(env: Record<string, string>): Promise<{ url: URL; child: ChildProcess }> {
  const built = existsSync('packages/server/dist/cli.js');
  const args = built
    ? ['packages/server/bin/endorsement-kit-server.js']
    : ['--conditions=source', '--import', 'tsx', 'packages/server/test/support/run-cli.ts'];
  const child = spawn(process.execPath, args, {
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
        resolve({ url: new URL('api/applications', url), child });
      }
      if (out.length > 100_000) out = out.slice(-1000);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
}

/** The server's processes: the one started, and with WORKERS its cluster workers. */
const serverPids = (pid: number) => [pid, ...workerPids(pid)];

const CLOCK_TICKS = 100;
/** CPU seconds (user + system) a process has used, from /proc. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}
/** Every Postgres process's CPU seconds (they run as the `postgres` user when this runs as root). */
function postgresCpuSeconds(): number {
  let pids: string[];
  try {
    pids = execFileSync('pgrep', ['-x', 'postgres'], { encoding: 'utf8' }).trim().split('\n');
  } catch {
    return 0;
  }
  return pids.reduce((sum, pid) => sum + cpuSeconds(Number(pid)), 0);
}
const ownCpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** A server process's memory now and at its peak (for PGlite the peak is its first start in an empty folder). */
function memory(pid: number, name: string): string {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const mb = (field: string) => (Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024).toFixed(0);
  return `${name} RSS ${mb('VmRSS')} MB (peak ${mb('VmHWM')} MB)`;
}

function post(url: URL, agent: Agent): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': body.length, 'idempotency-key': crypto.randomUUID() },
      },
      (res) => {
        res.resume();
        res.once('end', () => (res.statusCode === 201 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
      },
    );
    req.once('error', reject);
    req.end(body);
  });
}

/** Closed loop: `CONCURRENCY` clients, each sending the next request when its last is answered. */
async function closedLoop(url: URL, agent: Agent, count: number): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        next++;
        const started = performance.now();
        await post(url, agent);
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies;
}

/** Open loop: a request every 1/rate seconds whatever the answers; latency from when it was due. */
async function openLoop(url: URL, agent: Agent, rate: number, seconds: number): Promise<number[]> {
  const total = rate * seconds;
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(post(url, agent).then(() => void latencies.push(performance.now() - due)));
  }
  await Promise.all(pending);
  return latencies;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
const ms = (value: number) => `${value.toFixed(0).padStart(4)} ms`;

/** One server command (with `WORKERS` in `env`, a primary and its workers), all load to its one URL. */
async function bench(label: string, env: Record<string, string>) {
  const { url, child } = await startServer(env);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const serverCpu = () => serverPids(child.pid!).reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  const cpu = () => ({ server: serverCpu(), database: label.startsWith('Postgres') ? postgresCpuSeconds() : 0, load: ownCpuSeconds() });
  try {
    await closedLoop(url, agent, WARMUP);
    const before = cpu();
    const started = performance.now();
    const latencies = (await closedLoop(url, agent, REQUESTS)).sort((a, b) => a - b);
    const seconds = (performance.now() - started) / 1000;
    const after = cpu();
    const per = (part: keyof typeof before) => `${(((after[part] - before[part]) * 1000) / REQUESTS).toFixed(1)}`;
    console.log(
      `${label.padEnd(WIDTH)} capacity   ${(REQUESTS / seconds).toFixed(0).padStart(4)} accepted/s   p50 ${ms(pct(latencies, 0.5))}   p95 ${ms(pct(latencies, 0.95))}   ` +
        `CPU per application: server ${per('server')} ms${label.startsWith('Postgres') ? `, Postgres ${per('database')} ms` : ' (PGlite runs inside it)'}, load generator ${per('load')} ms`,
    );
    const timed = (await openLoop(url, agent, RATE, RATE_SECONDS)).sort((a, b) => a - b);
    console.log(
      `${''.padEnd(WIDTH)} at ${RATE}/s     ${String(timed.length).padStart(4)} accepted     p50 ${ms(pct(timed, 0.5))}   p95 ${ms(pct(timed, 0.95))}   p99 ${ms(pct(timed, 0.99))}   ${memories(child.pid!)}`,
    );
  } finally {
    agent.destroy();
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

/** One server process: `server RSS ...`; a cluster: the primary's, then each worker's. */
function memories(pid: number): string {
  const [primary, ...workers] = serverPids(pid);
  if (workers.length === 0) return memory(primary!, 'server');
  return [memory(primary!, 'primary'), ...workers.map((worker) => memory(worker, 'worker'))].join('; ');
}

console.log(
  `\nServer: applications of ${application.training.length} training entries (${(body.length / 1024).toFixed(0)} KB); capacity with ${CONCURRENCY} clients at a time, then ${RATE}/s for ${RATE_SECONDS} s` +
    ` (target on Postgres: >= 200/s, p95 < 50 ms). ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)} at the start.`,
);
/**
 * `pnpm start`'s database: the server's memory when it prints its URL, on its first start in an
 * empty DATA_DIR (peak: creating the database) and on a restart (peak, and resident: steady).
 */
async function pgliteStarts(dataDir: string) {
  const figures: string[] = [];
  for (const label of ['first start', 'restart']) {
    const started = performance.now();
    const { child, url } = await startServer({ DATA_DIR: dataDir });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    figures.push(`${memory(child.pid!, label)} at its URL after ${seconds} s`);
    if (label === 'restart') await registryBytes(new URL('/', url));
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
  console.log(`${'PGlite memory'.padEnd(WIDTH)} ${figures.join('; ')}  (target: peak < 512 MB)`);
}

/**
 * The public registry (/registry/{program}) is HTML the server writes, with no script: what it
 * weighs is its bytes, here of a registry with no endorsee yet (each endorsee adds a list item).
 */
async function registryBytes(origin: URL) {
  for (const id of ['first5-alabama', 'alliance']) {
    const response = await fetch(new URL(`registry/${id}`, origin));
    if (!response.ok) continue;
    const html = await response.text();
    const css = await (await fetch(new URL('registry/registry.css', origin))).text();
    const size = (text: string) => `${text.length} B, ${gzipSync(text).length} B gz`;
    console.log(
      `${'Registry page'.padEnd(WIDTH)} /registry/${id} (no endorsee): ${size(html)}, ${/<script/i.test(html) ? 'HAS a script' : 'no script'}; registry.css ${size(css)}; 2 requests, no JavaScript`,
    );
    return;
  }
  console.log(`${'Registry page'.padEnd(WIDTH)} no program's registry answered`);
}

const dataDir = mkdtempSync(join(tmpdir(), 'ek-bench-'));
try {
  await pgliteStarts(dataDir);
  await bench('PGlite', { DATA_DIR: dataDir });
} catch (error) {
  console.log(`PGlite not measured: ${(error as Error).message}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
let postgres: Awaited<ReturnType<typeof startPostgres>> | undefined;
try {
  postgres = await startPostgres();
  await bench('Postgres', { DATABASE_URL: await postgres.createDatabase() });
  // One command, two server processes on one port and one Postgres (docs/server.md, WORKERS): one core each.
  await bench('Postgres, WORKERS=2', { DATABASE_URL: await postgres.createDatabase(), WORKERS: '2' });
} catch (error) {
  console.log(`Postgres not measured: ${(error as Error).message}`);
} finally {
  await postgres?.stop();
}
