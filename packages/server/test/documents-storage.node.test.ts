// Issue 20, point 7: documents in an S3-compatible store (s3rver on loopback, offline) and scanned
// by Debian's ClamAV daemon with a custom signature (no internet): an infected file is refused
// and kept nowhere, a clean one is stored "clean"; files in the bucket go with their record.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { programs } from '@endorsement-kit/sdk';
import { validApplication } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { startClamd, TEST_SIGNATURE_TEXT, type TestClamd } from './support/clamd.js';
import { signedInCoordinator } from './support/coordinator-client.js';
import { DATABASE_KINDS, freshDatabase, stopPostgres, type TestDatabase } from './support/databases.js';
import { SAMPLE_PDF, SAMPLE_PNG } from './support/sample-files.js';
import { post, startTestServer, type TestServer } from './support/test-server.js';
import { allianceWithUploads, openSession, putDocument } from './support/uploads.js';

const FIRST5 = { program: programs.first5Alabama, origins: [], coordinatorEmail: 'coordinator@first5.example.org' };
const BUCKET = 'endorsement-documents';
// s3rver's own credentials; it checks no signature, so only what the server sends matters here.
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

let s3: { url: string; stop(): Promise<void> };
let clamd: TestClamd;
before(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'ek-s3rver-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: folder, configureBuckets: [{ name: BUCKET }] });
  const { port } = await server.run();
  s3 = {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
  clamd = await startClamd();
});
after(async () => {
  await s3.stop();
  await clamd.stop();
  await stopPostgres();
});

for (const kind of DATABASE_KINDS) {
  describe(`documents in S3, scanned by clamd, on ${kind}`, () => {
    let database: TestDatabase;
    let dataDir: string;
    let server: TestServer;
    const objects = async (client: S3Client) =>
      ((await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `${kind}/` }))).Contents ?? []).map((o) => o.Key);
    beforeEach(async () => {
      database = await freshDatabase(kind);
      dataDir = mkdtempSync(join(tmpdir(), 'ek-documents-'));
      server = await startTestServer(database, {
        programs: [allianceWithUploads(), FIRST5],
        dataDir: database.dataDir ?? dataDir,
        documents: {
          s3: { bucket: BUCKET, endpoint: s3.url, forcePathStyle: true, prefix: `${kind}/`, credentials: CREDENTIALS },
          clamd: clamd.socket,
        },
      });
    });
    afterEach(async () => {
      await server.close();
      database.cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('refuses a file the scanner finds infected (422) and keeps it nowhere', async () => {
      const session = await openSession(server);
      const infected = Buffer.concat([SAMPLE_PDF, Buffer.from(`% ${TEST_SIGNATURE_TEXT}\n`)]);
      const response = await putDocument(server, session, infected);
      assert.equal(response.status, 422);
      assert.equal((await response.json()).error, 'infected');
      const client = new S3Client({ region: 'us-east-1', endpoint: s3.url, forcePathStyle: true, credentials: CREDENTIALS });
      assert.deepEqual(await objects(client), []);
      assert.deepEqual(readdirSync(join(database.dataDir ?? dataDir, 'documents', 'quarantine')), []);
      assert.equal((await server.db.query('select id from documents')).rows.length, 0);
    });

    it('stores a clean file in the bucket as "clean", serves it to the record’s coordinator, and deletes it with the record', async () => {
      const client = new S3Client({ region: 'us-east-1', endpoint: s3.url, forcePathStyle: true, credentials: CREDENTIALS });
      const session = await openSession(server);
      const resume = crypto.randomUUID();
      const stored = await putDocument(server, session, SAMPLE_PNG, { id: resume });
      assert.equal(stored.status, 201);
      assert.equal((await stored.json()).scan, 'clean');
      const keys = await objects(client);
      assert.equal(keys.length, 1);
      const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: keys[0]! }));
      assert.deepEqual(Buffer.from(await object.Body!.transformToByteArray()), SAMPLE_PNG);

      const receipt = await (await post(server, '/api/applications', { ...validApplication(), resume })).json();
      const alliance = await signedInCoordinator(server, 'staff@alliance.example.org', 'alliance');
      const list = await alliance.json('GET', `/admin/api/records/${receipt.id}/documents`);
      assert.equal(list.scanned, true);
      assert.deepEqual(
        list.documents.map((d: { id: string; scan: string }) => [d.id, d.scan]),
        [[resume, 'clean']],
      );
      const download = await alliance.request('GET', `/admin/api/records/${receipt.id}/documents/${resume}`);
      assert.equal(download.headers.get('content-disposition')?.startsWith('attachment;'), true);
      assert.deepEqual(Buffer.from(await download.arrayBuffer()), SAMPLE_PNG);

      assert.equal((await alliance.request('DELETE', `/admin/api/records/${receipt.id}`)).status, 200);
      await server.jobs.runDue();
      assert.deepEqual(await objects(client), []);
    });
  });
}
