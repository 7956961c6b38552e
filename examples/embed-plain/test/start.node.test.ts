// `pnpm start`: the real server serves the demo page on its own origin, under a strict policy,
// with no fake backend on it, and the page's `endpoint="/api"` is that server.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadPrograms, startServer, type RunningServer } from '@endorsement-kit/server';
import { livePages } from '../start.mjs';

describe('examples/embed-plain: pnpm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ek-start-'));
  let server: RunningServer;
  before(async () => {
    const programs = await loadPrograms(join(import.meta.dirname, '../receiver.json'));
    server = await startServer({ port: 0, host: '127.0.0.1' }, { programs, dataDir, pages: livePages(), log: () => {} });
  });
  after(async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the page under a strict Content-Security-Policy, without msw, posting to /api', async () => {
    const response = await fetch(server.url);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'; style-src 'self'/);
    const page = await response.text();
    assert.match(page, /<endorsement-application program="first5-alabama" endpoint="\/api">/);
    assert.doesNotMatch(page, /mocks\.js|mockServiceWorker/);
    assert.match(page, /What you send goes to the endorsement-kit server/);
    assert.doesNotMatch(page, /Nothing you type leaves your browser/);
    for (const path of ['/endorsement-application.js', '/site.css', '/site.js', '/favicon.svg']) {
      assert.equal((await fetch(new URL(path, server.url))).status, 200, path);
    }
    assert.equal((await fetch(new URL('/mockServiceWorker.js', server.url))).status, 404);
  });

  it('receives for First 5 Alabama and tells its coordinator', async () => {
    const health = await (await fetch(new URL('/api/health', server.url))).json();
    assert.deepEqual(health, { status: 'ok', database: 'pglite' });
    const programs = await loadPrograms(join(import.meta.dirname, '../receiver.json'));
    assert.deepEqual(programs.map((entry) => [entry.program.id, entry.coordinatorEmail]), [['first5-alabama', 'coordinator@first5alabama.example']]);
  });
});
