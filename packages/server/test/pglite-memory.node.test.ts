// Issue 22, point 7: the embedded default fits a small server. A first start in an empty DATA_DIR
// loads the data folder `pnpm build` initialised (dist/pglite) instead of running initdb, whose
// second WebAssembly instance took the process to 830-950 MB; and PGlite runs with 32 MB of shared
// buffers instead of 128. The server runs as its own process, built (as `pnpm start` runs it; the
// test needs `pnpm build` for the data folder anyway), and its peak resident memory (VmHWM) is read
// once it prints its URL.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { pgliteInitialDataFile } from '../src/db/pglite-initial-data.js';

const MB = 1024 * 1024;

/** Starts the CLI on `dataDir`, waits for its URL, and resolves to its peak RSS in bytes. */
function peakOfStart(dataDir: string): Promise<number> {
  // The built package, as `pnpm start` runs it: from source through tsx the same start peaks about
  // 80 MB higher (the compiler's own memory), which no installed server carries.
  const child = spawn(
    process.execPath,
    ['--input-type=module', '-e', "import('@endorsement-kit/server').then((server) => server.main())"],
    {
      cwd: join(import.meta.dirname, '..'),
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let peak = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (peak || !/endorsement-kit server: http:\/\//.test(out)) return;
      peak = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]) * 1024;
      child.kill('SIGTERM');
    });
    child.once('exit', (code) => (peak ? resolve(peak) : reject(new Error(`server exited (${code}) before its URL: ${out}`))));
  });
}

describe('PGlite on a small server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ek-pglite-memory-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('a first start loads the built initial data folder, without initdb, and peaks under 512 MB; a restart too', async () => {
    assert.ok(existsSync(pgliteInitialDataFile()), `${pgliteInitialDataFile()} is there (run pnpm build)`);
    const first = await peakOfStart(dataDir);
    assert.ok(first < 512 * MB, `first start peaked at ${(first / MB).toFixed(0)} MB`);
    assert.ok(existsSync(join(dataDir, 'PG_VERSION')), 'the data folder was created');
    const again = await peakOfStart(dataDir);
    assert.ok(again < 512 * MB, `restart peaked at ${(again / MB).toFixed(0)} MB`);
  });

  it('the loaded folder is a working database with the server’s tables', async () => {
    const db = await PGlite.create({ dataDir });
    try {
      const tables = await db.query<{ name: string }>("select tablename as name from pg_tables where schemaname = 'public'");
      assert.ok(tables.rows.length > 0, 'migrations ran on the loaded folder');
    } finally {
      await db.close();
    }
  });
});
