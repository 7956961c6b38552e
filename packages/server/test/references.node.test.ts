// Issue 18: reference ratings behind a secure link, on PGlite and on a real Postgres, with mails
// received by a real SMTP server and a clock the tests move (never a wait).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { APPLICANT_TOKEN_HEADER, restBackend, type RaterInvitation, type ReferenceList } from '@endorsement-kit/sdk';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { DATABASE_KINDS, freshDatabase, stopPostgres, type TestDatabase } from './support/databases.js';
import { startSmtp, type TestSmtp } from './support/smtp.js';
import { post, startTestServer, type TestServer } from './support/test-server.js';
import { asApplicant, completeAnswers, mailsTo, rater, raterInput, register, tokenOf } from './support/references.js';
import { launchChromium, waitForText } from '@endorsement-kit/test-kit/server/chromium.js';
import { assertOneEarlyOpen, watchLinkPage } from './support/early-open.js';

after(stopPostgres);

const DAY = 86_400_000;
const START = new Date('2026-03-02T10:00:00.000Z');
const APPLICANT = 'ana.ruiz@example.org';

for (const kind of DATABASE_KINDS) {
  describe(`reference ratings on ${kind}`, () => {
    let database: TestDatabase;
    let smtp: TestSmtp;
    let server: TestServer;
    let now: Date;
    beforeEach(async () => {
      database = await freshDatabase(kind);
      smtp = await startSmtp();
      now = START;
      server = await startTestServer(database, { smtpUrl: smtp.url, publicUrl: 'https://endorse.example.org', clock: () => now });
    });
    afterEach(async () => {
      await server.close();
      await smtp.stop();
      database.cleanup();
    });

    /** Registers, asks one rater, and returns the token of the link mailed to them. */
    async function invite(email = 'lee.park@example.net', extra: Record<string, unknown> = {}) {
      const before = smtp.mails.length;
      const registration = await register(server);
      const created = await asApplicant(server, registration, '', raterInput('Lee Park', email, 'supervisor', extra));
      assert.equal(created.status, 201, await created.clone().text());
      const view = (await created.json()) as { id: string };
      // The registration's two mails, the rater's request and the applicant's "sent".
      await smtp.waitFor(before + 4);
      const mail = (await waitForMail(email)).at(-1)!;
      return { registration, requestId: view.id, token: tokenOf(mail), mail };
    }

    async function waitForMail(address: string, count = 1) {
      for (let i = 0; ; i++) {
        const mails = mailsTo(smtp.mails, address);
        if (mails.length >= count) return mails;
        await smtp.waitFor(smtp.mails.length + 1, 10_000).catch(() => undefined);
        if (i > 20) assert.fail(`expected ${count} mails to ${address}, got ${mails.length}`);
      }
    }

    const itemsOf = (invitation: RaterInvitation) => invitation.form.domains.flatMap((d) => d.items.map((item) => item.id));

    it('mails the rater a link in the fragment; three GETs of the page change nothing; then open, accept, save, submit', async () => {
      const { registration, token, mail } = await invite();
      // The request mail: plain text and HTML, the link on its own line, spam advice, the association's name as sender.
      assert.match(mail.text ?? '', /\nhttps:\/\/endorse\.example\.org\/r\/#[A-Za-z0-9_-]{43}\n/);
      assert.match(mail.text ?? '', /spam/);
      assert.match(mail.html || '', /<a href="https:\/\/endorse\.example\.org\/r\/#/);
      assert.equal(mail.from?.value[0]?.name, 'Alliance for the Advancement of Infant Mental Health');
      assert.match(mail.subject ?? '', /Ana Ruiz/);

      for (let i = 0; i < 3; i++) {
        const page = await server.request('/r/');
        assert.equal(page.status, 200);
        assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'; script-src 'self'/);
        assert.match(await page.text(), /<endorsement-rating endpoint="\/api"><\/endorsement-rating>/);
      }
      const opened = (await (await rater(server, 'open', { token })).json()) as RaterInvitation;
      assert.equal(opened.state, 'invited', 'opening changes nothing');
      assert.equal(opened.applicantName, 'Ana Ruiz');
      assert.equal(opened.category.code, 'IFS');
      assert.equal(opened.waiveRight, true);
      assert.equal(opened.form.placeholder, true);
      assert.ok(!JSON.stringify(opened).includes(APPLICANT), 'the rater sees nothing of the application');

      const accepted = (await (await rater(server, 'accept', { token })).json()) as RaterInvitation;
      assert.equal(accepted.state, 'in_progress');
      now = new Date(START.getTime() + 3_600_000);
      const saved = (await (
        await rater(server, 'save', { token, answers: { knownMonths: 30, capacity: 'Her supervisor' } })
      ).json()) as RaterInvitation;
      assert.equal(saved.savedAt, now.toISOString());
      // Another device opens the same link and finds the answers.
      const again = (await (await rater(server, 'open', { token })).json()) as RaterInvitation;
      assert.deepEqual(again.answers, { knownMonths: 30, capacity: 'Her supervisor' });

      const incomplete = await rater(server, 'submit', { token, answers: { knownMonths: 30 } });
      assert.equal(incomplete.status, 422);
      const { issues } = (await incomplete.json()) as { issues: { path: string[] }[] };
      assert.deepEqual(issues[0]!.path, ['relationship']);
      assert.ok(issues.some((issue) => issue.path[0] === 'ratings'));

      const before = smtp.mails.length;
      const submitted = await rater(server, 'submit', { token, answers: completeAnswers(itemsOf(opened)) });
      assert.equal(submitted.status, 200, await submitted.clone().text());
      assert.equal(((await submitted.json()) as RaterInvitation).state, 'submitted');
      const mails = await smtp.waitFor(before + 2);
      assert.match(mailsTo(mails, 'lee.park@example.net').at(-1)!.subject ?? '', /Thank you/);
      assert.match(mailsTo(mails, APPLICANT).at(-1)!.subject ?? '', /Lee Park submitted/);

      const list = (await (await asApplicant(server, registration, '')).json()) as ReferenceList;
      assert.equal(list.requests[0]!.state, 'submitted');
      assert.equal(list.requests[0]!.counts, true);
      assert.ok(!JSON.stringify(list).includes('Bright Start'), 'the applicant never sees the answers');
      assert.equal((await rater(server, 'save', { token, answers: {} })).status, 409, 'a submitted form cannot change');
    });

    it('a form with 6 "not enough information" answers does not count, and the applicant is told only that', async () => {
      const { registration, token } = await invite();
      const opened = (await (await rater(server, 'open', { token })).json()) as RaterInvitation;
      const response = await rater(server, 'submit', { token, answers: completeAnswers(itemsOf(opened), 6) });
      assert.equal(response.status, 200);
      const list = (await (await asApplicant(server, registration, '')).json()) as ReferenceList;
      const view = list.requests[0]!;
      assert.equal(view.counts, false);
      assert.deepEqual(Object.keys(view).sort(), [
        'canResendAt',
        'counts',
        'email',
        'expiresAt',
        'id',
        'language',
        'name',
        'role',
        'sentAt',
        'state',
        'waiveRight',
      ]);
    });

    it('decline: the applicant is mailed the note and sees it; the link then no longer works', async () => {
      const { registration, token } = await invite();
      const before = smtp.mails.length;
      const declined = await rater(server, 'decline', { token, note: 'I have not worked with Ana long enough.' });
      assert.equal(declined.status, 200);
      const mails = await smtp.waitFor(before + 1);
      const mail = mailsTo(mails, APPLICANT).at(-1)!;
      assert.match(mail.subject ?? '', /declined/);
      assert.match(mail.text ?? '', /not worked with Ana long enough/);
      const list = (await (await asApplicant(server, registration, '')).json()) as ReferenceList;
      assert.equal(list.requests[0]!.state, 'declined');
      assert.equal(list.requests[0]!.declineNote, 'I have not worked with Ana long enough.');
      const open = await rater(server, 'open', { token });
      assert.equal(open.status, 410);
      assert.equal(((await open.json()) as { error: string }).error, 'link_closed');
    });

    it('expires on a moved clock: the link answers link_expired and the applicant sees expired', async () => {
      const { registration, token } = await invite();
      now = new Date(START.getTime() + 60 * DAY + 1000);
      const expired = await rater(server, 'open', { token });
      assert.equal(expired.status, 410);
      assert.equal(((await expired.json()) as { error: string }).error, 'link_expired');
      await server.jobs.runDue();
      const list = (await (await asApplicant(server, registration, '')).json()) as ReferenceList;
      assert.equal(list.requests[0]!.state, 'expired');
      assert.equal(list.requests[0]!.expiresAt, null);
    });

    it('replace: the old link is refused at once, the withdrawn rater is mailed, the new rater gets a link', async () => {
      const { registration, requestId, token } = await invite();
      const before = smtp.mails.length;
      const response = await asApplicant(server, registration, `/${requestId}/cancel`, {
        replaceWith: raterInput('Sam Ortiz', 'sam.ortiz@example.net', 'colleague'),
      });
      assert.equal(response.status, 200, await response.clone().text());
      const list = (await response.json()) as ReferenceList;
      assert.deepEqual(
        list.requests.map((r) => [r.name, r.state]),
        [
          ['Lee Park', 'cancelled'],
          ['Sam Ortiz', 'invited'],
        ],
      );
      const old = await rater(server, 'open', { token });
      assert.equal(old.status, 410);
      const mails = await smtp.waitFor(before + 3);
      assert.match(mailsTo(mails, 'lee.park@example.net').at(-1)!.subject ?? '', /withdrawn/);
      const fresh = tokenOf(mailsTo(mails, 'sam.ortiz@example.net').at(-1)!);
      assert.equal((await rater(server, 'open', { token: fresh })).status, 200);
    });

    it('correcting the address kills the old link at once and mails a new one to the new address', async () => {
      const { registration, requestId, token } = await invite('lee@typo.example.net');
      const response = await asApplicant(server, registration, `/${requestId}/address`, { email: 'lee.park@example.net' });
      assert.equal(response.status, 200);
      assert.equal((await rater(server, 'open', { token })).status, 410);
      const mail = (await waitForMail('lee.park@example.net')).at(-1)!;
      assert.equal((await rater(server, 'open', { token: tokenOf(mail) })).status, 200);
    });

    it('reminders fire on a moved clock exactly once each (7, 14, 28 days), then the applicant hears of no answer', async () => {
      const { token } = await invite();
      const reminders = () => mailsTo(smtp.mails, 'lee.park@example.net').filter((mail) => /^Reminder/.test(mail.subject ?? ''));
      for (const [days, expected] of [
        [6, 0],
        [7, 1],
        [13, 1],
        [14, 2],
        [28, 3],
        [40, 3],
      ] as const) {
        now = new Date(START.getTime() + days * DAY + 1000);
        await server.jobs.runDue();
        await server.jobs.runDue();
        await server.mailQueue.wake();
        assert.equal(reminders().length, expected, `after ${days} days`);
      }
      // Each reminder carries a link of its own, and the first link still works.
      const last = reminders().at(-1)!;
      assert.notEqual(tokenOf(last), token);
      assert.equal((await rater(server, 'open', { token })).status, 200);
      const noAnswer = mailsTo(smtp.mails, APPLICANT).filter((mail) => /No answer yet/.test(mail.subject ?? ''));
      assert.equal(noAnswer.length, 1);
    });

    it('hostile tokens get a clear 4xx, never a 5xx', async () => {
      const { registration, requestId, token } = await invite();
      const tampered = (token[0] === 'A' ? 'B' : 'A') + token.slice(1);
      const cases: [unknown, number, string?][] = [
        [{ token: tampered }, 404, 'invalid_token'],
        [{ token: 'x'.repeat(43) }, 404, 'invalid_token'],
        [{ token: 'x'.repeat(10_000) }, 400, 'invalid_body'],
        [{ token: 42 }, 400, 'invalid_body'],
        [{ token: `${token}' or 1=1 --` }, 404, 'invalid_token'],
        [{}, 400, 'invalid_body'],
        ['{"token":', 400],
        [{ token, extra: 1 }, 400, 'invalid_body'],
      ];
      for (const [body, status, error] of cases) {
        for (const action of ['open', 'accept', 'save', 'submit', 'decline']) {
          const withAnswers = ['save', 'submit'].includes(action) && typeof body === 'object' && body !== null && 'token' in body;
          const response = await rater(server, action, withAnswers ? { ...body, answers: {} } : body);
          assert.equal(response.status, status, `${action} ${JSON.stringify(body).slice(0, 60)}`);
          if (error) assert.equal(((await response.json()) as { error: string }).error, error);
        }
      }
      const notJson = await server.request('/api/ratings/open', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: token });
      assert.equal(notJson.status, 415);
      assert.equal((await server.request('/api/ratings/open')).status, 404);
      await asApplicant(server, registration, `/${requestId}/cancel`, {});
      const reused = await rater(server, 'submit', { token, answers: {} });
      assert.equal(reused.status, 410, 'reused after cancel');
    });

    it('the access token is required for the applicant routes, and another registration’s token is refused', async () => {
      const mine = await register(server);
      const other = await register(server, { applicant: { givenName: 'Bo', familyName: 'Li', email: 'bo.li@example.org' } });
      const anon = await server.request(`/api/registrations/${mine.id}/references`);
      assert.equal(anon.status, 401);
      assert.equal((await asApplicant(server, mine, '', undefined, other.token)).status, 403);
      assert.equal((await asApplicant(server, mine, '', raterInput('X', 'x@example.net'), other.token)).status, 403);
      assert.equal((await asApplicant(server, mine, '', undefined, 'x'.repeat(43))).status, 403);
      assert.equal((await asApplicant(server, mine, '')).status, 200);
      const viaUrl = await server.request(`/api/registrations/${mine.id}/references?token=${mine.token}`);
      assert.equal(viaUrl.status, 401, 'a token in the URL opens nothing');
      // The SDK's backend keeps the token in the receipt it hands the draft.
      const receipt = await restBackend({ baseUrl: new URL('/api', server.url).href }).register(validRegistration(), {
        idempotencyKey: crypto.randomUUID(),
      });
      assert.match(receipt.accessToken ?? '', /^[A-Za-z0-9_-]{43}$/);
      assert.equal((await asApplicant(server, { id: receipt.id, token: receipt.accessToken! }, '')).status, 200);
    });

    it('caps the requests per registration and refuses the applicant’s own address and a second request to one rater', async () => {
      const registration = await register(server);
      const own = await asApplicant(server, registration, '', raterInput('Me', APPLICANT));
      assert.equal(own.status, 422);
      assert.equal((await asApplicant(server, registration, '', raterInput('A', 'a@example.net'))).status, 201);
      const twice = await asApplicant(server, registration, '', raterInput('A again', 'A@example.net'));
      assert.equal(((await twice.json()) as { issues: { code: string }[] }).issues[0]!.code, 'duplicate_rater');
      for (let i = 1; i < 8; i++)
        assert.equal((await asApplicant(server, registration, '', raterInput(`R${i}`, `r${i}@example.net`))).status, 201);
      const ninth = await asApplicant(server, registration, '', raterInput('R9', 'r9@example.net'));
      assert.equal(ninth.status, 422);
      assert.equal(((await ninth.json()) as { issues: { code: string }[] }).issues[0]!.code, 'too_many_requests');
    });

    it('resend: at most once per 48 hours for the applicant, with a new link', async () => {
      const { registration, requestId } = await invite();
      const early = await asApplicant(server, registration, `/${requestId}/resend`, {});
      assert.equal(early.status, 409);
      assert.equal(((await early.json()) as { error: string }).error, 'resend_too_soon');
      now = new Date(START.getTime() + 48 * 3_600_000);
      const resent = await asApplicant(server, registration, `/${requestId}/resend`, {});
      assert.equal(resent.status, 200);
      const mails = await waitForMail('lee.park@example.net', 2);
      assert.notEqual(tokenOf(mails[0]!), tokenOf(mails[1]!));
      assert.equal((await asApplicant(server, registration, `/${requestId}/resend`, {})).status, 409);
    });

    if (kind === 'pglite')
      it('the rater’s page in Chromium: its script written in, its inline script opens the link under the page’s CSP, one open request in all (needs pnpm build)', async () => {
        const { token } = await invite();
        const browser = await launchChromium();
        try {
          const page = await browser.newPage();
          const watch = await watchLinkPage(page, '/api/ratings/open');
          const scripts: string[] = [];
          page.on('request', (request) => {
            if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
          });
          await page.goto(new URL(`/r/#${token}`, server.url).href);
          await waitForText(page, 'Ana Ruiz');
          assert.deepEqual(await watch.violations(), []);
          // Its script written into the page (allowed by its hash): one round trip fewer, no request for it.
          assert.deepEqual(scripts, []);
          assert.match(await (await server.request('/r/')).text(), /<script type="module">[\s\S]{1000,}?<\/script>/);
          assertOneEarlyOpen(watch, new URL('/r/', server.url).href, token);
          await watch.provesListening();
        } finally {
          await browser.close();
        }
      });

    it('submitBeforeRatings false: the application is refused with a clear 422 until the ratings are in', async () => {
      const { registration, token } = await invite();
      const application = validApplication();
      const refused = await post(server, '/api/applications', application, undefined, { [APPLICANT_TOKEN_HEADER]: registration.token });
      assert.equal(refused.status, 422);
      const { issues } = (await refused.json()) as { issues: { path: string[]; code: string; message: string }[] };
      assert.equal(issues[0]!.code, 'ratings_pending');
      assert.deepEqual(issues[0]!.path, ['references']);
      assert.match(issues[0]!.message, /Rating forms still to count: 3/);
      // Without the header, the applicant's registration is found by their email all the same.
      assert.equal((await post(server, '/api/applications', application)).status, 422);
      void token;
    });
  });
}

describe('the rater page', () => {
  it('serves the built <endorsement-rating> entry under the same strict CSP, /r redirects to /r/, and a missing build is a 503 that says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ek-rating-'));
    const script = join(dir, 'endorsement-rating.js');
    writeFileSync(script, 'customElements.define("endorsement-rating", class extends HTMLElement {});');
    const database = await freshDatabase('pglite');
    const server = await startTestServer(database, { raterScript: script });
    const otherDatabase = await freshDatabase('pglite');
    const missing = await startTestServer(otherDatabase, { raterScript: join(dir, 'not-built.js') });
    try {
      const response = await server.request('/r/endorsement-rating.js');
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/javascript/);
      assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'/);
      assert.match(await response.text(), /endorsement-rating/);
      const bare = await server.request('/r', { redirect: 'manual' });
      assert.equal(bare.status, 301);
      assert.equal(bare.headers.get('location'), '/r/');
      assert.equal((await missing.request('/r/endorsement-rating.js')).status, 503);
      // By default the element package's build: packages/element/dist/cdn/endorsement-rating.js.
      assert.match(
        fileURLToPath(import.meta.resolve('@endorsement-kit/element/cdn/endorsement-rating.js')),
        /element\/dist\/cdn\/endorsement-rating\.js$/,
      );
    } finally {
      await server.close();
      await missing.close();
      database.cleanup();
      otherDatabase.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('reference reminders with two server instances on one Postgres', () => {
  it('each reminder is mailed once, however many instances run the jobs', async () => {
    const database = await freshDatabase('postgres');
    const smtp = await startSmtp();
    let now = START;
    const clock = () => now;
    const one = await startTestServer(database, { smtpUrl: smtp.url, clock });
    const two = await startTestServer(database, { smtpUrl: smtp.url, clock });
    try {
      const registration = await register(one);
      for (const email of ['a@example.net', 'b@example.net', 'c@example.net'])
        assert.equal((await asApplicant(two, registration, '', raterInput(email, email))).status, 201);
      for (const days of [7, 14, 28, 35]) {
        now = new Date(START.getTime() + days * DAY + 1000);
        await Promise.all([one.jobs.runDue(), two.jobs.runDue(), one.jobs.runDue(), two.jobs.runDue()]);
      }
      await Promise.all([one.mailQueue.wake(), two.mailQueue.wake()]);
      const reminders = smtp.mails.filter((mail) => /^Reminder/.test(mail.subject ?? ''));
      assert.equal(reminders.length, 9, 'three reminders for each of three raters');
      for (const email of ['a@example.net', 'b@example.net', 'c@example.net']) assert.equal(mailsTo(reminders, email).length, 3, email);
      assert.equal(mailsTo(smtp.mails, APPLICANT).filter((mail) => /No answer yet/.test(mail.subject ?? '')).length, 3);
    } finally {
      await one.close();
      await two.close();
      await smtp.stop();
      database.cleanup();
      await stopPostgres();
    }
  });
});
