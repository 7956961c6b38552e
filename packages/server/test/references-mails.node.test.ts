// Issue 18: the reference mails: in the rater's language, text and HTML; an address the rater's
// mail server refuses for good; the coordinators' daily digest on a moved clock.
import assert from 'node:assert/strict';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { RaterInvitation, ReferenceList } from '@endorsement-kit/sdk';
import { DATABASE_KINDS, freshDatabase, stopPostgres, type TestDatabase } from './support/databases.js';
import { asApplicant, completeAnswers, mailsTo, rater, raterInput, register, tokenOf } from './support/references.js';
import { startTestServer, type TestServer } from './support/test-server.js';

after(stopPostgres);

const DAY = 86_400_000;
const START = new Date('2026-03-02T10:00:00.000Z');

/** An SMTP server that refuses `refused` for good (550) and keeps the rest. */
async function refusingSmtp(refused: string) {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address === refused) return callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `smtp://127.0.0.1:${port}`, mails, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

for (const kind of DATABASE_KINDS) {
  describe(`reference mails on ${kind}`, () => {
    let database: TestDatabase;
    let smtp: Awaited<ReturnType<typeof refusingSmtp>>;
    let server: TestServer;
    let now: Date;
    beforeEach(async () => {
      database = await freshDatabase(kind);
      smtp = await refusingSmtp('nobody@example.net');
      now = START;
      server = await startTestServer(database, { smtpUrl: smtp.url, clock: () => now });
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

    it('writes to the rater in their language, in text and HTML, the link on its own line and the note escaped', async () => {
      const registration = await register(server);
      const note = '<b>Gracias</b> & un saludo';
      await asApplicant(
        server,
        registration,
        '',
        raterInput('Lía Gómez', 'lia@example.net', 'colleague', { language: 'es', waiveRight: false, note }),
      );
      await settle();
      const mail = mailsTo(smtp.mails, 'lia@example.net')[0]!;
      assert.equal(mail.subject, 'Solicitud de referencia de Ana Ruiz');
      assert.match(mail.text ?? '', /no renunció al derecho/);
      assert.match(mail.text ?? '', /spam/);
      assert.match(mail.text ?? '', /<b>Gracias<\/b> & un saludo/, 'the note as typed, in the text part');
      assert.ok(!(mail.html || '').includes('<b>Gracias</b>'), 'and never as markup');
      assert.match(mail.html || '', /&#60;b&#62;Gracias/);
      const token = tokenOf(mail);
      const invitation = (await (await rater(server, 'open', { token })).json()) as RaterInvitation;
      assert.equal(invitation.form.domains[0]!.label, 'Reflexión');
      assert.equal(invitation.note, note);
    });

    it('an address refused for good makes the request undeliverable and tells the applicant to check it', async () => {
      const registration = await register(server);
      await asApplicant(server, registration, '', raterInput('No Body', 'nobody@example.net'));
      await settle();
      const list = (await (await asApplicant(server, registration, '')).json()) as ReferenceList;
      assert.equal(list.requests[0]!.state, 'undeliverable');
      const told = mailsTo(smtp.mails, 'ana.ruiz@example.org').filter((mail) => /could not be delivered/.test(mail.subject ?? ''));
      assert.equal(told.length, 1);
      assert.match(told[0]!.text ?? '', /nobody@example\.net/);
      // The applicant corrects it; a new link goes out.
      const corrected = await asApplicant(server, registration, `/${list.requests[0]!.id}/address`, { email: 'somebody@example.net' });
      assert.equal(corrected.status, 200);
      await settle();
      assert.equal(mailsTo(smtp.mails, 'somebody@example.net').length, 1);
    });

    it('the coordinators get one daily digest of submitted, declined and unanswered forms, and none on a quiet day', async () => {
      const registration = await register(server);
      await asApplicant(server, registration, '', raterInput('Lee Park', 'lee@example.net'));
      await asApplicant(server, registration, '', raterInput('Sam Ortiz', 'sam@example.net', 'colleague'));
      await settle();
      const items = async (token: string) =>
        ((await (await rater(server, 'open', { token })).json()) as RaterInvitation).form.domains.flatMap((d) => d.items.map((i) => i.id));
      const lee = tokenOf(mailsTo(smtp.mails, 'lee@example.net')[0]!);
      await rater(server, 'submit', { token: lee, answers: completeAnswers(await items(lee), 6) });
      const sam = tokenOf(mailsTo(smtp.mails, 'sam@example.net')[0]!);
      await rater(server, 'decline', { token: sam });
      now = new Date(START.getTime() + DAY);
      await server.jobs.runDue();
      await server.jobs.runDue();
      await settle();
      const digests = () =>
        mailsTo(smtp.mails, 'coordinator@alliance.example.org').filter((mail) => /^Reference ratings today/.test(mail.subject ?? ''));
      assert.equal(digests().length, 1);
      assert.match(
        digests()[0]!.text ?? '',
        /Submitted: Lee Park for Ana Ruiz \(Infant Family Specialist\) — does NOT count; flags: not-enough-information/,
      );
      assert.match(digests()[0]!.text ?? '', /Declined: Sam Ortiz/);
      now = new Date(START.getTime() + 2 * DAY);
      await server.jobs.runDue();
      await settle();
      assert.equal(digests().length, 1, 'nothing new, no mail');
    });
  });
}
