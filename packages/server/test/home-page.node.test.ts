// Issue 23, point 4: the server run on its own answered `Not found` at the URL it prints, and
// `/favicon.ico` was 404 on /admin; docs/server.md showed a receiver.json unlike the shipped one.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { freshDatabase, type TestDatabase } from './support/databases.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const repo = join(import.meta.dirname, '../../..');

describe('the server on its own', () => {
  let database: TestDatabase;
  let server: TestServer;
  before(async () => {
    database = await freshDatabase('pglite');
    server = await startTestServer(database);
  });
  after(async () => {
    await server.close();
    database.cleanup();
  });

  it('says at its URL what it is, what it receives for, and links to the workspace and the API', async () => {
    const response = await server.request('/');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    const html = await response.text();
    assert.match(html, /<h1>endorsement-kit server<\/h1>/);
    assert.match(html, /<code>alliance<\/code>.*<code>first5-alabama<\/code>/s);
    for (const href of ['/admin', '/api/health']) {
      assert.match(html, new RegExp(`<a href="${href}">`));
      assert.equal((await server.request(href)).status, 200, href);
    }
    assert.match(html, /docs\/openapi\.yaml/);
  });

  it('answers /favicon.ico with an image, for /admin and every other page', async () => {
    const response = await server.request('/favicon.ico');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'image/svg+xml');
    assert.match(await response.text(), /^<svg /);
  });

  it('leaves / to a page it is given (the demo of pnpm start)', async () => {
    const ownDatabase = await freshDatabase('pglite');
    const own = await startTestServer(ownDatabase, {
      pages: { '/': { type: 'text/html', body: async () => '<!doctype html><title>demo</title>' } },
    });
    try {
      assert.equal(await (await own.request('/')).text(), '<!doctype html><title>demo</title>');
    } finally {
      await own.close();
      ownDatabase.cleanup();
    }
  });
});

describe('docs/server.md', () => {
  it('shows the receiver.json that pnpm start uses, as it is shipped', () => {
    const docs = readFileSync(join(repo, 'docs/server.md'), 'utf8');
    const shown = /a receiver file that adds what only the server needs:\n\n```json\n([\s\S]*?)```/.exec(docs)?.[1];
    assert.ok(shown, 'the example is where it was');
    assert.deepEqual(JSON.parse(shown), JSON.parse(readFileSync(join(repo, 'examples/embed-plain/receiver.json'), 'utf8')));
  });
});
