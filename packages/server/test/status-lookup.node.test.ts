// Issue 23, point 11: a reference an applicant can read out and type (`F5A-7K3M-Q9PD`), and a
// status lookup that needs it TOGETHER with the email address used: a guessed reference finds
// nothing, a wrong code and a wrong email get the same answer, and guessing is rate-limited.
import assert from 'node:assert/strict';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { validApplication } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { migrate, migrationFiles } from '../src/db/migrate.js';
import { openPglite } from '../src/db/open-pglite.js';
import { openPostgres } from '../src/db/open-postgres.js';
import { DATABASE_KINDS, freshDatabase, stopPostgres, type TestDatabase } from './support/databases.js';
import { post, startTestServer, type TestServer } from './support/test-server.js';

after(stopPostgres);

const SHORT = /^[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/;
const EMAIL = validApplication().applicant.email;

function lookup(server: TestServer, body: unknown) {
  return server.request('/api/applications/lookup', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Another code of the alphabet than `reference`: its last character changed. */
const otherCode = (reference: string) => reference.slice(0, -1) + (reference.endsWith('Z') ? 'Y' : 'Z');

for (const kind of DATABASE_KINDS) {
  describe(`status lookup by short reference and email on ${kind}`, () => {
    let database: TestDatabase;
    let server: TestServer | undefined;
    beforeEach(async () => {
      database = await freshDatabase(kind, { migrated: false });
    });
    afterEach(async () => {
      await server?.close();
      server = undefined;
      database.cleanup();
    });

    it('gives each receipt a short reference (its id kept), and finds it with the email, however it is typed', async () => {
      server = await startTestServer(database);
      const receipt = (await (await post(server, '/api/applications', validApplication())).json()) as { id: string; reference: string };
      assert.match(receipt.id, /^[0-9a-f-]{36}$/);
      assert.match(receipt.reference, SHORT);
      const typed = receipt.reference.toLowerCase().replace(/-/g, ' ');
      const found = await lookup(server, { reference: typed, email: ` ${EMAIL.toUpperCase()} ` });
      assert.equal(found.status, 200);
      assert.deepEqual(
        { ...((await found.json()) as object), receivedAt: undefined },
        { id: receipt.id, reference: receipt.reference, status: 'received', stage: 'application', receivedAt: undefined },
      );
      const compact = await lookup(server, { reference: receipt.reference.replace(/-/g, ''), email: EMAIL });
      assert.equal(compact.status, 200);
      // The host's GET by id keeps working.
      assert.equal((await server.request(`/api/applications/${receipt.id}`)).status, 200);
    });

    it('answers the same 404 for a wrong email, a wrong code, and a code that cannot be one', async () => {
      server = await startTestServer(database);
      const receipt = (await (await post(server, '/api/applications', validApplication())).json()) as { reference: string };
      const answers = await Promise.all(
        [
          { reference: receipt.reference, email: 'someone.else@example.org' },
          { reference: otherCode(receipt.reference), email: EMAIL },
          { reference: 'OOO-0000-1111', email: EMAIL },
        ].map(async (body) => {
          const response = await lookup(server!, body);
          return [response.status, await response.json()];
        }),
      );
      for (const answer of answers)
        assert.deepEqual(answer, [404, { error: 'not_found', message: 'No application has this reference and email address.' }]);
    });

    it('limits lookups from one address (10 a minute), even for good ones', async () => {
      server = await startTestServer(database);
      const receipt = (await (await post(server, '/api/applications', validApplication())).json()) as { reference: string };
      for (let i = 0; i < 10; i++)
        assert.equal((await lookup(server, { reference: otherCode(receipt.reference), email: EMAIL })).status, 404);
      const limited = await lookup(server, { reference: receipt.reference, email: EMAIL });
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
    });

    it('gives records kept before the migration a short reference of their own', async () => {
      const db = database.databaseUrl ? await openPostgres(database.databaseUrl) : await openPglite(database.dataDir!);
      try {
        await db.exec(
          'create table schema_migrations (version int primary key, name text not null, applied_at timestamptz not null default now())',
        );
        for (const file of (await migrationFiles()).filter((f) => f.version <= 4)) {
          await db.exec(file.sql);
          await db.query('insert into schema_migrations (version, name) values ($1, $2)', [file.version, file.name]);
        }
        for (const id of ['a', 'b', 'c'])
          await db.query(
            "insert into records (id, kind, program, idempotency_key, body_hash, payload, locale, status) values ($1, 'application', 'alliance', $1, 'h', '{}', 'en', 'received')",
            [id],
          );
        assert.ok((await migrate(db)).includes('006-short-reference.sql'));
        const { rows } = await db.query<{ reference: string }>('select reference from records order by id');
        assert.equal(rows.length, 3);
        for (const row of rows) assert.match(row.reference, SHORT);
        assert.equal(new Set(rows.map((row) => row.reference)).size, 3);
      } finally {
        await db.close();
      }
    });
  });
}
