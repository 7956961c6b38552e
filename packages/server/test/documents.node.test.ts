// Issue 20, points 5 and 7: the receiver's uploads. Every accepted type is stored, the type is read
// from the bytes, an oversize file is refused while it streams (a 413 the client receives), a
// broken upload leaves nothing and is sent again, the application refers to files by id, only the
// record's coordinators download them (as attachments), and they go with the record. Both databases.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { programs } from '@endorsement-kit/sdk';
import { validApplication } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { DATABASE_KINDS, freshDatabase, stopPostgres, type TestDatabase } from './support/databases.js';
import { signedInCoordinator } from './support/coordinator-client.js';
import { SAMPLE_DOCX, SAMPLE_EXECUTABLE, SAMPLE_JPEG, SAMPLE_PDF, SAMPLE_PNG } from './support/sample-files.js';
import { post, startTestServer, type TestServer } from './support/test-server.js';
import { allianceWithUploads, openSession, putDocument, type Session } from './support/uploads.js';
import type { ServerOptions } from '../src/index.js';

after(stopPostgres);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const FIRST5 = { program: programs.first5Alabama, origins: [], coordinatorEmail: 'coordinator@first5.example.org' };

/** Files left in the folder (quarantine included), by path under it. */
function filesUnder(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1));
  } catch {
    return [];
  }
}

/** A PUT whose body stops half way: the socket is destroyed after `sent` of `declared` bytes. */
function brokenUpload(server: TestServer, session: Session, id: string, bytes: Buffer, sent: number): Promise<void> {
  return new Promise((resolve) => {
    const url = new URL(`/api/uploads/${session.id}/documents/${id}`, server.url);
    const request = httpRequest(url, {
      method: 'PUT',
      headers: {
        'endorsement-upload-token': session.token,
        'endorsement-document-kind': 'resume',
        'content-length': String(bytes.length),
      },
    });
    request.on('error', () => resolve());
    request.on('close', () => resolve());
    request.write(bytes.subarray(0, sent), () => request.destroy());
  });
}

for (const kind of DATABASE_KINDS) {
  describe(`documents on ${kind}`, () => {
    let database: TestDatabase;
    let dataDir: string;
    let server: TestServer | undefined;
    const start = async (options: Partial<ServerOptions> = {}) => {
      server = await startTestServer(database, {
        programs: [allianceWithUploads(), FIRST5],
        dataDir: database.dataDir ?? dataDir,
        ...options,
      });
      return server;
    };
    const documentsDir = () => join(database.dataDir ?? dataDir, 'documents');
    beforeEach(async () => {
      database = await freshDatabase(kind);
      dataDir = mkdtempSync(join(tmpdir(), 'ek-documents-'));
    });
    afterEach(async () => {
      await server?.close();
      server = undefined;
      database.cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('stores every accepted type, read from the bytes, with its sha256, and answers a retry with the same receipt', async () => {
      const server = await start();
      const session = await openSession(server);
      assert.deepEqual(
        { ...session, id: undefined, token: undefined },
        { id: undefined, token: undefined, maxFileBytes: 10_485_760, maxFiles: 20, types: ['pdf', 'jpeg', 'png', 'docx'] },
      );
      const samples: Record<string, Buffer<ArrayBuffer>> = { pdf: SAMPLE_PDF, jpeg: SAMPLE_JPEG, png: SAMPLE_PNG, docx: SAMPLE_DOCX };
      for (const [type, bytes] of Object.entries(samples)) {
        const id = crypto.randomUUID();
        // The name and the Content-Type say nothing true: the bytes decide.
        const response = await putDocument(server, session, bytes, { id, name: 'file.txt', headers: { 'content-type': 'text/plain' } });
        assert.equal(response.status, 201, `${type}: ${await response.clone().text()}`);
        const receipt = await response.json();
        assert.deepEqual(receipt, { id, kind: 'resume', type, size: bytes.length, sha256: sha256(bytes), scan: 'unscanned' });
        const again = await putDocument(server, session, bytes, { id });
        assert.equal(again.status, 200);
        assert.deepEqual(await again.json(), receipt);
      }
      assert.deepEqual(filesUnder(join(documentsDir(), 'quarantine')), []);
      assert.equal(filesUnder(join(documentsDir(), 'documents')).length, 4);
    });

    it('refuses an executable named resume.pdf by its bytes (415), and keeps nothing of it', async () => {
      const server = await start();
      const session = await openSession(server);
      const response = await putDocument(server, session, SAMPLE_EXECUTABLE, {
        name: 'resume.pdf',
        headers: { 'content-type': 'application/pdf' },
      });
      assert.equal(response.status, 415);
      assert.equal((await response.json()).error, 'type_not_allowed');
      assert.deepEqual(filesUnder(documentsDir()), []);
      const { rows } = await server.db.query('select id from documents');
      assert.equal(rows.length, 0);
    });

    it('refuses an oversize file while it streams: the client receives the 413, with or without Content-Length', async () => {
      const server = await start({ programs: [allianceWithUploads({ resume: 'optional', maxFileBytes: 256 * 1024 }), FIRST5] });
      const session = await openSession(server);
      const big = Buffer.concat([SAMPLE_PDF, Buffer.alloc(12 * 1_048_576, 0x20)]);
      // Declared: the server knows at once, and still reads the rest so the client sees the answer.
      const declared = await putDocument(server, session, big);
      assert.equal(declared.status, 413);
      assert.equal((await declared.json()).error, 'too_large');
      // Chunked: the limit is found while reading.
      let pulled = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulled >= big.length) return controller.close();
          controller.enqueue(big.subarray(pulled, pulled + 64 * 1024));
          pulled += 64 * 1024;
        },
      });
      const chunked = await putDocument(server, session, stream);
      assert.equal(chunked.status, 413);
      assert.equal((await chunked.json()).error, 'too_large');
      assert.deepEqual(filesUnder(documentsDir()), []);
      // The connection is still good for the next file.
      assert.equal((await putDocument(server, session, SAMPLE_PDF)).status, 201);
    });

    it('stores nothing of an upload the network broke (its bytes wait in quarantine), and stores it when sent again whole', async () => {
      const server = await start();
      const session = await openSession(server);
      const id = crypto.randomUUID();
      const bytes = Buffer.concat([SAMPLE_PDF, Buffer.alloc(512 * 1024, 0x20)]);
      await brokenUpload(server, session, id, bytes, 200 * 1024);
      await server.waitForLog(/^PUT \/api\/uploads\/:uploadId\/documents\/:documentId 400 /);
      // Kept to be continued (documents-resume.node.test.ts), never stored.
      assert.deepEqual(filesUnder(documentsDir()), [join('quarantine', 'partial', id)]);
      assert.equal((await server.db.query('select id from documents')).rows.length, 0);
      const retry = await putDocument(server, session, bytes, { id });
      assert.equal(retry.status, 201);
      assert.equal((await retry.json()).sha256, sha256(bytes));
      assert.deepEqual(filesUnder(join(documentsDir(), 'quarantine')), []);
    });

    it('opens a session only with its token, caps its files, and refuses what the program does not ask for', async () => {
      const server = await start({ programs: [allianceWithUploads({ resume: 'optional', transcripts: 'off', maxFiles: 2 }), FIRST5] });
      const session = await openSession(server);
      const other = await openSession(server);
      assert.equal((await putDocument(server, { ...session, token: '' }, SAMPLE_PDF)).status, 401);
      assert.equal((await putDocument(server, { ...session, token: other.token }, SAMPLE_PDF)).status, 403);
      const id = crypto.randomUUID();
      assert.equal((await putDocument(server, session, SAMPLE_PDF, { id })).status, 201);
      const taken = await putDocument(server, other, SAMPLE_PDF, { id });
      assert.deepEqual([taken.status, (await taken.json()).error], [409, 'document_id_taken']);
      const transcript = await putDocument(server, session, SAMPLE_PDF, { kind: 'transcript' });
      assert.deepEqual([transcript.status, (await transcript.json()).error], [400, 'document_not_asked']);
      assert.equal((await putDocument(server, session, SAMPLE_PNG)).status, 201);
      const third = await putDocument(server, session, SAMPLE_JPEG);
      assert.deepEqual([third.status, (await third.json()).error], [409, 'too_many_documents']);
      // A removal frees a place.
      const removed = await server.request(`/api/uploads/${session.id}/documents/${id}`, {
        method: 'DELETE',
        headers: { 'endorsement-upload-token': session.token },
      });
      assert.equal(removed.status, 200);
      assert.equal((await putDocument(server, session, SAMPLE_JPEG)).status, 201);
    });

    it('links the files an application names, closes the session, serves them to its coordinators only, and deletes them with it', async () => {
      const server = await start();
      const session = await openSession(server);
      const resume = crypto.randomUUID();
      const transcript = crypto.randomUUID();
      const replaced = crypto.randomUUID();
      assert.equal((await putDocument(server, session, SAMPLE_PDF, { id: resume, name: 'Résumé "final".pdf' })).status, 201);
      assert.equal((await putDocument(server, session, SAMPLE_PNG, { id: transcript, kind: 'transcript' })).status, 201);
      assert.equal((await putDocument(server, session, SAMPLE_JPEG, { id: replaced })).status, 201);

      const application = validApplication();
      const unknown = { ...application, resume: crypto.randomUUID() };
      const refused = await post(server, '/api/applications', unknown);
      assert.equal(refused.status, 422);
      assert.deepEqual(
        (await refused.json()).issues.map((i: { path: unknown; code: string }) => [i.path, i.code]),
        [[['resume'], 'document_missing']],
      );

      const payload = {
        ...application,
        resume,
        education: application.education.map((e, i) => (i === 0 ? { ...e, transcriptCopy: transcript } : e)),
      };
      const key = crypto.randomUUID();
      const sent = await post(server, '/api/applications', payload, key);
      assert.equal(sent.status, 201);
      const recordId = (await sent.json()).id as string;
      // A retry of the same submission is the same record, files and all.
      assert.equal((await post(server, '/api/applications', payload, key)).status, 200);
      const closed = await putDocument(server, session, SAMPLE_PDF);
      assert.deepEqual([closed.status, (await closed.json()).error], [409, 'upload_closed']);

      const alliance = await signedInCoordinator(server, 'staff@alliance.example.org', 'alliance');
      const first5 = await signedInCoordinator(server, 'staff@first5.example.org', 'first5-alabama');
      const list = await alliance.json('GET', `/admin/api/records/${recordId}/documents`);
      assert.equal(list.scanned, false);
      assert.deepEqual(
        list.documents
          .map((d: { id: string; kind: string; education?: number; fileName: string; scan: string }) => [
            d.id,
            d.kind,
            d.education,
            d.fileName,
            d.scan,
          ])
          .sort(),
        [
          [resume, 'resume', undefined, 'Résumé "final".pdf', 'unscanned'],
          [transcript, 'transcript', 0, 'file.txt'.replace('file.txt', 'résumé.pdf'), 'unscanned'],
        ].sort(),
      );
      // The file uploaded and replaced before sending is not part of the application: it went.
      await server.jobs.runDue();
      assert.equal(filesUnder(join(documentsDir(), 'documents')).length, 2);

      const download = await alliance.request('GET', `/admin/api/records/${recordId}/documents/${resume}`);
      assert.equal(download.status, 200);
      assert.equal(download.headers.get('content-type'), 'application/pdf');
      assert.equal(download.headers.get('x-content-type-options'), 'nosniff');
      assert.match(
        download.headers.get('content-disposition') ?? '',
        /^attachment; filename="R_sum_ _final_.pdf"; filename\*=UTF-8''R%C3%A9sum%C3%A9%20%22final%22.pdf$/,
      );
      assert.deepEqual(Buffer.from(await download.arrayBuffer()), SAMPLE_PDF);
      // Another program's coordinator: the record does not exist for them.
      assert.equal((await first5.request('GET', `/admin/api/records/${recordId}/documents`)).status, 404);
      assert.equal((await first5.request('GET', `/admin/api/records/${recordId}/documents/${resume}`)).status, 404);
      assert.equal((await server.request(`/admin/api/records/${recordId}/documents/${resume}`)).status, 401);

      assert.equal((await alliance.request('DELETE', `/admin/api/records/${recordId}`)).status, 200);
      await server.jobs.runDue();
      assert.deepEqual(filesUnder(documentsDir()), []);
      const { rows } = await server.db.query('select id from documents');
      assert.equal(rows.length, 0);
    });

    it('deletes, each night, the files of an upload session whose application never came after 180 days', async () => {
      let now = new Date();
      const server = await start({ clock: () => now });
      const abandoned = await openSession(server);
      const recent = await openSession(server);
      assert.equal((await putDocument(server, abandoned, SAMPLE_PDF)).status, 201);
      assert.equal((await putDocument(server, recent, SAMPLE_PNG)).status, 201);
      await server.db.query("update upload_sessions set created_at = now() - interval '181 days' where id = $1", [abandoned.id]);
      now = new Date(now.getTime() + 86_400_000);
      await server.jobs.runDue();
      const { rows } = await server.db.query<{ upload_id: string }>('select upload_id from documents');
      assert.deepEqual(rows, [{ upload_id: recent.id }]);
      assert.equal((await server.db.query('select id from upload_sessions where id = $1', [abandoned.id])).rows.length, 0);
      assert.equal(filesUnder(join(documentsDir(), 'documents')).length, 1);
      // The next night's sweep is scheduled.
      const next = await server.db.query<{ n: number }>(
        "select count(*)::int as n from scheduled_jobs where kind = 'documents-sweep' and state = 'pending'",
      );
      assert.equal(next.rows[0]!.n, 1);
    });

    it('records where each degree’s transcript is; the applicant’s status lookup shows it', async () => {
      const server = await start();
      const application = validApplication();
      const receipt = await (await post(server, '/api/applications', application)).json();
      const alliance = await signedInCoordinator(server, 'staff@alliance.example.org', 'alliance');
      const before = await alliance.json('GET', `/admin/api/records/${receipt.id}/documents`);
      assert.deepEqual(
        before.transcripts.map((t: { education: number; state: string | null }) => [t.education, t.state]),
        application.education.flatMap((e, i) => (e.level === 'cda' ? [] : [[i, e.transcript === 'not-requested' ? null : 'requested']])),
      );
      const lookup = () =>
        server.request('/api/applications/lookup', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ reference: receipt.reference, email: application.applicant.email }),
        });
      assert.equal((await (await lookup()).json()).transcripts, undefined);

      const copy = await alliance.request('POST', `/admin/api/records/${receipt.id}/transcripts/0`, { state: 'copy_uploaded' });
      assert.equal(copy.status, 422);
      assert.equal(
        (await alliance.request('POST', `/admin/api/records/${receipt.id}/transcripts/0`, { state: 'received_by_mail' })).status,
        200,
      );
      assert.equal(
        (await alliance.request('POST', `/admin/api/records/${receipt.id}/transcripts/9`, { state: 'received_by_mail' })).status,
        404,
      );
      const after = await alliance.json('GET', `/admin/api/records/${receipt.id}/documents`);
      assert.equal(after.transcripts[0].state, 'received_by_mail');
      assert.equal(after.transcripts[0].recordedBy, 'staff@alliance.example.org');
      assert.deepEqual((await (await lookup()).json()).transcripts, [
        { institution: application.education[0]!.institution, level: application.education[0]!.level, state: 'received_by_mail' },
      ]);
    });
  });
}
