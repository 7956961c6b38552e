// Mails over a real SMTP server (smtp-server), sent by the queue in the database: on PGlite and on
// a real Postgres.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { DATABASE_KINDS, freshDatabase, stopPostgres, type TestDatabase } from './support/databases.js';
import { startSmtp, type TestSmtp } from './support/smtp.js';
import { post, startTestServer, type TestServer } from './support/test-server.js';

after(stopPostgres);

const registration = () => ({ ...validRegistration(), program: 'first5-alabama' });
const to = (mail: { to?: unknown }) => JSON.stringify(mail.to);

for (const kind of DATABASE_KINDS) {
  describe(`mail on ${kind}`, () => {
    let database: TestDatabase;
    let smtp: TestSmtp;
    let server: TestServer | undefined;
    beforeEach(async () => {
      database = await freshDatabase(kind);
      smtp = await startSmtp();
    });
    afterEach(async () => {
      await server?.close();
      await smtp.stop();
      database.cleanup();
    });

    it('tells the coordinator of a registration (name, category, a link; nothing more) and the applicant what happens next, in their language', async () => {
      server = await startTestServer(database, { smtpUrl: smtp.url, publicUrl: 'https://endorse.example.org' });
      const receipt = await (
        await post(server, '/api/registrations', registration(), undefined, { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' })
      ).json();
      const mails = await smtp.waitFor(2);
      const coordinator = mails.find((mail) => to(mail).includes('coordinator@first5.example.org'));
      const applicant = mails.find((mail) => to(mail).includes('ana.ruiz@example.org'));
      assert.ok(coordinator && applicant, mails.map(to).join(' '));
      assert.match(coordinator.subject ?? '', /Infant Family Specialist/);
      assert.match(coordinator.text ?? '', /Ana Ruiz/);
      assert.match(coordinator.text ?? '', new RegExp(`https://endorse\\.example\\.org/admin/records/${receipt.id}`));
      for (const personal of ['ana.ruiz@example.org', '555 0100', 'Oak St', 'Healthy Beginnings', 'Home visiting', 'BSW'])
        assert.ok(!coordinator.text?.includes(personal), personal);
      assert.equal(applicant.subject, 'Recibimos su registro de Respaldo');
      assert.match(applicant.text ?? '', /Estimado\/a Ana/);
      assert.match(applicant.text ?? '', /Qué sigue/);
      assert.match(applicant.text ?? '', new RegExp(receipt.reference));
      assert.ok(!applicant.text?.includes(receipt.id), 'the short reference, not the 36-character id');
      // First 5 Alabama's own words: its fee sentence and its contact's title.
      assert.match(applicant.text ?? '', /cuota de registro no reembolsable/);
      assert.match(applicant.text ?? '', /Coordinador\/a de Respaldo/);
    });

    it('sends the applicant a receipt for an application, in the program default language without Accept-Language', async () => {
      server = await startTestServer(database, { smtpUrl: smtp.url });
      const receipt = await (await post(server, '/api/applications', validApplication())).json();
      const [mail] = await smtp.waitFor(1);
      assert.equal(mail?.subject, 'Your endorsement application was received');
      assert.match(mail?.text ?? '', new RegExp(receipt.reference));
      assert.match(mail?.text ?? '', /reviewed once per quarter/);
    });

    it('sends each mail once, however often the same registration is retried', async () => {
      server = await startTestServer(database, { smtpUrl: smtp.url });
      const key = crypto.randomUUID();
      await Promise.all(Array.from({ length: 5 }, () => post(server!, '/api/registrations', registration(), key)));
      await smtp.waitFor(2);
      await server.mailQueue.wake();
      const { rows } = await server.db.query<{ n: number }>("select count(*)::int as n from mail_outbox where state <> 'sent'");
      assert.equal(rows[0]?.n, 0);
      assert.equal(smtp.mails.length, 2);
    });

    it('keeps mails the SMTP server refused and sends them on a later attempt, also after a restart', async () => {
      smtp.refuse = true;
      server = await startTestServer(database, { smtpUrl: smtp.url });
      await post(server, '/api/registrations', registration());
      await server.waitForLog(/not sent, will retry/);
      await server.close();
      server = undefined;
      const { rows } = await (await import('../src/db/open-database.js')).openDatabase(database).then(async (db) => {
        // The retry is due in 10 s; make it due now rather than wait.
        const result = await db.query<{ state: string; attempts: number }>(
          'update mail_outbox set next_attempt_at = now() returning state, attempts',
        );
        await db.close();
        return result;
      });
      assert.ok(rows.length === 2 && rows.every((row) => row.state === 'pending' && row.attempts >= 1), JSON.stringify(rows));
      smtp.refuse = false;
      server = await startTestServer(database, { smtpUrl: smtp.url });
      await smtp.waitFor(2);
      await server.mailQueue.wake();
      assert.equal(smtp.mails.length, 2);
      assert.equal(new Set(smtp.mails.map((mail) => mail.messageId)).size, 2);
    });

    // Issue 23, point 2: the log said `would send "You are the Endorsement Advisor of Maria
    // Johnson"`, a name in the log; the operator saw nothing of the mails but their subjects.
    it('without SMTP_URL keeps mails in the outbox, writes each whole to the data folder’s mail/ (PGlite), and logs only its id and path', async () => {
      server = await startTestServer(database);
      await post(server, '/api/registrations', registration());
      await server.waitForLog(/^mail \d+: not sent/);
      await server.mailQueue.wake();
      const lines = server.logs.filter((line) => /^mail \d+: not sent/.test(line));
      assert.equal(lines.length, 2, server.logs.join('\n'));
      const log = server.logs.join('\n');
      for (const secret of [
        'ana.ruiz@example.org',
        'coordinator@first5.example.org',
        'Your endorsement registration was received',
        'New endorsement registration',
        'Ruiz',
      ])
        assert.ok(!log.includes(secret), `the log shows ${secret}`);
      if (database.dataDir) {
        const mails = lines.map((line) => {
          const match = /^mail (\d+): not sent \(no SMTP_URL\); written whole to (.+\/mail\/(\d+)\.eml)$/.exec(line);
          assert.ok(match && match[1] === match[3], line);
          assert.equal(match[2], join(database.dataDir!, 'mail', `${match[1]}.eml`));
          return readFileSync(match[2]!, 'utf8');
        });
        const applicant = mails.find((mail) => /^To: ana\.ruiz@example\.org$/m.test(mail));
        assert.ok(applicant, mails.join('\n----\n'));
        assert.match(applicant, /^Subject: Your endorsement registration was received$/m);
        assert.match(applicant, /^Content-Type: text\/plain; charset=utf-8$/m);
        assert.ok(mails.some((mail) => /^To: coordinator@first5\.example\.org$/m.test(mail)));
      } else {
        assert.ok(
          lines.every((line) => /kept in the mail_outbox table$/.test(line)),
          lines.join('\n'),
        );
      }
      const { rows } = await server.db.query<{ state: string }>('select state from mail_outbox order by id');
      assert.deepEqual(
        rows.map((row) => row.state),
        ['printed', 'printed'],
      );
    });
  });
}
