// `endorsement-kit-server` as a person starts it: a mistake is one line, never a stack trace.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { freshDatabase } from './support/databases.js';
import { runToExit } from './support/run-to-exit.js';
import { startServerProcess } from './support/server-process.js';

describe('the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ek-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('says in one line that the port is busy and suggests another PORT', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const port = (blocker.address() as { port: number }).port;
    const database = await freshDatabase('pglite');
    try {
      const { code, stderr } = await runToExit({ PORT: String(port), DATA_DIR: database.dataDir ?? '' });
      assert.equal(code, 1);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.match(stderr, new RegExp(`Port ${port} is already in use.*PORT=${port + 1}`));
    } finally {
      blocker.close();
      database.cleanup();
    }
  });

  it('names a bad setting in one line', async () => {
    const cases = [
      [{ PORT: 'eighty' }, /^PORT must be a whole number/],
      [{ PROGRAMS: 'first5-alabama,nowhere.json' }, /"nowhere\.json": no such file \(and not a preset: alliance, first5-alabama\)/],
      [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL must start with postgres:\/\//],
      [{ SMTP_URL: 'http://mail' }, /^SMTP_URL must start with smtp/],
      [{ WORKERS: 'abc' }, /^WORKERS must be a whole number from 1 to 64 or auto \(it is "abc"\)/],
      [{ WORKERS: '0' }, /^WORKERS must be a whole number from 1 to 64 or auto/],
      [{ WORKERS: '2' }, /^WORKERS > 1 needs DATABASE_URL \(PGlite runs inside one process\)/],
    ] as const;
    const runs = await Promise.all(cases.map(([env]) => runToExit({ DATA_DIR: join(dir, 'unused'), ...env })));
    runs.forEach(({ code, stderr }, index) => {
      assert.equal(code, 1);
      assert.match(stderr.trim(), cases[index]![1]);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
    });
  });

  it('reads programs from preset ids and JSON files, and refuses a bad receiver file by path', async () => {
    const good = join(dir, 'michigan.json');
    writeFileSync(
      good,
      JSON.stringify({
        program: { id: 'mi-aimh', name: 'MI-AIMH', offers: { 'IMH-E': ['IFA', 'IFS'] }, contact: { email: 'endorsement@mi.example.org' } },
        origins: ['https://mi.example.org'],
      }),
    );
    const database = await freshDatabase('pglite');
    const server = await startServerProcess({ DATA_DIR: database.dataDir ?? '', PROGRAMS: `alliance, ${good}` });
    try {
      assert.match(server.output(), /programs: alliance, mi-aimh/);
      const preflight = await fetch(new URL('api/applications', server.url), {
        method: 'OPTIONS',
        headers: { origin: 'https://mi.example.org', 'access-control-request-method': 'POST' },
      });
      assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://mi.example.org');
    } finally {
      await server.stop();
      database.cleanup();
    }
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ program: 'first5-alabama', origins: ['https://x.example.org/path'] }));
    const { code, stderr } = await runToExit({ DATA_DIR: join(dir, 'unused'), PROGRAMS: bad });
    assert.equal(code, 1);
    assert.match(stderr, /origins\.0: an origin such as https:\/\/www\.example\.org/);
    writeFileSync(bad, JSON.stringify({ id: 'x', name: 'X', offers: { 'IMH-E': ['NOPE'] } }));
    const config = await runToExit({ DATA_DIR: join(dir, 'unused'), PROGRAMS: bad });
    assert.match(config.stderr, /offers/);
  });
});

describe('one PGlite folder, one process', () => {
  it('refuses a second server on a data folder in use, in one line, and takes over a lock left by a killed one', async () => {
    const database = await freshDatabase('pglite');
    const first = await startServerProcess({ DATA_DIR: database.dataDir ?? '' });
    try {
      const second = await runToExit({ PORT: '0', DATA_DIR: database.dataDir ?? '' });
      assert.equal(second.code, 1);
      assert.match(second.stderr.trim(), new RegExp(`^DATA_DIR .* is in use by another server \\(process ${first.child.pid}\\)`));
      await first.kill9();
      const third = await startServerProcess({ DATA_DIR: database.dataDir ?? '' });
      assert.equal((await fetch(new URL('api/health', third.url))).status, 200);
      await third.stop();
    } finally {
      await first.stop().catch(() => {});
      database.cleanup();
    }
  });
});
