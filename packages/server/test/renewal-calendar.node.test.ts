// Issue 21 point 4: the renewal calendar runs itself. A whole year on a moved clock, one day at a
// time, from March 2026 to March 2027: the window opens, reminders 30, 7 and 1 days before the due
// date, the late notice with its fee, removal with the steps to reinstate, inactive status requested
// and ended, a renewal approved that stops the reminders, an archived category that stops them too.
// Every mail arrives once at a real SMTP server; on Postgres two server instances run the jobs at once.
import assert from 'node:assert/strict';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import type { ParsedMail } from 'mailparser';
import { DATABASE_KINDS, freshDatabase, stopPostgres, type TestDatabase } from './support/databases.js';
import { signedInCoordinator, type CoordinatorClient } from './support/coordinator-client.js';
import { ENDORSEES_CSV, RENEWAL_PROGRAMS } from './support/endorsees.js';
import { mailsTo } from './support/references.js';
import { startSmtp, type TestSmtp } from './support/smtp.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import type { EndorseeList } from '../src/endorsees/endorsee-api-types.js';

after(stopPostgres);

const DAY = 86_400_000;
const START = new Date('2026-03-01T13:00:00.000Z');
const END = new Date('2027-03-31T13:00:00.000Z');

for (const kind of DATABASE_KINDS) {
  describe(`the renewal calendar over a year on ${kind}`, () => {
    let database: TestDatabase;
    let smtp: TestSmtp;
    let servers: TestServer[];
    let now: Date;
    beforeEach(async () => {
      database = await freshDatabase(kind);
      smtp = await startSmtp();
      now = START;
      const options = { smtpUrl: smtp.url, clock: () => now, programs: RENEWAL_PROGRAMS, jobPollMs: 3_600_000 };
      servers = [await startTestServer(database, options)];
      // Postgres is shared by several instances: a second one claims the same jobs at the same time.
      if (kind === 'postgres') servers.push(await startTestServer(database, options));
    });
    afterEach(async () => {
      for (const server of servers) await server.close();
      await smtp.stop();
      database.cleanup();
    });

    it('mails each endorsee exactly what their year calls for, once', async () => {
      const coordinator = await signedInCoordinator(servers[0]!, 'coordinator@lakeside.example.org', 'lakeside-aimh');
      const report = await coordinator.json('POST', '/admin/api/endorsees/import', { program: 'lakeside-aimh', csv: ENDORSEES_CSV });
      assert.deepEqual(report.counts, { created: 4, added: 0, updated: 0, unchanged: 0, error: 0 });
      const ids = await idsByEmail(coordinator);

      const act = async (email: string, code: string, action: string) =>
        coordinator.json('POST', `/admin/api/endorsees/${ids[email]}/categories/${code}/${action}`, {});
      const actions: Record<string, () => Promise<unknown>> = {
        '2026-04-01': () => act('cam@example.org', 'IMHM-C', 'inactive'),
        '2026-11-10': () => act('ana@example.org', 'IMHS', 'renewed'),
        '2026-11-15': () => act('dee@example.org', 'IFA', 'archive'),
      };
      for (let at = START.getTime(); at <= END.getTime(); at += DAY) {
        now = new Date(at);
        await actions[now.toISOString().slice(0, 10)]?.();
        await Promise.all(servers.map((server) => server.jobs.runDue()));
        for (const server of servers) await server.mailQueue.wake();
      }
      const expected: Record<string, string[]> = {
        'ana@example.org': [
          'Renew your Infant Mental Health Specialist Endorsement® by December 31, 2026',
          'Your Infant Mental Health Specialist Endorsement® is renewed',
        ],
        'ben@example.org': [
          'Renew your Infant Family Specialist Endorsement® by December 31, 2026',
          'Reminder: your Infant Family Specialist Endorsement® renewal is due in 30 days',
          'Reminder: your Infant Family Specialist Endorsement® renewal is due in 7 days',
          'Reminder: your Infant Family Specialist Endorsement® renewal is due tomorrow',
          'Your Infant Family Specialist Endorsement® renewal is late',
          'Your Infant Family Specialist Endorsement® has left the registry',
        ],
        'cam@example.org': [
          'Your Infant Mental Health Mentor – Clinical Endorsement® is on inactive status',
          'Your inactive status has ended: Infant Mental Health Mentor – Clinical Endorsement®',
        ],
        'dee@example.org': ['Renueve su Respaldo® Asociado/a de Familias con Infantes antes del 31 de diciembre de 2026'],
      };
      const total = Object.values(expected).flat().length;
      await smtp.waitFor(total);
      const subjects = (email: string) => mailsTo(smtp.mails, email).map((mail: ParsedMail) => mail.subject);
      for (const [email, list] of Object.entries(expected)) assert.deepEqual(subjects(email), list, email);
      assert.equal(smtp.mails.length, total, 'no other mail, and none twice');

      const [ben] = mailsTo(smtp.mails, 'ben@example.org');
      assert.match(ben!.text ?? '', /15 more hours of relationship-based training since January 1, 2026/);
      assert.match(ben!.text ?? '', /The renewal fee is \$30\.00\./);
      assert.match(ben!.text ?? '', /After December 31, 2026, a late fee of \$25\.00 applies until January 31, 2027/);
      const late = mailsTo(smtp.mails, 'ben@example.org')[4]!;
      assert.match(late.text ?? '', /with a late fee of \$25\.00 \(in all \$55\.00\)/);
      const removal = mailsTo(smtp.mails, 'ben@example.org')[5]!;
      assert.match(removal.text ?? '', /3\. Ask for 3 new reference ratings\./);
      assert.match(removal.text ?? '', /Pay the reinstatement fee \(\$50\.00\)/);
      const renewed = mailsTo(smtp.mails, 'ana@example.org')[1]!;
      assert.match(renewed.text ?? '', /Your next renewal is due by December 31, 2027/);
      const inactive = mailsTo(smtp.mails, 'cam@example.org')[0]!;
      assert.match(inactive.text ?? '', /inactive status until October 1, 2026/);

      const states = Object.fromEntries(
        (await coordinator.json<EndorseeList>('GET', '/admin/api/endorsees')).endorsees.map((e) => [e.email, e.categories[0]!.status]),
      );
      assert.deepEqual(states, {
        'ana@example.org': 'current',
        'ben@example.org': 'lapsed',
        'cam@example.org': 'lapsed',
        'dee@example.org': 'archived',
      });
      const registry = await (await servers[0]!.request('/registry/lakeside-aimh.json')).json();
      assert.deepEqual(
        registry.categories.flatMap((c: { entries: { name: string }[] }) => c.entries.map((e) => e.name)),
        ['Ana R.'],
      );
    });
  });
}

async function idsByEmail(coordinator: CoordinatorClient): Promise<Record<string, string>> {
  const list = await coordinator.json<EndorseeList>('GET', '/admin/api/endorsees');
  return Object.fromEntries(list.endorsees.map((e) => [e.email, e.id]));
}
