// Several server processes on one Postgres (behind a load balancer): one record per key, each
// mail sent by one of them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { freshDatabase, stopPostgres, type TestDatabase } from './support/databases.js';
import { startServerProcess, type ServerProcess } from './support/server-process.js';
import { startSmtp, type TestSmtp } from './support/smtp.js';
import { eventually } from './support/eventually.js';

describe('two server processes on one Postgres', () => {
  let database: TestDatabase;
  let smtp: TestSmtp;
  let servers: ServerProcess[] = [];
  before(async () => {
    database = await freshDatabase('postgres', { migrated: false });
    smtp = await startSmtp();
    const env = { DATABASE_URL: database.databaseUrl ?? '', SMTP_URL: smtp.url };
    // Started together: both run the migrations at once, under the migration lock.
    servers = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  });
  after(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await smtp.stop();
    await stopPostgres();
  });

  it('keeps one record per key when the same POSTs reach both at once', async () => {
    const keys = Array.from({ length: 20 }, () => crypto.randomUUID());
    const responses = await Promise.all(
      keys.flatMap((key, index) =>
        servers.flatMap((server) =>
          Array.from({ length: 3 }, () => {
            const [path, body] = index % 2 ? ['api/registrations', validRegistration()] : ['api/applications', validApplication()];
            return fetch(new URL(path, server.url), {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'idempotency-key': key },
              body: JSON.stringify(body),
            }).then(async (response) => ({ key, status: response.status, id: (await response.json()).id }));
          }),
        ),
      ),
    );
    for (const key of keys) {
      const answers = responses.filter((answer) => answer.key === key);
      assert.equal(answers.filter((answer) => answer.status === 201).length, 1, JSON.stringify(answers));
      assert.equal(new Set(answers.map((answer) => answer.id)).size, 1);
    }
    const client = new pg.Client({ connectionString: database.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query('select count(*)::int as n, count(distinct idempotency_key)::int as keys from records');
      assert.deepEqual(rows[0], { n: 20, keys: 20 });
      // One mail to the applicant per record (the preset names no coordinator address): each sent once.
      const mails = await smtp.waitFor(20, 60_000);
      await eventually(async () => {
        const { rows: outbox } = await client.query("select count(*)::int as n from mail_outbox where state = 'sent'");
        assert.equal(outbox[0].n, 20);
      });
      assert.equal(mails.length, 20);
      assert.equal(new Set(mails.map((mail) => mail.messageId)).size, 20);
    } finally {
      await client.end();
    }
  });
});
