// The outbox queue on its own, on PGlite and on a real Postgres: mails claimed together are sent
// once each, and those whose lease ran short are handed back rather than sent late.
import assert from 'node:assert/strict';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import type { Database } from '../src/db/database.js';
import { openDatabase } from '../src/db/open-database.js';
import { startMailQueue } from '../src/mail/mail-queue.js';
import type { MailTransport, QueuedMail } from '../src/mail/mail-transport.js';
import { DATABASE_KINDS, freshDatabase, stopPostgres, type TestDatabase } from './support/databases.js';

after(stopPostgres);

async function addMails(db: Database, count: number) {
  for (let i = 1; i <= count; i++) {
    await db.query(
      "insert into mail_outbox (program, purpose, recipient, subject, body) values ('first5-alabama', 'applicant-application', $1, $2, 'text')",
      [`a${i}@example.org`, `mail ${i}`],
    );
  }
}

for (const kind of DATABASE_KINDS) {
  describe(`mail queue on ${kind}`, () => {
    let database: TestDatabase;
    let db: Database;
    beforeEach(async () => {
      database = await freshDatabase(kind);
      db = await openDatabase(database);
    });
    afterEach(async () => {
      await db.close();
      database.cleanup();
    });

    it('sends every due mail once, in order, however many are claimed together', async () => {
      await addMails(db, 25);
      const sent: string[] = [];
      const transport: MailTransport = { kind: 'smtp', deliver: async (mail) => void sent.push(mail.subject), close() {} };
      const queue = startMailQueue(db, transport, () => {});
      await queue.wake();
      await queue.stop();
      assert.deepEqual(
        sent,
        Array.from({ length: 25 }, (_, i) => `mail ${i + 1}`),
      );
      const { rows } = await db.query<{ state: string; attempts: number; n: number }>(
        'select state, attempts, count(*)::int as n from mail_outbox group by state, attempts',
      );
      assert.deepEqual(rows, [{ state: 'sent', attempts: 1, n: 25 }]);
    });

    it('hands back the mails it claimed when half their lease has gone on a slow one, and sends them after', async () => {
      await addMails(db, 3);
      let clock = 0;
      const sent: { subject: string; lease: string }[] = [];
      // The first delivery takes 6 of the lease's 10 seconds. Each mail's lease, read while it is
      // sent, tells which claim took it (a claim is one statement, one now()).
      const transport: MailTransport = {
        kind: 'smtp',
        async deliver(mail: QueuedMail) {
          const { rows } = await db.query<{ lease: string }>('select locked_until::text as lease from mail_outbox where id = $1', [
            mail.id,
          ]);
          sent.push({ subject: mail.subject, lease: rows[0]!.lease });
          if (sent.length === 1) clock += 6000;
        },
        close() {},
      };
      const queue = startMailQueue(db, transport, () => {}, { leaseSeconds: 10, now: () => clock });
      await queue.wake();
      await queue.stop();
      // The first claim took all three, sent one and handed the other two back, without counting
      // an attempt; a second claim sent them: each mail once.
      assert.deepEqual(
        sent.map((mail) => mail.subject),
        ['mail 1', 'mail 2', 'mail 3'],
      );
      assert.notEqual(sent[1]!.lease, sent[0]!.lease);
      assert.equal(sent[2]!.lease, sent[1]!.lease);
      const { rows } = await db.query<{ subject: string; state: string; attempts: number; locked: boolean }>(
        'select subject, state, attempts, locked_until is not null as locked from mail_outbox order by id',
      );
      assert.deepEqual(
        rows,
        [1, 2, 3].map((i) => ({ subject: `mail ${i}`, state: 'sent', attempts: 1, locked: false })),
      );
    });
  });
}
