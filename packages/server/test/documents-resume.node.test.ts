// Issue 20, point 7: a partial upload resumed after the network drops. The receiver keeps what
// arrived of a cut-off upload in quarantine; GET says how much (Upload-Offset), PATCH with that
// offset sends the rest, and the file is stored with the sha256 of the whole, through the same
// checks as any upload. A wrong offset, a body past the file's length, another session's token:
// 4xx, never 5xx. Both databases, real HTTP, the sockets destroyed mid-body.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { documentClient } from '@endorsement-kit/sdk';
import { DATABASE_KINDS, freshDatabase, stopPostgres, type TestDatabase } from './support/databases.js';
import { SAMPLE_EXECUTABLE, SAMPLE_PDF } from './support/sample-files.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { allianceWithUploads, openSession, putDocument, type Session } from './support/uploads.js';

after(stopPostgres);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const PATH = ':uploadId\\/documents\\/:documentId';

/** Files left in the folder, by path under it. */
function filesUnder(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1));
  } catch {
    return [];
  }
}

/** A request whose body stops half way: `sent` bytes go out, then the socket is destroyed. */
function cutRequest(server: TestServer, method: string, path: string, headers: Record<string, string>, body: Buffer, sent: number) {
  return new Promise<void>((resolve) => {
    const request = httpRequest(new URL(path, server.url), { method, headers });
    request.on('error', () => resolve());
    request.on('close', () => resolve());
    request.write(body.subarray(0, sent), () => request.destroy());
  });
}

for (const kind of DATABASE_KINDS) {
  describe(`resumed uploads on ${kind}`, () => {
    let database: TestDatabase;
    let dataDir: string;
    let server: TestServer | undefined;
    const start = async () => {
      server = await startTestServer(database, { programs: [allianceWithUploads()], dataDir: database.dataDir ?? dataDir });
      return server;
    };
    const quarantine = () => join(database.dataDir ?? dataDir, 'documents', 'quarantine');
    beforeEach(async () => {
      database = await freshDatabase(kind);
      dataDir = mkdtempSync(join(tmpdir(), 'ek-resume-'));
    });
    afterEach(async () => {
      await server?.close();
      server = undefined;
      database.cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    });

    const url = (session: Session, id: string) => `/api/uploads/${session.id}/documents/${id}`;
    const token = (session: Session) => ({ 'endorsement-upload-token': session.token });
    const offsetOf = async (server: TestServer, session: Session, id: string) => {
      const answer = await server.request(url(session, id), { headers: token(session) });
      assert.equal(answer.status, 200, await answer.clone().text());
      const body = (await answer.json()) as { offset: number; length: number };
      assert.equal(answer.headers.get('upload-offset'), String(body.offset));
      return body;
    };
    const patch = (server: TestServer, session: Session, id: string, offset: number | undefined, body: BodyInit, headers = {}) =>
      server.request(url(session, id), {
        method: 'PATCH',
        headers: { ...token(session), ...(offset === undefined ? {} : { 'upload-offset': String(offset) }), ...headers },
        body,
        ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
      } as RequestInit);
    /** A first PUT cut off after `sent` bytes, and the log line that says the server saw it end. */
    const cutPut = async (server: TestServer, session: Session, id: string, bytes: Buffer, sent: number, kindOf = 'resume') => {
      const headers = { ...token(session), 'endorsement-document-kind': kindOf, 'content-length': String(bytes.length) };
      await cutRequest(server, 'PUT', url(session, id), headers, bytes, sent);
      await server.waitForLog(new RegExp(`^PUT /api/uploads/${PATH} 400 `));
    };

    it('continues a cut-off upload from the bytes the receiver has, twice, and stores the whole file with its sha256', async () => {
      const server = await start();
      const session = await openSession(server);
      const id = crypto.randomUUID();
      const bytes = Buffer.concat([SAMPLE_PDF, Buffer.alloc(900 * 1024, 0x20), Buffer.from('%%EOF\n')]);
      await cutPut(server, session, id, bytes, 300 * 1024);
      const first = await offsetOf(server, session, id);
      assert.equal(first.length, bytes.length);
      assert.ok(first.offset > 0 && first.offset <= 300 * 1024, `kept ${first.offset}`);
      // The network drops again half way through the rest: what came is kept too.
      const headers = { ...token(session), 'upload-offset': String(first.offset), 'content-length': String(bytes.length - first.offset) };
      await cutRequest(server, 'PATCH', url(session, id), headers, bytes.subarray(first.offset), 200 * 1024);
      await server.waitForLog(new RegExp(`^PATCH /api/uploads/${PATH} 400 `));
      const second = await offsetOf(server, session, id);
      const head = await server.request(url(session, id), { method: 'HEAD', headers: token(session) });
      assert.deepEqual([head.status, head.headers.get('upload-offset')], [200, String(second.offset)]);
      assert.ok(second.offset > first.offset && second.offset <= first.offset + 200 * 1024, `kept ${second.offset}`);

      const rest = await patch(server, session, id, second.offset, bytes.subarray(second.offset));
      assert.equal(rest.status, 201, await rest.clone().text());
      assert.deepEqual(await rest.json(), {
        id,
        kind: 'resume',
        type: 'pdf',
        size: bytes.length,
        sha256: sha256(bytes),
        scan: 'unscanned',
      });
      // Whole now: asked again, the receiver has every byte, and a repeated last request gets the same receipt.
      assert.deepEqual(await offsetOf(server, session, id), { offset: bytes.length, length: bytes.length });
      const again = await patch(server, session, id, bytes.length, new Uint8Array());
      assert.equal(again.status, 200);
      assert.equal((await again.json()).sha256, sha256(bytes));
      assert.deepEqual(filesUnder(quarantine()), []);
      const { rows } = await server.db.query<{ sha256: string }>('select sha256 from documents where id = $1', [id]);
      assert.deepEqual(rows, [{ sha256: sha256(bytes) }]);
    });

    it("continues through the SDK's documentClient: it asks the offset and sends only the rest", async () => {
      const server = await start();
      const session = await openSession(server);
      const id = crypto.randomUUID();
      const bytes = Buffer.concat([SAMPLE_PDF, Buffer.alloc(300 * 1024, 0x20)]);
      await cutPut(server, session, id, bytes, 100 * 1024);
      const { offset } = await offsetOf(server, session, id);
      const client = documentClient({ baseUrl: new URL('/api', server.url).href });
      const progress: number[] = [];
      const full = { ...session, maxFileBytes: 10_485_760, maxFiles: 20, types: ['pdf'] };
      const receipt = await client.upload(full, {
        id,
        kind: 'resume',
        name: 'cv.pdf',
        bytes: new Uint8Array(bytes),
        resume: true,
        onProgress: (sent) => progress.push(sent),
      });
      assert.equal(receipt.sha256, sha256(bytes));
      // It started from the kept bytes: the first progress is the offset, and the log has one PATCH, no second PUT.
      assert.equal(progress[0], offset);
      assert.equal(server.logs.filter((line) => line.startsWith('PUT ')).length, 1);
      assert.equal(server.logs.filter((line) => line.startsWith('PATCH ')).length, 1);
      // A file it never sent whole before: the receiver has none of it, so it goes whole.
      const fresh = await client.upload(full, {
        id: crypto.randomUUID(),
        kind: 'resume',
        name: 'b.pdf',
        bytes: new Uint8Array(SAMPLE_PDF),
        resume: true,
      });
      assert.equal(fresh.sha256, sha256(SAMPLE_PDF));
    });

    it("lets the program's origins continue across origins: PATCH and Upload-Offset allowed, Upload-Offset readable", async () => {
      server = await startTestServer(database, {
        programs: [{ ...allianceWithUploads(), origins: ['https://embed.example.org'] }],
        dataDir: database.dataDir ?? dataDir,
      });
      const session = await openSession(server);
      const id = crypto.randomUUID();
      const preflight = await server.request(url(session, id), {
        method: 'OPTIONS',
        headers: {
          origin: 'https://embed.example.org',
          'access-control-request-method': 'PATCH',
          'access-control-request-headers': 'endorsement-upload-token,upload-offset',
        },
      });
      assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /\bPATCH\b/);
      assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /\bUpload-Offset\b/i);
      const bytes = Buffer.concat([SAMPLE_PDF, Buffer.alloc(64 * 1024, 0x20)]);
      await cutPut(server, session, id, bytes, 16 * 1024);
      const asked = await server.request(url(session, id), { headers: { ...token(session), origin: 'https://embed.example.org' } });
      assert.equal(asked.status, 200);
      assert.match(asked.headers.get('access-control-expose-headers') ?? '', /\bUpload-Offset\b/i);
    });

    it('answers a continuation that does not fit with 4xx, never 5xx: a wrong offset, past the length, another session', async () => {
      const server = await start();
      const session = await openSession(server);
      const other = await openSession(server);
      const id = crypto.randomUUID();
      const bytes = Buffer.concat([SAMPLE_PDF, Buffer.alloc(256 * 1024, 0x20)]);
      await cutPut(server, session, id, bytes, 64 * 1024);
      const { offset } = await offsetOf(server, session, id);

      const wrong = await patch(server, session, id, offset + 1, bytes.subarray(offset + 1));
      assert.deepEqual([wrong.status, (await wrong.json()).error], [409, 'offset_mismatch']);
      assert.equal(wrong.headers.get('upload-offset'), String(offset));
      const none = await patch(server, session, id, undefined, bytes.subarray(offset));
      assert.deepEqual([none.status, (await none.json()).error], [400, 'invalid_offset']);
      const negative = await patch(server, session, id, -5, bytes.subarray(offset));
      assert.equal(negative.status, 400);
      // Past the file's declared length: by Content-Length at once, and while reading a chunked body.
      const longer = await patch(server, session, id, offset, Buffer.concat([bytes.subarray(offset), Buffer.alloc(10)]));
      assert.deepEqual([longer.status, (await longer.json()).error], [413, 'too_large']);
      let pulled = 0;
      const big = Buffer.alloc(2 * 1_048_576, 0x20);
      const chunked = await patch(
        server,
        session,
        id,
        offset,
        new ReadableStream<Uint8Array>({
          pull(controller) {
            if (pulled >= big.length) return controller.close();
            controller.enqueue(big.subarray(pulled, (pulled += 64 * 1024)));
          },
        }),
      );
      assert.deepEqual([chunked.status, (await chunked.json()).error], [413, 'too_large']);
      // Another session's token does not open this one; its own session has no such file.
      assert.equal((await patch(server, { ...session, token: other.token }, id, offset, bytes.subarray(offset))).status, 403);
      assert.equal((await server.request(url(session, id), { headers: token(other) })).status, 403);
      assert.equal((await patch(server, other, id, offset, bytes.subarray(offset))).status, 404);
      assert.equal((await server.request(url(other, id), { headers: token(other) })).status, 404);
      assert.equal((await server.request(url(session, id))).status, 401);
      const taken = await putDocument(server, other, bytes, { id });
      assert.deepEqual([taken.status, (await taken.json()).error], [409, 'document_id_taken']);
      assert.equal((await patch(server, session, crypto.randomUUID(), 0, bytes)).status, 404);
      assert.equal((await patch(server, session, 'not-a-uuid', 0, bytes)).status, 404);
      // None of that moved the offset; a part of the rest is a 204 with the new offset, then the last part stores it.
      assert.equal((await offsetOf(server, session, id)).offset, offset);
      const some = await patch(server, session, id, offset, bytes.subarray(offset, offset + 1000));
      assert.equal(some.status, 204);
      assert.equal(some.headers.get('upload-offset'), String(offset + 1000));
      const last = await patch(server, session, id, offset + 1000, bytes.subarray(offset + 1000));
      assert.equal(last.status, 201);
      assert.equal((await last.json()).sha256, sha256(bytes));
      assert.equal(
        server.logs.some((line) => / 5\d\d /.test(line)),
        false,
      );
    });

    it('lets one of two continuations sent at once append, never both: the other is told the new offset', async () => {
      const server = await start();
      const session = await openSession(server);
      const id = crypto.randomUUID();
      const bytes = Buffer.concat([SAMPLE_PDF, Buffer.alloc(512 * 1024, 0x20), Buffer.from('%%EOF\n')]);
      await cutPut(server, session, id, bytes, 100 * 1024);
      const { offset } = await offsetOf(server, session, id);
      const answers = await Promise.all([0, 1].map(() => patch(server, session, id, offset, bytes.subarray(offset))));
      const statuses = answers.map((a) => a.status).sort();
      // The loser either found the offset moved (409) or the file already whole (200, the same receipt).
      assert.ok(JSON.stringify(statuses) === '[201,409]' || JSON.stringify(statuses) === '[200,201]', `answers ${statuses.join(', ')}`);
      const { rows } = await server.db.query<{ sha256: string; size: number }>(
        'select sha256, size::int as size from documents where id = $1',
        [id],
      );
      assert.deepEqual(rows, [{ sha256: sha256(bytes), size: bytes.length }]);
      assert.deepEqual(filesUnder(quarantine()), []);
    });

    it('starts over (404) when the kept bytes are not on this machine, as on another host', async () => {
      const server = await start();
      const session = await openSession(server);
      const id = crypto.randomUUID();
      const bytes = Buffer.concat([SAMPLE_PDF, Buffer.alloc(256 * 1024, 0x20)]);
      await cutPut(server, session, id, bytes, 64 * 1024);
      rmSync(join(quarantine(), 'partial', id));
      assert.equal((await server.request(url(session, id), { headers: token(session) })).status, 404);
      assert.equal((await patch(server, session, id, 0, bytes)).status, 404);
      const whole = await putDocument(server, session, bytes, { id });
      assert.equal(whole.status, 201);
      assert.equal((await whole.json()).sha256, sha256(bytes));
    });

    it('reads the type of a resumed file from its bytes: a renamed executable is refused whole, and nothing of it stays', async () => {
      const server = await start();
      const session = await openSession(server);
      const id = crypto.randomUUID();
      const bytes = Buffer.concat([SAMPLE_EXECUTABLE, Buffer.alloc(256 * 1024, 0x90)]);
      await cutPut(server, session, id, bytes, 100 * 1024);
      const { offset } = await offsetOf(server, session, id);
      const rest = await patch(server, session, id, offset, bytes.subarray(offset));
      assert.deepEqual([rest.status, (await rest.json()).error], [415, 'type_not_allowed']);
      assert.equal((await server.request(url(session, id), { headers: token(session) })).status, 404);
      assert.deepEqual(filesUnder(quarantine()), []);
    });

    it('starts over when the file is sent whole again, removes a part on DELETE, and sweeps parts left a day', async () => {
      let now = new Date();
      server = await startTestServer(database, {
        programs: [allianceWithUploads()],
        dataDir: database.dataDir ?? dataDir,
        clock: () => now,
      });
      const session = await openSession(server);
      const bytes = Buffer.concat([SAMPLE_PDF, Buffer.alloc(256 * 1024, 0x20)]);
      const whole = crypto.randomUUID();
      await cutPut(server, session, whole, bytes, 64 * 1024);
      const put = await putDocument(server, session, bytes, { id: whole });
      assert.equal(put.status, 201);
      assert.equal((await put.json()).sha256, sha256(bytes));

      const removed = crypto.randomUUID();
      server.logs.length = 0;
      await cutPut(server, session, removed, bytes, 64 * 1024);
      const gone = await server.request(url(session, removed), { method: 'DELETE', headers: token(session) });
      assert.equal(gone.status, 200);
      assert.equal((await server.request(url(session, removed), { headers: token(session) })).status, 404);

      const left = crypto.randomUUID();
      server.logs.length = 0;
      await cutPut(server, session, left, bytes, 64 * 1024);
      assert.equal(filesUnder(quarantine()).length, 1);
      await server.db.query("update document_parts set updated_at = now() - interval '2 days'");
      now = new Date(now.getTime() + 2 * 86_400_000);
      await server.jobs.runDue();
      assert.equal((await server.request(url(session, left), { headers: token(session) })).status, 404);
      assert.deepEqual(filesUnder(quarantine()), []);
    });
  });
}
