// The backend contract (docs/backend.md) as a client sees it, on PGlite and on a real Postgres.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { DATABASE_KINDS, freshDatabase, stopPostgres, type TestDatabase } from './support/databases.js';
import { post, startTestServer, type TestServer } from './support/test-server.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

after(stopPostgres);

for (const kind of DATABASE_KINDS) {
  describe(`the contract on ${kind}`, () => {
    let database: TestDatabase;
    let server: TestServer;
    before(async () => {
      database = await freshDatabase(kind);
      server = await startTestServer(database);
    });
    after(async () => {
      await server.close();
      database.cleanup();
    });

    it('answers a registration with a 201 and a receipt whose id is a random UUID', async () => {
      const response = await post(server, '/api/registrations', validRegistration());
      assert.equal(response.status, 201);
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
      const receipt = await response.json();
      assert.match(receipt.id, UUID);
      assert.equal(receipt.status, 'registered');
      assert.ok(!Number.isNaN(Date.parse(receipt.receivedAt)));
    });

    it('answers an application with a 201, and its status by id', async () => {
      const receipt = await (await post(server, '/api/applications', validApplication())).json();
      assert.equal(receipt.status, 'received');
      const status = await server.request(`/api/applications/${encodeURIComponent(receipt.id)}`);
      assert.equal(status.status, 200);
      // The contract's fields exactly; the lookup adds where the applicant's thread stands (issue 19).
      const { stage, ...contractFields } = (await status.json()) as Record<string, unknown>;
      assert.deepEqual(contractFields, receipt);
      assert.equal(stage, 'application');
    });

    it('answers a repeated key and body with the first receipt, keeping one record', async () => {
      const key = crypto.randomUUID();
      const first = await post(server, '/api/applications', validApplication(), key);
      // The same answers with their keys in another order are the same body.
      const reordered = Object.fromEntries(Object.entries(validApplication()).reverse());
      const again = await post(server, '/api/applications', reordered, key);
      assert.equal(first.status, 201);
      assert.equal(again.status, 200);
      assert.deepEqual(await again.json(), await first.json());
      const { rows } = await server.db.query<{ n: number }>('select count(*)::int as n from records where idempotency_key = $1', [key]);
      assert.equal(rows[0]?.n, 1);
    });

    it('refuses the same key with another body with a 409 and keeps the first record only', async () => {
      const key = crypto.randomUUID();
      await post(server, '/api/applications', validApplication(), key);
      const other = { ...validApplication(), category: 'IFA' };
      const response = await post(server, '/api/applications', other, key);
      assert.equal(response.status, 409);
      assert.equal((await response.json()).error, 'idempotency_key_reused');
      // Answers the program refuses are still another body for a key already kept: a 409, not a 422.
      const refused = await post(server, '/api/applications', { ...validApplication(), category: 'nope' }, key);
      assert.equal(refused.status, 409);
      const { rows } = await server.db.query<{ category: string }>(
        "select payload->>'category' as category from records where idempotency_key = $1",
        [key],
      );
      assert.deepEqual(rows, [{ category: 'IFS' }]);
    });

    it('keys registrations and applications apart: one key may be used once for each', async () => {
      const key = crypto.randomUUID();
      assert.equal((await post(server, '/api/registrations', validRegistration(), key)).status, 201);
      assert.equal((await post(server, '/api/applications', validApplication(), key)).status, 201);
    });

    it('makes one record of 50 concurrent POSTs with one key, all answered with its receipt', async () => {
      const key = crypto.randomUUID();
      const responses = await Promise.all(Array.from({ length: 50 }, () => post(server, '/api/applications', validApplication(), key)));
      const statuses = responses.map((response) => response.status);
      assert.equal(statuses.filter((status) => status === 201).length, 1, `statuses: ${statuses.join(',')}`);
      assert.ok(statuses.every((status) => status === 201 || status === 200));
      const ids = new Set(await Promise.all(responses.map(async (response) => (await response.json()).id)));
      assert.equal(ids.size, 1);
      const { rows } = await server.db.query<{ n: number }>('select count(*)::int as n from records where idempotency_key = $1', [key]);
      assert.equal(rows[0]?.n, 1);
    });

    it('refuses invalid answers with a 422 whose issues point at the fields, and keeps nothing', async () => {
      const key = crypto.randomUUID();
      const bad = { ...validRegistration(), applicant: { ...validRegistration().applicant, email: 'not an email' }, extra: true };
      const response = await post(server, '/api/registrations', bad, key);
      assert.equal(response.status, 422);
      const { issues } = await response.json();
      assert.ok(
        issues.some((issue: { path: unknown[] }) => issue.path.join('.') === 'applicant.email'),
        JSON.stringify(issues),
      );
      assert.ok(
        issues.some((issue: { path: unknown[] }) => issue.path[0] === 'extra'),
        JSON.stringify(issues),
      );
      const { rows } = await server.db.query('select 1 from records where idempotency_key = $1', [key]);
      assert.equal(rows.length, 0);
      // A 422 is not remembered: the corrected answers may come with the same key.
      assert.equal((await post(server, '/api/registrations', validRegistration(), key)).status, 201);
    });

    it('refuses a program it does not receive for with a 422 on `program`', async () => {
      const response = await post(server, '/api/applications', { ...validApplication(), program: 'nowhere' });
      assert.equal(response.status, 422);
      assert.deepEqual(
        (await response.json()).issues.map((issue: { path: unknown[] }) => issue.path),
        [['program']],
      );
    });

    it('answers 404 for an unknown, malformed or mis-encoded application id, and for a registration id', async () => {
      const registration = await (await post(server, '/api/registrations', validRegistration())).json();
      for (const id of [crypto.randomUUID(), 'APP-1', '%E0%A4%A', '..%2F..%2Fetc', encodeURIComponent(registration.id)]) {
        const response = await server.request(`/api/applications/${id}`);
        assert.equal(response.status, 404, id);
        assert.equal((await response.json()).error, 'not_found');
      }
    });

    it('answers 405 to other methods on the POST endpoints and 404 to unknown endpoints', async () => {
      assert.equal((await server.request('/api/applications')).status, 405);
      assert.equal((await server.request('/api/registrations', { method: 'DELETE' })).status, 405);
      assert.equal((await server.request('/api/nothing')).status, 404);
    });

    it('reports its health with the database it uses', async () => {
      const response = await server.request('/api/health');
      assert.deepEqual(await response.json(), { status: 'ok', database: kind });
    });
  });
}
