// The receiver sends its pages, scripts and the links' open answers gzip-compressed to a browser
// that takes gzip (issue 22: a phone at 1.5 Mbit/s gets the renewal page's 109 KB as about 34 KB),
// and everything as it is to one that does not. The small answers of /api stay as they are. Raw
// HTTP (node:http), so the bytes on the wire are what is checked, not what fetch made of them.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { freshDatabase, type TestDatabase } from './support/databases.js';
import { startTestServer, type TestServer } from './support/test-server.js';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function raw(server: TestServer, path: string, headers: Record<string, string>, body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const sent = request(new URL(path, server.url), { method: body === undefined ? 'GET' : 'POST', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end(body);
  });
}

describe('compressed answers', () => {
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

  for (const path of ['/renew/', '/r/', '/amend/', '/amend/endorsement-amend.js', '/admin/', '/registry/alliance'])
    it(`${path}: gzip to a browser that takes it, the same content as sent to one that does not`, async () => {
      const plain = await raw(server, path, {});
      assert.equal(plain.status, 200, `${path} is served`);
      assert.equal(plain.headers['content-encoding'], undefined, 'as it is without Accept-Encoding');
      const zipped = await raw(server, path, { 'Accept-Encoding': 'gzip, deflate, br' });
      assert.equal(zipped.status, 200);
      assert.equal(zipped.headers['content-encoding'], 'gzip');
      assert.match(String(zipped.headers['vary']), /Accept-Encoding/i, 'a cache keeps the two apart');
      assert.equal(zipped.headers['x-content-type-options'], 'nosniff', 'the other headers stay');
      assert.equal(zipped.headers['content-type'], plain.headers['content-type']);
      assert.equal(gunzipSync(zipped.body).toString('utf8'), plain.body.toString('utf8'));
      if (plain.body.length > 20_000)
        assert.ok(zipped.body.length < plain.body.length / 2, `${path}: ${zipped.body.length} of ${plain.body.length} bytes`);
    });

  it("a link's open call answers compressed; the other calls of /api as they are", async () => {
    // An unknown token: the answer is the JSON error, through the same path as a real one.
    const open = await raw(
      server,
      '/api/renewals/open',
      { 'Accept-Encoding': 'gzip', 'Content-Type': 'application/json' },
      JSON.stringify({ token: 'x'.repeat(43) }),
    );
    assert.equal(open.headers['content-encoding'], 'gzip');
    assert.ok(open.status >= 400 && open.status < 500, `a client's mistake: ${open.status}`);
    assert.equal((JSON.parse(gunzipSync(open.body).toString('utf8')) as { error: string }).error.length > 0, true);
    const health = await raw(server, '/api/health', { 'Accept-Encoding': 'gzip' });
    assert.equal(health.status, 200);
    assert.equal(health.headers['content-encoding'], undefined);
    assert.ok(JSON.parse(health.body.toString('utf8')));
    assert.ok(
      server.logs.some((line) => /^POST \/api\/renewals\/open 4\d\d /.test(line)),
      'the log still has the status',
    );
  });
});
