// Issue 20, point 6: coordinators upload a file themselves (an official transcript that came by
// post, or another document). The program's limits, the type read from the bytes, quarantine and
// the scanner are the applicant's; the file is stored as uploaded by the coordinator, the degree's
// transcript recorded as the coordinator chooses, both audited; another program's coordinator, a
// request from another origin and a renamed executable are refused. Both databases, real HTTP.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { programs } from '@endorsement-kit/sdk';
import { validApplication } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { DATABASE_KINDS, freshDatabase, stopPostgres, type TestDatabase } from './support/databases.js';
import { signedInCoordinator, type CoordinatorClient } from './support/coordinator-client.js';
import { SAMPLE_EXECUTABLE, SAMPLE_PDF, SAMPLE_PNG } from './support/sample-files.js';
import { post, startTestServer, type TestServer } from './support/test-server.js';
import { allianceWithUploads } from './support/uploads.js';

after(stopPostgres);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function filesUnder(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1));
  } catch {
    return [];
  }
}

for (const kind of DATABASE_KINDS) {
  describe(`coordinators' uploads on ${kind}`, () => {
    let database: TestDatabase;
    let dataDir: string;
    let server: TestServer | undefined;
    beforeEach(async () => {
      database = await freshDatabase(kind);
      dataDir = mkdtempSync(join(tmpdir(), 'ek-staff-docs-'));
    });
    afterEach(async () => {
      await server?.close();
      server = undefined;
      database.cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    });
    const documentsDir = () => join(database.dataDir ?? dataDir, 'documents');

    /** A POST of a file from the workspace page: the bytes as the body, the name in a header, the session cookie and the page's Origin. */
    const send = (coordinator: CoordinatorClient | undefined, recordId: string, query: string, bytes: Buffer<ArrayBuffer>, headers = {}) =>
      server!.request(`/admin/api/records/${recordId}/documents?${query}`, {
        method: 'POST',
        headers: {
          origin: new URL(server!.url).origin,
          'content-type': 'application/octet-stream',
          'endorsement-document-name': encodeURIComponent('Transcript (official).pdf'),
          ...(coordinator?.cookie ? { cookie: coordinator.cookie } : {}),
          ...headers,
        },
        body: bytes,
      });

    it('stores a transcript the coordinator uploads for a degree, records its state, audits both, and serves it back', async () => {
      server = await startTestServer(database, {
        programs: [allianceWithUploads({ resume: 'optional' }), { program: programs.first5Alabama, origins: [] }],
        dataDir: database.dataDir ?? dataDir,
      });
      const receipt = await (await post(server, '/api/applications', validApplication())).json();
      const alliance = await signedInCoordinator(server, 'staff@alliance.example.org', 'alliance');

      const stored = await send(alliance, receipt.id, 'kind=transcript&education=0&state=official_verified', SAMPLE_PDF);
      assert.equal(stored.status, 201, await stored.clone().text());
      const view = await stored.json();
      assert.deepEqual(
        { ...view, id: undefined, uploadedAt: undefined },
        {
          id: undefined,
          kind: 'transcript',
          education: 0,
          fileName: 'Transcript (official).pdf',
          type: 'pdf',
          size: SAMPLE_PDF.length,
          sha256: sha256(SAMPLE_PDF),
          scan: 'unscanned',
          uploadedBy: 'coordinator',
          uploadedAt: undefined,
        },
      );
      const other = await send(alliance, receipt.id, 'kind=other', SAMPLE_PNG);
      assert.equal(other.status, 201);

      const list = await alliance.json('GET', `/admin/api/records/${receipt.id}/documents`);
      assert.deepEqual(
        list.documents.map((d: { kind: string; education?: number; uploadedBy: string }) => [d.kind, d.education, d.uploadedBy]),
        [
          ['transcript', 0, 'coordinator'],
          ['other', undefined, 'coordinator'],
        ],
      );
      assert.deepEqual(list.limits, { types: ['pdf', 'jpeg', 'png', 'docx'], maxFileBytes: 10_485_760 });
      assert.equal(list.transcripts[0].state, 'official_verified');
      assert.equal(list.transcripts[0].copy, view.id);
      assert.equal(list.transcripts[0].recordedBy, 'staff@alliance.example.org');
      // The copy is on file now: "copy uploaded" may be recorded for this degree.
      assert.equal(
        (await alliance.request('POST', `/admin/api/records/${receipt.id}/transcripts/0`, { state: 'copy_uploaded' })).status,
        200,
      );

      const { rows: audit } = await server.db.query<{ action: string; actor: string }>(
        'select action, actor from audit_log where record_id = $1 order by id',
        [receipt.id],
      );
      assert.deepEqual(
        audit.map((a) => [a.action, a.actor]),
        [
          ['document_uploaded', 'staff@alliance.example.org'],
          ['transcript_recorded', 'staff@alliance.example.org'],
          ['document_uploaded', 'staff@alliance.example.org'],
          ['transcript_recorded', 'staff@alliance.example.org'],
        ],
      );
      const download = await alliance.request('GET', `/admin/api/records/${receipt.id}/documents/${view.id}`);
      assert.equal(download.status, 200);
      assert.match(download.headers.get('content-disposition') ?? '', /^attachment; /);
      assert.deepEqual(Buffer.from(await download.arrayBuffer()), SAMPLE_PDF);
      assert.deepEqual(filesUnder(join(documentsDir(), 'quarantine')), []);
    });

    it('refuses another program’s coordinator (404), no session (401), another origin (403), and what is not a degree or a kind', async () => {
      server = await startTestServer(database, {
        programs: [allianceWithUploads({ resume: 'optional' }), { program: programs.first5Alabama, origins: [] }],
        dataDir: database.dataDir ?? dataDir,
      });
      const receipt = await (await post(server, '/api/applications', validApplication())).json();
      const alliance = await signedInCoordinator(server, 'staff@alliance.example.org', 'alliance');
      const first5 = await signedInCoordinator(server, 'staff@first5.example.org', 'first5-alabama');
      const status = async (response: Promise<Response>) => (await response).status;
      assert.equal(await status(send(first5, receipt.id, 'kind=other', SAMPLE_PDF)), 404);
      assert.equal(await status(send(undefined, receipt.id, 'kind=other', SAMPLE_PDF)), 401);
      assert.equal(await status(send(alliance, receipt.id, 'kind=other', SAMPLE_PDF, { origin: 'https://evil.example' })), 403);
      assert.equal(await status(send(alliance, crypto.randomUUID(), 'kind=other', SAMPLE_PDF)), 404);
      assert.equal(await status(send(alliance, receipt.id, 'kind=resume', SAMPLE_PDF)), 400);
      assert.equal(await status(send(alliance, receipt.id, 'kind=transcript&education=7', SAMPLE_PDF)), 404);
      assert.equal(await status(send(alliance, receipt.id, 'kind=transcript&education=x', SAMPLE_PDF)), 404);
      assert.equal(await status(send(alliance, receipt.id, 'kind=transcript&education=0&state=requested', SAMPLE_PDF)), 400);
      assert.equal(await status(send(alliance, receipt.id, 'kind=other&state=official_verified', SAMPLE_PDF)), 400);
      const { rows } = await server.db.query('select id from documents');
      assert.deepEqual(rows, []);
      assert.equal(
        server.logs.some((line) => / 5\d\d /.test(line)),
        false,
      );
    });

    it('refuses a renamed executable by its bytes (415), an oversize file while it streams (413), and a file past the cap (409)', async () => {
      server = await startTestServer(database, {
        programs: [allianceWithUploads({ resume: 'optional', maxFileBytes: 256 * 1024, maxFiles: 1 })],
        dataDir: database.dataDir ?? dataDir,
      });
      const receipt = await (await post(server, '/api/applications', validApplication())).json();
      const alliance = await signedInCoordinator(server, 'staff@alliance.example.org', 'alliance');
      const renamed = await send(alliance, receipt.id, 'kind=transcript&education=0&state=official_verified', SAMPLE_EXECUTABLE);
      assert.deepEqual([renamed.status, (await renamed.json()).error], [415, 'type_not_allowed']);
      const big = await send(alliance, receipt.id, 'kind=other', Buffer.concat([SAMPLE_PDF, Buffer.alloc(2 * 1_048_576, 0x20)]));
      assert.deepEqual([big.status, (await big.json()).error], [413, 'too_large']);
      assert.deepEqual(filesUnder(documentsDir()), []);
      const list = await alliance.json('GET', `/admin/api/records/${receipt.id}/documents`);
      assert.deepEqual(list.documents, []);
      // Nothing stored, nothing recorded: the transcript is where the application said.
      assert.equal(list.transcripts[0].state, 'requested');
      // The program's files per record hold for coordinators too.
      assert.equal((await send(alliance, receipt.id, 'kind=other', SAMPLE_PDF)).status, 201);
      const more = await send(alliance, receipt.id, 'kind=other', SAMPLE_PNG);
      assert.deepEqual([more.status, (await more.json()).error], [409, 'too_many_documents']);
    });
  });
}
