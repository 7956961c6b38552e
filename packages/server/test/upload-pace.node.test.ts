// Issue 20: a file upload on a slow connection is not cut off by REQUEST_TIMEOUT_MS as long as it
// keeps moving (UPLOAD_IDLE_TIMEOUT_MS), one that stalls gets a 408 and leaves nothing behind, and
// every other request and every request's headers keep their limits. Real sockets, both databases.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as wait } from 'node:timers/promises';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { DATABASE_KINDS, freshDatabase, stopPostgres, type TestDatabase } from './support/databases.js';
import { rawRequest, type RawAnswer } from './support/raw-http.js';
import { SAMPLE_PDF } from './support/sample-files.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { allianceWithUploads, openSession, type Session } from './support/uploads.js';

after(stopPostgres);

// Small limits: a request must arrive whole in 0.8 s, an upload bring 1 KiB every second.
const LIMITS = { requestTimeoutMs: 800, uploadIdleTimeoutMs: 1000, uploadMinBytes: 1024 };
const CHUNK = 2048;
const GAP_MS = 150;

/** A PDF of `chunks` × CHUNK bytes (its magic number first, padding after). */
const pdfOf = (chunks: number) => Buffer.concat([SAMPLE_PDF, Buffer.alloc(chunks * CHUNK - SAMPLE_PDF.length, 0x20)]);

function uploadHead(session: Session, id: string, length: number): string {
  return [
    `PUT /api/uploads/${session.id}/documents/${id} HTTP/1.1`,
    'Host: x',
    `Endorsement-Upload-Token: ${session.token}`,
    'Endorsement-Document-Kind: resume',
    'Content-Type: application/octet-stream',
    `Content-Length: ${length}`,
    'Connection: close',
    '',
    '',
  ].join('\r\n');
}

/** Sends `head`, then `parts` one by one `GAP_MS` apart (`stallAfter`: then nothing more); resolves to the answer. */
function slowRequest(port: number, head: string, parts: Buffer[], stallAfter = parts.length): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString('utf8')));
    socket.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error)));
    socket.on('close', () => {
      const [answerHead = '', ...body] = data.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answerHead)?.[1]);
      resolve({ status: Number.isNaN(status) ? undefined : status, head: answerHead, body: body.join('\r\n\r\n') });
    });
    socket.on('connect', async () => {
      socket.write(head);
      for (const part of parts.slice(0, stallAfter)) {
        await wait(GAP_MS);
        if (socket.destroyed) return;
        socket.write(part);
      }
    });
  });
}

const filesUnder = (folder: string): string[] => {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
};

for (const kind of DATABASE_KINDS) {
  describe(`upload pace on ${kind}`, () => {
    let database: TestDatabase;
    let dataDir: string;
    let server: TestServer;
    let port: number;
    const quarantine = () => join(database.dataDir ?? dataDir, 'documents', 'quarantine');
    beforeEach(async () => {
      database = await freshDatabase(kind);
      dataDir = mkdtempSync(join(tmpdir(), 'ek-upload-pace-'));
      server = await startTestServer(database, { programs: [allianceWithUploads()], dataDir: database.dataDir ?? dataDir, ...LIMITS });
      port = Number(new URL(server.url).port);
    });
    afterEach(async () => {
      await server.close();
      database.cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('takes an upload that trickles in over longer than the request limit but keeps moving', async () => {
      const session = await openSession(server);
      const bytes = pdfOf(16);
      const parts = Array.from({ length: 16 }, (_, i) => bytes.subarray(i * CHUNK, (i + 1) * CHUNK));
      const id = crypto.randomUUID();
      const started = Date.now();
      const answer = await slowRequest(port, uploadHead(session, id, bytes.length), parts);
      assert.ok(Date.now() - started > 2 * LIMITS.requestTimeoutMs, 'the upload took longer than the request limit');
      assert.equal(answer.status, 201, answer.head);
      const receipt = JSON.parse(answer.body);
      assert.deepEqual(receipt, {
        id,
        kind: 'resume',
        type: 'pdf',
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        scan: 'unscanned',
      });
    });

    it('answers an upload that stalls past the idle limit with a 408, stores nothing of it, and takes it again', async () => {
      const session = await openSession(server);
      const bytes = pdfOf(16);
      const parts = Array.from({ length: 16 }, (_, i) => bytes.subarray(i * CHUNK, (i + 1) * CHUNK));
      const id = crypto.randomUUID();
      const answer = await slowRequest(port, uploadHead(session, id, bytes.length), parts, 4);
      assert.equal(answer.status, 408, answer.head);
      // The reader of the body sees it end early and keeps what came, only to be continued
      // (documents-resume.node.test.ts): poll, bounded, until the part is all that is left.
      const partOnly = () => filesUnder(quarantine()).join() === id;
      for (let tries = 0; !partOnly() && tries < 100; tries++) await wait(50);
      assert.deepEqual(filesUnder(join(quarantine(), 'partial')), [id]);
      assert.equal((await server.db.query('select id from documents')).rows.length, 0);
      const again = await slowRequest(port, uploadHead(session, id, bytes.length), [bytes]);
      assert.equal(again.status, 201, again.head);
      assert.deepEqual(filesUnder(quarantine()), []);
      assert.equal((await server.request('/api/health')).status, 200);
    });

    it('still cuts off headers that arrive too slowly on the upload route, with a 408', async () => {
      const session = await openSession(server);
      const head = uploadHead(session, crypto.randomUUID(), 10);
      const answer = await rawRequest(port, [head.slice(0, 60)]);
      assert.equal(answer.status, 408, answer.head);
      assert.equal((await server.request('/api/health')).status, 200);
    });

    it('still gives a JSON body on any other route the request limit (408)', async () => {
      const body = JSON.stringify({ program: 'alliance' });
      const head = [
        'POST /api/uploads HTTP/1.1',
        'Host: x',
        'Content-Type: application/json',
        `Content-Length: ${body.length}`,
        '',
        '',
      ].join('\r\n');
      const answer = await rawRequest(port, [head + body.slice(0, 5), body.slice(5)], {
        pauseBeforeLastMs: LIMITS.requestTimeoutMs + 1500,
      });
      assert.equal(answer.status, 408, answer.head);
    });
  });
}
