// `pnpm start`: the real server serves the demo page on its own origin, under a strict policy,
// with no fake backend on it, and the page's `endpoint="/api"` is that server, which receives for
// the page's program and serves the sample documents it links.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { validateApplication, validateRegistration } from '@endorsement-kit/sdk';
import { loadPrograms, startServer, type RunningServer } from '@endorsement-kit/server';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { program } from '../program.js';
import { livePages } from '../start.mjs';

describe('examples/embed-plain: pnpm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ek-start-'));
  let server: RunningServer;
  before(async () => {
    const programs = await loadPrograms(join(import.meta.dirname, '../receiver.json'));
    server = await startServer({ port: 0, host: '127.0.0.1' }, { programs, dataDir, pages: await livePages(), log: () => {} });
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
    assert.match(page, /<endorsement-application endpoint="\/api">/);
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
    assert.deepEqual(
      programs.map((entry) => [entry.program.id, entry.coordinatorEmail]),
      [['first5-alabama', 'coordinator@first5alabama.example']],
    );
  });

  // Issue 11, point 2: the page's signatures step linked nothing to read before signing. It now
  // gives the element a program of its own (site.js, program.js), which must be the one the server
  // receives for, or what the element sends would be refused.
  it('serves the sample documents the page’s program links, and accepts a registration and an application for that program', async () => {
    const [receiver] = await loadPrograms(join(import.meta.dirname, '../receiver.json'));
    const { documents, ...rest } = program;
    assert.deepEqual(
      rest,
      receiver!.program,
      'the page’s program is the server’s (id, offers, rules, words), with links to documents added',
    );
    assert.ok(documents?.codeOfEthics && documents.endorsementAgreement, 'both documents linked');
    for (const href of [documents.codeOfEthics, documents.endorsementAgreement]) {
      const response = await fetch(new URL(href, server.url));
      assert.equal(response.status, 200, href);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
      const html = await response.text();
      assert.match(html, /<h1>SAMPLE /);
      assert.match(html, /This is not the real (Code of Ethics|Endorsement Agreement)\./);
    }
    assert.equal((await fetch(new URL('/documents/icon.svg', server.url))).status, 200);
    assert.ok(
      (await (await fetch(new URL('/site.js', server.url))).text()).includes(documents.codeOfEthics),
      'the page’s script carries the program',
    );

    // What the element sends on this page, checked as it checks it before sending.
    const registration = { ...validRegistration(), program: program.id };
    const application = { ...validApplication(), program: program.id };
    assert.equal(validateRegistration(program, registration).ok, true);
    assert.equal(validateApplication(program, application).ok, true);
    const post = (path: string, body: unknown, key: string) =>
      fetch(new URL(path, server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(body),
      });
    const registered = await post('/api/registrations', registration, 'start-test-registration');
    assert.equal(registered.status, 201, await registered.clone().text());
    assert.equal((await registered.json()).status, 'registered');
    const received = await post('/api/applications', application, 'start-test-application');
    assert.equal(received.status, 201, await received.clone().text());
    assert.equal((await received.json()).status, 'received');
  });
});
