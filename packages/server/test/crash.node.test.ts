// kill -9 while applications arrive: every acknowledged record is there after a restart, and the
// mail queue sends what was left. On PGlite and on a real Postgres.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { validApplication } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { DATABASE_KINDS, freshDatabase, stopPostgres } from './support/databases.js';
import { startServerProcess, type ServerProcess } from './support/server-process.js';
import { startSmtp } from './support/smtp.js';
import { eventually } from './support/eventually.js';

after(stopPostgres);

const send = (url: string) =>
  fetch(new URL('api/applications', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify(validApplication()),
  });

for (const kind of DATABASE_KINDS) {
  describe(`kill -9 on ${kind}`, () => {
    it('keeps every acknowledged record and resumes the mail queue after a restart', async () => {
      const database = await freshDatabase(kind);
      const smtp = await startSmtp();
      const env = {
        ...(database.dataDir ? { DATA_DIR: database.dataDir } : { DATABASE_URL: database.databaseUrl ?? '' }),
        SMTP_URL: smtp.url,
        MAIL_LEASE_SECONDS: '3',
      };
      let server: ServerProcess | undefined = await startServerProcess(env);
      try {
        // Each acknowledged application's receivedAt, and the short reference its mails give.
        const acknowledged = new Map<string, { receivedAt: string; reference: string }>();
        let stop = false;
        // Four clients send one application after another until the process is killed.
        const clients = Array.from({ length: 4 }, async () => {
          while (!stop) {
            try {
              const response: Response = await send(server!.url);
              if (response.status === 201) {
                const receipt = await response.json();
                acknowledged.set(receipt.id, { receivedAt: receipt.receivedAt, reference: receipt.reference });
              }
            } catch {
              return; // the connection died with the process
            }
          }
        });
        // A message, so a failed poll does not make Node read the source to word one (seconds of CPU each).
        await eventually(async () => assert.ok(acknowledged.size >= 40, `${acknowledged.size} of 40 acknowledged`), 60_000);
        await server.kill9();
        stop = true;
        await Promise.all(clients);
        const mailsBefore = smtp.mails.length;

        server = await startServerProcess(env);
        for (const [id, { receivedAt }] of acknowledged) {
          const response: Response = await fetch(new URL(`api/applications/${id}`, server.url));
          assert.equal(response.status, 200, `acknowledged ${id} is missing after the restart`);
          assert.equal((await response.json()).receivedAt, receivedAt);
        }
        // Every acknowledged application gets its receipt mail, those left unsent by the crash too.
        // (Counted by reference, not by number: the mail being sent at the kill may come twice.)
        const byRecord = new Map<string, number>();
        await eventually(async () => {
          byRecord.clear();
          for (const mail of smtp.mails) {
            const reference = /\b[2-9A-Z]{3}-[2-9A-Z]{4}-[2-9A-Z]{4}\b/.exec(mail.text ?? '')?.[0] ?? '';
            byRecord.set(reference, (byRecord.get(reference) ?? 0) + 1);
          }
          for (const [id, { reference }] of acknowledged) assert.ok(byRecord.has(reference), `no mail for ${id} (${reference})`);
        }, 60_000);
        const mails = smtp.mails;
        // At most the one mail being handed to SMTP at the kill goes twice (with one Message-ID).
        assert.ok([...byRecord.values()].filter((count) => count > 1).length <= 1, JSON.stringify([...byRecord]));
        console.log(
          `# ${kind}: ${acknowledged.size} acknowledged before kill -9, ${mailsBefore} mails sent before, ${mails.length} after the restart`,
        );
      } finally {
        await server?.stop();
        await smtp.stop();
        database.cleanup();
      }
    });
  });
}
