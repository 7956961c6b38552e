// Reviewers' reminders and language (issue 19), run on PGlite and on a real Postgres by
// review-reminders-*.node.test.ts: a reviewer invited in Spanish gets the invitation and the
// review request in Spanish; one who has not submitted is reminded 7 and 14 days after being asked
// (moving the server's clock), each reminder once however often the jobs run; a review declined or
// withdrawn is never reminded.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ParsedMail } from 'mailparser';
import { defineProgram, type Application, type Registration } from '@endorsement-kit/sdk';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { freshDatabase, type DatabaseKind, type TestDatabase } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { coordinatorClient, PASSWORD, signedInCoordinator, type CoordinatorClient } from './support/coordinator-client.js';
import { startSmtp, type TestSmtp } from './support/smtp.js';
import { post, startTestServer, type TestServer } from './support/test-server.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const PROGRAM = defineProgram({
  id: 'review-remind',
  name: { en: 'Remind Association', es: 'Asociación Recordatorio' },
  offers: { 'IMH-E': ['IFS'] },
  contact: { organization: 'Remind Association', email: 'endorsement@remind.example.org' },
  review: { reviewers: 2, mode: 'parallel' },
});
const recipient = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text;
const person = <T extends Registration | Application>(base: T, email: string): T =>
  ({ ...base, program: PROGRAM.id, applicant: { ...base.applicant, email } }) as T;

export function reviewRemindersSuite(kind: DatabaseKind): void {
  describe(`reviewers' reminders and language on ${kind}`, () => {
    let database: TestDatabase;
    let server: TestServer;
    let smtp: TestSmtp;
    let coordinator: CoordinatorClient;
    let offset = 0;
    const mailTo = (address: string, subject: RegExp) =>
      eventually(async () => {
        const found = smtp.mails.find((mail) => recipient(mail) === address && subject.test(mail.subject ?? ''));
        assert.ok(
          found,
          `a mail to ${address} matching ${subject}; have ${smtp.mails.map((m) => `${recipient(m)}: ${m.subject}`).join(' | ')}`,
        );
        return found;
      });
    /** The reminders written to the outbox for this address (what the jobs did, whatever the mail server saw). */
    const reminders = async (address: string) =>
      (
        await server.db.query<{ subject: string; body: string }>(
          "select subject, body from mail_outbox where purpose = 'review-reminder' and recipient = $1 order by id",
          [address],
        )
      ).rows;
    const at = async (days: number) => {
      offset = days * DAY + HOUR;
      await server.jobs.runDue();
    };
    async function invite(email: string, name: string, locale?: 'en' | 'es') {
      await coordinator.json('POST', '/admin/api/staff', {
        program: PROGRAM.id,
        email,
        name,
        role: 'reviewer',
        ...(locale ? { locale } : {}),
      });
      const mail = await mailTo(email, /workspace|espacio de trabajo/);
      const token = /set-password#token=([\w-]{43})/.exec(mail.text ?? '')?.[1];
      assert.ok(token, mail.text);
      const client = coordinatorClient(server);
      await client.json('POST', '/admin/api/password', { token, password: PASSWORD });
      await client.json('POST', '/admin/api/session', { email, password: PASSWORD });
      const staff = await coordinator.json('GET', '/admin/api/staff');
      return { client, id: staff.find((s: { email: string }) => s.email === email).id as string, mail };
    }

    before(async () => {
      database = await freshDatabase(kind);
      smtp = await startSmtp();
      server = await startTestServer(database, {
        smtpUrl: smtp.url,
        programs: [{ program: PROGRAM, origins: [], coordinatorEmail: 'coordinator@remind.example.org' }],
        clock: () => new Date(Date.now() + offset),
        jobPollMs: 3_600_000,
      });
      coordinator = await signedInCoordinator(server, 'staff@remind.example.org', PROGRAM.id);
    });
    after(async () => {
      await server.close();
      await smtp.stop();
      database.cleanup();
    });

    it('writes to a reviewer in the language chosen on the invite, reminds them at 7 and 14 days once each, never a declined or withdrawn one', async () => {
      const ana = await invite('ana.reviewer@remind.example.org', 'Ana Revisora', 'es');
      assert.equal(ana.mail.subject, 'Su cuenta en el espacio de trabajo de Respaldo de Asociación Recordatorio');
      assert.match(ana.mail.text ?? '', /le invitó al espacio de trabajo de Respaldo de Asociación Recordatorio como revisor\/a/);
      const ben = await invite('ben.reviewer@remind.example.org', 'Ben Reviewer');
      assert.equal(ben.mail.subject, 'Your account in the Remind Association endorsement workspace');
      const carl = await invite('carl.reviewer@remind.example.org', 'Carl Reviewer', 'en');

      await post(server, '/api/registrations', person(validRegistration(), 'remind.lee@example.org'));
      const id = (await (await post(server, '/api/applications', person(validApplication(), 'remind.lee@example.org'))).json())
        .id as string;
      await coordinator.json('POST', `/admin/api/records/${id}/review/assign`, { reviewerId: ana.id });
      await coordinator.json('POST', `/admin/api/records/${id}/review/assign`, { reviewerId: ben.id });
      const asked = await mailTo('ana.reviewer@remind.example.org', /^Una solicitud para revisar: /);
      assert.match(asked.text ?? '', new RegExp(`/admin/reviews/${id}$`, 'm'));
      await mailTo('ben.reviewer@remind.example.org', /^An application to review: /);
      await ben.client.json('POST', `/admin/api/reviews/${id}/respond`, { answer: 'decline', note: 'Away this month.' });
      // Ben's place goes to Carl, who is then withdrawn.
      await coordinator.json('POST', `/admin/api/records/${id}/review/assign`, { reviewerId: carl.id });
      const review = await coordinator.json('GET', `/admin/api/records/${id}/review`);
      const carlsAssignment = review.assignments.find(
        (a: { reviewer: { email: string } }) => a.reviewer.email === 'carl.reviewer@remind.example.org',
      );
      assert.ok(carlsAssignment, JSON.stringify(review.assignments));
      await coordinator.json('POST', `/admin/api/records/${id}/review/${carlsAssignment.id}/withdraw`, {});

      await at(6);
      assert.deepEqual(await reminders('ana.reviewer@remind.example.org'), [], 'nothing before 7 days');
      await at(7);
      await server.jobs.runDue();
      const first = await reminders('ana.reviewer@remind.example.org');
      assert.deepEqual(
        first.map((m) => m.subject),
        ['Recordatorio: una solicitud para revisar: Especialista en Familias con Infantes'],
      );
      assert.match(first[0]!.body, /^Hace 7 días se le pidió revisar una solicitud .* y aún no ha respondido\./);
      assert.match(first[0]!.body, new RegExp(`/admin/reviews/${id}$`));
      await mailTo('ana.reviewer@remind.example.org', /^Recordatorio: /);

      await ana.client.json('POST', `/admin/api/reviews/${id}/respond`, { answer: 'accept' });
      await at(14);
      await at(40);
      const all = await reminders('ana.reviewer@remind.example.org');
      assert.equal(all.length, 2, 'one at 7 days, one at 14, none after');
      assert.match(all[1]!.body, /^Usted aceptó revisar una solicitud .*pedida hace 14 días; aún no está enviada\./);
      assert.deepEqual(await reminders('ben.reviewer@remind.example.org'), [], 'declined: no reminder');
      assert.deepEqual(await reminders('carl.reviewer@remind.example.org'), [], 'withdrawn: no reminder');
    });
  });
}
