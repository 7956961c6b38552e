// What a careless or hostile client can send: the server answers each with a 4xx (never a 5xx),
// keeps running, and logs no personal data. On PGlite and on a real Postgres.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { DATABASE_KINDS, freshDatabase, stopPostgres, type TestDatabase } from './support/databases.js';
import { rawRequest } from './support/raw-http.js';
import { post, startTestServer, type TestServer } from './support/test-server.js';

after(stopPostgres);

const http = (lines: string[], body = '') => `${lines.join('\r\n')}\r\n\r\n${body}`;

for (const kind of DATABASE_KINDS) {
  describe(`hostile input on ${kind}`, () => {
    let database: TestDatabase;
    let server: TestServer;
    let port: number;
    before(async () => {
      database = await freshDatabase(kind);
      server = await startTestServer(database, { maxBodyBytes: 64 * 1024 });
      port = Number(new URL(server.url).port);
    });
    after(async () => {
      await server.close();
      database.cleanup();
    });

    it('answers unparsable request lines and URLs with a 400 and keeps serving', async () => {
      for (const line of [
        'GET http://1.2.3.4.5/ HTTP/1.1',
        'GET http://[::1/ HTTP/1.1',
        'NOT A REQUEST',
        'GET /api/health HTTP/9.9',
        'GET /\u0000 HTTP/1.1',
      ]) {
        const answer = await rawRequest(port, [http([line, 'Host: x', 'Connection: close'])]);
        assert.ok(answer.status === undefined || (answer.status >= 400 && answer.status < 500), `${line}: ${answer.head}`);
      }
      assert.equal((await server.request('/api/health')).status, 200);
    });

    it('answers bad percent-encoding and traversal attempts with a 404', async () => {
      for (const path of [
        '/api/applications/%E0%A4%A',
        '/api/applications/%',
        '/api/%ZZ',
        '/api/applications/..%2F..%2Fetc%2Fpasswd',
        '//api/../api/applications/x',
      ]) {
        const answer = await rawRequest(port, [http([`GET ${path} HTTP/1.1`, 'Host: x', 'Connection: close'])]);
        assert.equal(answer.status, 404, path);
      }
    });

    it('answers a body over the limit with a clean 413, before or while reading it, without a reset', async () => {
      const big = { ...validApplication(), answers: { padding: 'x'.repeat(100 * 1024) } };
      const declared = await post(server, '/api/applications', big);
      assert.equal(declared.status, 413);
      assert.equal((await declared.json()).error, 'too_large');
      // Chunked: no Content-Length to judge by, so the limit is found while reading.
      const text = JSON.stringify(big);
      const stream = new ReadableStream({
        start(controller) {
          for (let i = 0; i < text.length; i += 8192) controller.enqueue(new TextEncoder().encode(text.slice(i, i + 8192)));
          controller.close();
        },
      });
      const chunked = await server.request('/api/applications', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      assert.equal(chunked.status, 413);
    });

    it('answers JSON under another content type with a 415', async () => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
        const response = await server.request('/api/registrations', {
          method: 'POST',
          headers: { 'content-type': type, 'idempotency-key': crypto.randomUUID() },
          body: JSON.stringify(validRegistration()),
        });
        assert.equal(response.status, 415, type);
      }
    });

    it('answers a missing, malformed or repeated Idempotency-Key with a 400', async () => {
      const body = JSON.stringify(validRegistration());
      const missing = await server.request('/api/registrations', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      assert.equal(missing.status, 400);
      assert.equal((await post(server, '/api/registrations', body, 'short')).status, 400);
      assert.equal((await post(server, '/api/registrations', body, 'has spaces in it')).status, 400);
      const twice = await rawRequest(port, [
        http(
          [
            'POST /api/registrations HTTP/1.1',
            'Host: x',
            'Connection: close',
            'Content-Type: application/json',
            `Content-Length: ${Buffer.byteLength(body)}`,
            `Idempotency-Key: ${crypto.randomUUID()}`,
            `Idempotency-Key: ${crypto.randomUUID()}`,
          ],
          body,
        ),
      ]);
      assert.equal(twice.status, 400);
      assert.match(twice.body, /idempotency_key_repeated/);
    });

    it('answers JSON that is not JSON, not UTF-8, too deep or the wrong shape with a 4xx', async () => {
      assert.equal((await post(server, '/api/registrations', '{"schemaVersion": 1,')).status, 400);
      assert.equal((await post(server, '/api/registrations', '[]'.repeat(10))).status, 400);
      const deep = `{"program":"alliance","answers":${'['.repeat(5000)}${']'.repeat(5000)}}`;
      const tooDeep = await post(server, '/api/registrations', deep);
      assert.equal(tooDeep.status, 400);
      assert.equal((await tooDeep.json()).error, 'too_deep');
      // Brackets inside strings are text, also after escaped quotes and backslashes: not nesting.
      const bracketed = `{"program":"alliance","answers":{"a":"\\\\","b":"\\"${'['.repeat(40)}\\"","c":[${'"{{{{",'.repeat(40)}"x"]}}`;
      const textual = await post(server, '/api/registrations', bracketed);
      assert.equal(textual.status, 422, await textual.clone().text());
      const escapedDeep = `{"program":"alliance","answers":{"a":"\\\\",${'"b":['.repeat(40)}${']'.repeat(40)}}}`;
      assert.equal((await (await post(server, '/api/registrations', escapedDeep)).json()).error, 'too_deep');
      const latin1 = await server.request('/api/registrations', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]),
      });
      assert.equal(latin1.status, 400);
      for (const value of [
        'null',
        '42',
        '"text"',
        '{}',
        '{"program":{"toString":1}}',
        '{"program":"alliance","__proto__":{"admin":true}}',
      ]) {
        const response = await post(server, '/api/applications', value);
        assert.equal(response.status, 422, value);
      }
    });

    it('answers a body that arrives too slowly with a 408 and keeps serving', async () => {
      const body = JSON.stringify(validRegistration());
      const head = http([
        'POST /api/registrations HTTP/1.1',
        'Host: x',
        'Content-Type: application/json',
        `Content-Length: ${Buffer.byteLength(body)}`,
        `Idempotency-Key: ${crypto.randomUUID()}`,
      ]);
      // Its own server with a one-second limit: on the suite's server such a limit would also cut off
      // ordinary requests that a busy machine delivers slowly.
      const slowDatabase = await freshDatabase(kind);
      const slow = await startTestServer(slowDatabase, { requestTimeoutMs: 1000 });
      try {
        const answer = await rawRequest(Number(new URL(slow.url).port), [head + body.slice(0, 10), body.slice(10)], {
          pauseBeforeLastMs: 3000,
        });
        assert.equal(answer.status, 408);
        assert.equal(JSON.parse(answer.body).error, 'request_timeout');
        assert.equal((await slow.request('/api/health')).status, 200);
      } finally {
        await slow.close();
        slowDatabase.cleanup();
      }
    });

    it('allows cross-origin requests only from the origins a program lists', async () => {
      const allowed = await server.request('/api/applications', {
        method: 'OPTIONS',
        headers: {
          origin: 'https://embed.example.org',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, idempotency-key',
        },
      });
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://embed.example.org');
      assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);
      const other = await server.request('/api/applications', {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
      });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
      // The alliance program lists embed.example.org; first5-alabama lists no origin.
      assert.equal(
        (await post(server, '/api/registrations', validRegistration(), undefined, { origin: 'https://embed.example.org' })).status,
        201,
      );
      assert.equal(
        (await post(server, '/api/registrations', validRegistration(), undefined, { origin: 'https://evil.example.com' })).status,
        403,
      );
      const first5 = { ...validRegistration(), program: 'first5-alabama' };
      assert.equal((await post(server, '/api/registrations', first5, undefined, { origin: 'https://embed.example.org' })).status, 403);
      assert.equal((await post(server, '/api/registrations', first5, undefined, { origin: new URL(server.url).origin })).status, 201);
    });

    it('logs method, route, status and ids, and never what the applicant typed', () => {
      const everything = server.logs.join('\n');
      assert.match(everything, /POST \/api\/registrations 201 \d+ms req=\w+ record=[0-9a-f-]{36}/);
      for (const secret of ['Ana', 'Ruiz', 'ana.ruiz@example.org', '555 0100', 'Oak St', 'etc', 'passwd', '%E0'])
        assert.ok(!everything.includes(secret), `the log holds "${secret}"`);
    });

    it('never answered any of that with a 5xx', () => {
      const statuses = server.logs.map((line) => / (\d{3}) \d+ms /.exec(line)?.[1]).filter(Boolean);
      assert.ok(statuses.length > 20);
      assert.deepEqual(
        statuses.filter((status) => status?.startsWith('5')),
        [],
      );
    });
  });
}

describe('rate limits', () => {
  let database: TestDatabase;
  let server: TestServer;
  before(async () => {
    database = await freshDatabase('pglite');
    server = await startTestServer(database, { rateLimit: 3 });
  });
  after(async () => {
    await server.close();
    database.cleanup();
  });

  it('answers POSTs over the limit per client address with a 429 and Retry-After, GETs not', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(server, '/api/registrations', validRegistration())).status);
    assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
    const limited = await post(server, '/api/registrations', validRegistration());
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    assert.equal((await server.request('/api/health')).status, 200);
  });
});
