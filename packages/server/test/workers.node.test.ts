// `WORKERS=2`: one command, one port, two server processes on one Postgres (node:cluster). The
// primary prints one line, replaces a worker that dies and stops them all on SIGTERM.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { isRunning, workerPids } from '@endorsement-kit/test-kit/server/worker-pids.js';
import { freshDatabase, stopPostgres, type TestDatabase } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { runToExit } from './support/run-to-exit.js';
import { startServerProcess, type ServerProcess } from './support/server-process.js';

const urlLines = (output: string) => output.split('\n').filter((line) => line.startsWith('endorsement-kit server: '));

/** A POST on a connection of its own, so that the cluster hands each to the next worker in turn. */
function postAlone(url: string, key: string, body: unknown): Promise<{ status: number; id: string }> {
  const bytes = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = request(
      new URL('api/registrations', url),
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': bytes.length, 'idempotency-key': key },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, id: (JSON.parse(text) as { id: string }).id }));
      },
    );
    req.once('error', reject);
    req.end(bytes);
  });
}

// One Postgres server for the file; each test has a database of its own.
after(() => stopPostgres());

describe('WORKERS=2 on one Postgres', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  before(async () => {
    database = await freshDatabase('postgres');
    server = await startServerProcess({ DATABASE_URL: database.databaseUrl ?? '', WORKERS: '2' });
  });
  after(() => server.stop());

  it('starts two workers on one port and prints one line that names them', async () => {
    const [line] = urlLines(server.output());
    assert.match(line ?? '', /^endorsement-kit server: http:\/\/127\.0\.0\.1:\d+\/ \(Postgres \(DATABASE_URL\); .*; 2 workers\)$/);
    assert.equal(workerPids(server.child.pid!).length, 2);
    const health = await fetch(new URL('api/health', server.url));
    assert.deepEqual(await health.json(), { status: 'ok', database: 'postgres' });
  });

  it('keeps one record for one idempotency key, whichever worker each POST reaches', async () => {
    const key = crypto.randomUUID();
    const body = validRegistration();
    const first = await postAlone(server.url, key, body);
    assert.equal(first.status, 201);
    const again = await Promise.all(Array.from({ length: 6 }, () => postAlone(server.url, key, body)));
    assert.deepEqual(
      again.map((answer) => answer.status),
      [200, 200, 200, 200, 200, 200],
    );
    assert.deepEqual(new Set(again.map((answer) => answer.id)), new Set([first.id]));
    const client = new pg.Client({ connectionString: database.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query('select count(*)::int as n from records where idempotency_key = $1', [key]);
      assert.equal(rows[0].n, 1);
    } finally {
      await client.end();
    }
  });

  it('replaces a worker killed with kill -9, and keeps answering', async () => {
    const [killed, survivor] = workerPids(server.child.pid!);
    assert.ok(killed && survivor, 'two workers');
    process.kill(killed, 'SIGKILL');
    const replaced = await eventually(async () => {
      const now = workerPids(server.child.pid!);
      assert.equal(now.length, 2);
      assert.ok(!now.includes(killed), 'the killed worker gone');
      return now;
    });
    assert.ok(replaced.includes(survivor), 'the other worker kept');
    assert.match(server.output(), new RegExp(`server worker ${killed} stopped \\(signal SIGKILL\\); starting another`));
    const answers = await Promise.all(Array.from({ length: 6 }, () => postAlone(server.url, crypto.randomUUID(), validRegistration())));
    assert.deepEqual(
      answers.map((answer) => answer.status),
      [201, 201, 201, 201, 201, 201],
    );
    assert.equal(urlLines(server.output()).length, 1);
  });

  it('stops every worker on SIGTERM and exits with 0', async () => {
    const workers = workerPids(server.child.pid!);
    assert.equal(workers.length, 2);
    await server.stop();
    assert.equal(server.child.exitCode, 0);
    assert.deepEqual(workers.filter(isRunning), []);
    assert.equal(urlLines(server.output()).length, 1);
  });
});

describe('WORKERS=2, stopped and failing', () => {
  it('stops every worker on Ctrl-C in a terminal (SIGINT to the process group) and exits with 0', async () => {
    const database = await freshDatabase('postgres');
    const server = await startServerProcess({ DATABASE_URL: database.databaseUrl ?? '', WORKERS: '2' }, { detached: true });
    const workers = workerPids(server.child.pid!);
    assert.equal(workers.length, 2);
    const exited = new Promise((resolve) => server.child.once('exit', (code, signal) => resolve({ code, signal })));
    process.kill(-server.child.pid!, 'SIGINT');
    assert.deepEqual(await exited, { code: 0, signal: null });
    assert.deepEqual(workers.filter(isRunning), []);
    assert.doesNotMatch(server.output(), /stopped \(/);
  });

  it('ends its workers when it is killed with kill -9', async () => {
    const database = await freshDatabase('postgres');
    const server = await startServerProcess({ DATABASE_URL: database.databaseUrl ?? '', WORKERS: '2' });
    const workers = workerPids(server.child.pid!);
    assert.equal(workers.length, 2);
    await server.kill9();
    await eventually(async () => assert.deepEqual(workers.filter(isRunning), []));
  });

  it('stops, with exit code 1, when workers keep dying right after they start', async () => {
    const database = await freshDatabase('postgres');
    const server = await startServerProcess({ DATABASE_URL: database.databaseUrl ?? '', WORKERS: '2' });
    const exited = new Promise((resolve) => server.child.once('exit', (code) => resolve(code)));
    let primaryExited = false;
    void exited.then(() => (primaryExited = true));
    const killed = new Set<number>();
    // Each worker is killed as soon as it appears: the primary replaces them ever more slowly, then gives up.
    for (let round = 0; round < 10 && !primaryExited; round++) {
      const fresh = await eventually(async () => {
        const now = workerPids(server.child.pid!).filter((pid) => !killed.has(pid));
        assert.ok(now.length > 0 || primaryExited, 'a new worker, or the primary gone');
        return now;
      });
      for (const pid of fresh) {
        killed.add(pid);
        process.kill(pid, 'SIGKILL');
      }
    }
    assert.equal(await exited, 1);
    assert.match(
      server.output(),
      /Server workers keep stopping right after they start \(5 in a row, the last with signal SIGKILL\), so the server stopped/,
    );
    assert.deepEqual([...killed].filter(isRunning), []);
  });
});

describe('WORKERS=2 and the rate limit', () => {
  it('counts POSTs per worker: one address gets up to WORKERS x RATE_LIMIT a minute', async () => {
    const database = await freshDatabase('postgres');
    const server = await startServerProcess({ DATABASE_URL: database.databaseUrl ?? '', WORKERS: '2', RATE_LIMIT: '1' });
    try {
      const statuses: number[] = [];
      // One after another, each on a connection of its own: the workers take them in turn.
      for (let i = 0; i < 4; i++) statuses.push((await postAlone(server.url, crypto.randomUUID(), validRegistration())).status);
      assert.deepEqual([...statuses].sort(), [201, 201, 429, 429]);
    } finally {
      await server.stop();
    }
  });
});

describe('WORKERS=2 and a port in use', () => {
  it('says in one line that the port is busy, and exits with 1', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const port = (blocker.address() as { port: number }).port;
    const database = await freshDatabase('postgres');
    try {
      const { code, stdout, stderr } = await runToExit({ PORT: String(port), WORKERS: '2', DATABASE_URL: database.databaseUrl ?? '' });
      assert.equal(code, 1);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.match(stderr, new RegExp(`^Port ${port} is already in use.*PORT=${port + 1}`));
      assert.deepEqual(urlLines(stdout), []);
    } finally {
      blocker.close();
    }
  });
});
