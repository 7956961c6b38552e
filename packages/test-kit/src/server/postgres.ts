// A real Postgres for tests: Debian's `postgresql` (.ci/run installs it), started on a temporary
// data folder and a free port, and thrown away afterwards. As root it runs as the `postgres` user,
// since Postgres refuses to run as root.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestPostgres {
  /**
   * A new database on the server: its URL. Empty, or a copy of `template` (a database of the same
   * server that no one is connected to), which Postgres copies far faster than migrations rebuild it.
   */
  createDatabase(options?: { template?: string }): Promise<string>;
  stop(): Promise<void>;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const found = versions.map((version) => join(root, version, 'bin')).find((dir) => existsSync(join(dir, 'pg_ctl')));
  if (!found)
    throw new Error("Postgres is not installed: these tests need Debian's postgresql (apt-get install -y postgresql; .ci/run does it).");
  return found;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The environment variable naming a Postgres already running for the whole test run (its admin
 * URL), which `scripts/test-node.mjs` starts once: `initdb` and a server start cost seconds of CPU
 * each, and every server test file needed one.
 */
export const SHARED_POSTGRES_ENV = 'EK_TEST_POSTGRES_URL';

/** A Postgres for one test file: the run's shared one when there is one, else its own. */
export async function startPostgres(): Promise<TestPostgres> {
  const shared = process.env[SHARED_POSTGRES_ENV];
  return shared ? usePostgres(shared) : startOwnPostgres();
}

// A database name this module made (`test_<pid>_<suffix>`): nothing else goes into the SQL.
function templateClause(template: string | undefined): string {
  if (template === undefined) return '';
  if (!/^test_\d+_\w+$/.test(template)) throw new TypeError(`not a test database: ${template}`);
  return ` template ${template}`;
}

/** Fresh databases on a running server, dropped again by `stop()`, which leaves the server running. */
async function usePostgres(adminUrl: string): Promise<TestPostgres> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const names: string[] = [];
  return {
    async createDatabase(options = {}) {
      // Files run in parallel processes, and a later one may get an earlier one's pid.
      const name = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
      await admin.query(`create database ${name}${templateClause(options.template)}`);
      names.push(name);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.href;
    },
    async stop() {
      try {
        for (const name of names) await admin.query(`drop database if exists ${name} with (force)`);
      } finally {
        await admin.end().catch(() => {});
      }
    },
  };
}

/** A Postgres of its own on a temporary folder and a free port; `stop()` removes both. */
export async function startOwnPostgres(maxConnections = 200): Promise<TestPostgres & { adminUrl: string }> {
  const bin = binDir();
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'ek-postgres-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const run = (command: string, args: string[]) => {
    const full = join(bin, command);
    const result = asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', full, ...args], { encoding: 'utf8' })
      : spawnSync(full, args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  };
  run('initdb', ['-D', data, '-U', 'test', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=${maxConnections}`,
    'start',
  ]);
  const admin = new pg.Client({ connectionString: `postgres://test@127.0.0.1:${port}/postgres` });
  await admin.connect();
  let count = 0;
  return {
    adminUrl: `postgres://test@127.0.0.1:${port}/postgres`,
    async createDatabase(options = {}) {
      const name = `test_${process.pid}_${++count}`;
      await admin.query(`create database ${name}${templateClause(options.template)}`);
      return `postgres://test@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      await admin.end().catch(() => {});
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
