// Issue 18: the words of two reference mails no other test reads, received through smtp-server on
// both databases: the release mail in Spanish for a Spanish applicant, and the coordinator's digest
// line for a rater who gave no answer after the last reminder (on a moved clock).
import assert from 'node:assert/strict';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { programs, type RaterInvitation } from '@endorsement-kit/sdk';
import { signedInCoordinator } from './support/coordinator-client.js';
import { DATABASE_KINDS, freshDatabase, stopPostgres, type TestDatabase } from './support/databases.js';
import { asApplicant, completeAnswers, mailsTo, rater, raterInput, register, tokenOf } from './support/references.js';
import { startSmtp, type TestSmtp } from './support/smtp.js';
import { DEFAULT_PROGRAMS, startTestServer, type TestServer } from './support/test-server.js';

after(stopPostgres);

const DAY = 86_400_000;
const START = new Date('2026-03-02T10:00:00.000Z');
const APPLICANT = 'ana.ruiz@example.org';

for (const kind of DATABASE_KINDS) {
  describe(`the words of the release and digest mails on ${kind}`, () => {
    let database: TestDatabase;
    let smtp: TestSmtp;
    let server: TestServer;
    let now: Date;
    beforeEach(async () => {
      database = await freshDatabase(kind);
      smtp = await startSmtp();
      now = START;
      // The alliance program as shipped, except that the coordinator may release an unwaived form.
      const alliance = { ...programs.alliance, references: { ...programs.alliance.references, unwaivedRelease: 'on-request' as const } };
      const entries = DEFAULT_PROGRAMS!.map((entry) => (entry.program.id === 'alliance' ? { ...entry, program: alliance } : entry));
      server = await startTestServer(database, { smtpUrl: smtp.url, clock: () => now, programs: entries });
    });
    afterEach(async () => {
      await server.close();
      await smtp.stop();
      database.cleanup();
    });

    async function settle() {
      await server.mailQueue.wake();
      await server.mailQueue.wake();
    }

    it('tells a Spanish applicant in Spanish that the coordinator released a form', async () => {
      const registration = await register(server, {}, { 'Accept-Language': 'es' });
      const asked = await asApplicant(
        server,
        registration,
        '',
        raterInput('Sam Ortiz', 'sam@example.net', 'colleague', { waiveRight: false }),
      );
      assert.equal(asked.status, 201, await asked.clone().text());
      const { id } = (await asked.json()) as { id: string };
      await settle();
      const token = tokenOf(mailsTo(smtp.mails, 'sam@example.net')[0]!);
      const opened = (await (await rater(server, 'open', { token })).json()) as RaterInvitation;
      const items = opened.form.domains.flatMap((domain) => domain.items.map((item) => item.id));
      assert.equal((await rater(server, 'submit', { token, answers: completeAnswers(items) })).status, 200);

      const coordinator = await signedInCoordinator(server, 'coordinator@alliance.example.org', 'alliance');
      const released = await coordinator.request('POST', `/admin/api/records/${registration.id}/references/${id}/release`, {});
      assert.equal(released.status, 200, await released.clone().text());
      await settle();
      const mails = mailsTo(smtp.mails, APPLICANT).filter((mail) => /calificación de referencia de Sam Ortiz$/.test(mail.subject ?? ''));
      assert.equal(
        mails.length,
        1,
        mailsTo(smtp.mails, APPLICANT)
          .map((mail) => mail.subject)
          .join(' | '),
      );
      const mail = mails[0]!;
      assert.equal(mail.subject, 'Puede pedir la calificación de referencia de Sam Ortiz');
      const text = mail.text ?? '';
      assert.match(
        text,
        /Su coordinación liberó la calificación de referencia que envió Sam Ortiz, ya que usted conservó su derecho a verla\./,
      );
      assert.match(text, /Responda a su coordinación para pedir una copia: se la envían ellos mismos\./);
      assert.match(text, /^Estimado\/a Ana:$/m);
      assert.doesNotMatch(text, /\b(Dear|released|Reply|copy|Questions)\b/, 'none of the English mail');
      assert.match(mail.html || '', /Su coordinación liberó/);
    });

    it("lists, in the coordinator's digest, a request that got no answer after the last reminder", async () => {
      const registration = await register(server);
      await asApplicant(server, registration, '', raterInput('Lee Park', 'lee@example.net'));
      await settle();
      const digests = () =>
        mailsTo(smtp.mails, 'coordinator@alliance.example.org').filter((mail) => /^Reference ratings today/.test(mail.subject ?? ''));
      // Day by day, as a running server would: the reminders after 7 and 14 days say nothing to the coordinator.
      for (let day = 1; day <= 28; day++) {
        now = new Date(START.getTime() + day * DAY + 60_000);
        await server.jobs.runDue();
      }
      await settle();
      assert.equal(mailsTo(smtp.mails, 'lee@example.net').length, 4, 'the request and three reminders');
      assert.equal(mailsTo(smtp.mails, APPLICANT).filter((mail) => /^No answer yet from Lee Park$/.test(mail.subject ?? '')).length, 1);
      assert.equal(digests().length, 0, 'nothing happened yet that a digest reports');
      // The next midnight's digest reports the last reminder's day.
      now = new Date(START.getTime() + 29 * DAY);
      await server.jobs.runDue();
      await settle();
      assert.equal(digests().length, 1);
      const digest = digests()[0]!;
      assert.equal(digest.subject, 'Reference ratings today: 1');
      assert.match(digest.text ?? '', /^- No answer after the last reminder: Lee Park for Ana Ruiz \(Infant Family Specialist\)$/m);
      assert.match(digest.html || '', /No answer after the last reminder: Lee Park for Ana Ruiz/);
    });
  });
}
