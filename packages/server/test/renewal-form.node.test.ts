// Issue 21 point 3: the renewal form behind a personal link in the renewal mail. The API (open,
// save and resume, submit checked by the SDK, the coordinator asking for more, approval closing the
// link; the endorsee mailed each time) on both databases, and a renewal completed in Chromium by
// roles and names, in English, with axe (needs pnpm build for the page's script).
import assert from 'node:assert/strict';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import type { ParsedMail } from 'mailparser';
import type { Page } from 'puppeteer-core';
import type { RenewalInvitation } from '@endorsement-kit/sdk';
import { axeViolations, byRole, fill, launchChromium, overflowsSideways, waitForText } from '@endorsement-kit/test-kit/server/chromium.js';
import type { EndorseeList } from '../src/endorsees/endorsee-api-types.js';
import { DATABASE_KINDS, freshDatabase, stopPostgres, type TestDatabase } from './support/databases.js';
import { signedInCoordinator, type CoordinatorClient } from './support/coordinator-client.js';
import { ENDORSEES_CSV, RENEWAL_PROGRAMS } from './support/endorsees.js';
import { mailsTo } from './support/references.js';
import { assertOneEarlyOpen, watchLinkPage } from './support/early-open.js';
import { startSmtp, type TestSmtp } from './support/smtp.js';
import { post, startTestServer, type TestServer } from './support/test-server.js';

after(stopPostgres);

/** The token of a renewal mail's link (`…/renew/#<token>` on a line of its own). */
function renewalToken(mail: ParsedMail): string {
  const match = /^https?:\/\/\S+\/renew\/#([A-Za-z0-9_-]{43})$/m.exec(mail.text ?? '');
  if (!match) throw new Error(`no renewal link in: ${mail.text}`);
  return match[1]!;
}

const signature = { accepted: true, signedName: 'Ana Ruiz', signedOn: '2026-10-02' };
const complete = {
  training: [
    { title: 'Attachment', provider: 'Lakeside AIMH', date: '2026-03-10', hours: 14, topics: ['iecmh'] },
    { title: 'Equity', provider: 'Lakeside AIMH', date: '2026-04-10', hours: 1, topics: ['dei'] },
  ],
  rscReceived: [
    { provider: { name: 'Lee Park' }, format: 'group', modality: 'virtual', start: '2026-01-15', end: '2026-09-30', hours: 12 },
  ],
  providesRsc: false,
  membership: { association: 'Lakeside AIMH', expiresOn: '2027-06-30' },
  attestations: { codeOfEthics: signature, noSanction: signature },
};

for (const kind of DATABASE_KINDS) {
  describe(`the renewal form on ${kind}`, () => {
    let database: TestDatabase;
    let smtp: TestSmtp;
    let server: TestServer;
    let coordinator: CoordinatorClient;
    let now: Date;
    beforeEach(async () => {
      database = await freshDatabase(kind);
      smtp = await startSmtp();
      // The window is open: each imported endorsee is mailed a link at once.
      now = new Date('2026-10-02T13:00:00.000Z');
      server = await startTestServer(database, { smtpUrl: smtp.url, clock: () => now, programs: RENEWAL_PROGRAMS, jobPollMs: 3_600_000 });
      coordinator = await signedInCoordinator(server, 'coordinator@lakeside.example.org', 'lakeside-aimh');
      await coordinator.json('POST', '/admin/api/endorsees/import', { program: 'lakeside-aimh', csv: ENDORSEES_CSV });
      await server.jobs.runDue();
      await server.mailQueue.wake();
      await smtp.waitFor(4);
    });
    afterEach(async () => {
      await server.close();
      await smtp.stop();
      database.cleanup();
    });
    const renewal = (path: string, body: unknown) => post(server, `/api/renewals/${path}`, body);
    const settle = async (count: number) => {
      await server.mailQueue.wake();
      await smtp.waitFor(count).catch((error: Error) => {
        throw new Error(`${error.message}; the server's log: ${server.logs.join(' | ')}`, { cause: error });
      });
    };

    it('opens from the mail’s link, saves and resumes, refuses an unmet checklist, and the coordinator asks for more, then approves', async () => {
      const token = renewalToken(mailsTo(smtp.mails, 'ana@example.org')[0]!);
      const page = await server.request('/renew/');
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'; script-src 'self'/);
      // Its first paint needs neither the script nor the link's POST: a heading and what is happening.
      assert.match(await page.text(), /<endorsement-renewal endpoint="\/api"><h1>Endorsement renewal .*<p>Opening your renewal…/);
      const opened = (await (await renewal('open', { token })).json()) as RenewalInvitation;
      assert.deepEqual(
        [opened.fullName, opened.category, opened.state, opened.renewal, opened.cycle.dueOn],
        ['Ana Ruiz', 'IMHS', 'draft', null, '2026-12-31'],
      );
      assert.equal(opened.program.id, 'lakeside-aimh');

      assert.equal((await renewal('save', { token, renewal: { training: complete.training } })).status, 200);
      const resumed = (await (await renewal('open', { token })).json()) as RenewalInvitation;
      assert.deepEqual(resumed.renewal, { training: complete.training });

      const short = await renewal('submit', { token, renewal: { ...complete, rscReceived: [] } });
      assert.equal(short.status, 422);
      const { issues } = (await short.json()) as { issues: { path: string[]; message: string }[] };
      assert.deepEqual(
        issues.map((i) => i.path.join('.')),
        ['checklist.rsc-hours'],
      );
      assert.match(issues[0]!.message, /12 more hours of reflective supervision\/consultation received since January 1, 2026/);

      assert.equal((await renewal('submit', { token, renewal: complete })).status, 200);
      await settle(6);
      assert.deepEqual(
        mailsTo(smtp.mails, 'ana@example.org')
          .map((m) => m.subject)
          .slice(1),
        ['Your Infant Mental Health Specialist Endorsement® renewal was received'],
      );
      assert.equal(mailsTo(smtp.mails, 'coordinator@lakeside.example.org').length, 1);
      assert.equal((await renewal('save', { token, renewal: complete })).status, 409, 'a submitted renewal is not changed');
      const ids = Object.fromEntries(
        (await coordinator.json<EndorseeList>('GET', '/admin/api/endorsees')).endorsees.map((e) => [e.email, e.id]),
      );
      const ana = `/admin/api/endorsees/${ids['ana@example.org']}/categories/IMHS`;

      await coordinator.json('POST', `${ana}/more-information`, { note: 'Please add the dates of your RSC group.' });
      await settle(7);
      const asked = mailsTo(smtp.mails, 'ana@example.org').at(-1)!;
      assert.equal(asked.subject, 'Your Infant Mental Health Specialist Endorsement® renewal needs more information');
      assert.match(asked.text ?? '', /Please add the dates of your RSC group\./);
      const again = (await (await renewal('open', { token: renewalToken(asked) })).json()) as RenewalInvitation;
      assert.deepEqual([again.state, again.note], ['more_information', 'Please add the dates of your RSC group.']);
      assert.equal((await renewal('submit', { token, renewal: complete })).status, 200);

      await coordinator.json('POST', `${ana}/renewed`, {});
      await settle(10);
      assert.equal(mailsTo(smtp.mails, 'ana@example.org').at(-1)!.subject, 'Your Infant Mental Health Specialist Endorsement® is renewed');
      const closed = await renewal('open', { token });
      assert.deepEqual([closed.status, ((await closed.json()) as { error: string }).error], [410, 'link_closed']);
      assert.equal((await renewal('open', { token: 'x'.repeat(43) })).status, 404);
    });

    it('limits the calls per link: 429 with Retry-After once a link is used too often, another link still opens', async () => {
      const token = renewalToken(mailsTo(smtp.mails, 'ana@example.org')[0]!);
      let limited: Response | undefined;
      // 30 a minute per link; a minute's boundary met on the way only delays the refusal.
      for (let i = 0; i < 61 && !limited; i++) {
        const answer = await renewal('open', { token });
        if (answer.status === 429) limited = answer;
        else assert.equal(answer.status, 200);
      }
      assert.ok(limited, 'a link used 61 times in a row is refused');
      assert.equal(((await limited.json()) as { error: string }).error, 'rate_limited');
      assert.match(limited.headers.get('retry-after') ?? '', /^[1-9]\d*$/);
      const other = renewalToken(mailsTo(smtp.mails, 'ben@example.org')[0]!);
      assert.equal((await renewal('open', { token: other })).status, 200);
    });

    if (kind === 'pglite')
      it('the renewal page in Chromium: its inline script opens the link under the page’s CSP, one open request in all (needs pnpm build)', async () => {
        const mail = mailsTo(smtp.mails, 'ben@example.org')[0]!;
        const browser = await launchChromium();
        try {
          const page = await browser.newPage();
          const watch = await watchLinkPage(page, '/api/renewals/open');
          const scripts: string[] = [];
          page.on('request', (request) => {
            if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
          });
          await page.goto(new URL(`/renew/#${renewalToken(mail)}`, server.url).href);
          await byRole(page, 'heading', 'Renew your Infant Family Specialist Endorsement®');
          // Its parts beside its script (issue 22, point 4): validation once the form is shown, and
          // for this English endorsee never the Spanish part.
          await page.waitForFunction(
            () => performance.getEntriesByType('resource').some((e) => /\/renew\/endorsement-renewal\.checks-/.test(e.name)),
            {
              timeout: 20000,
            },
          );
          // Its first file written into the page (no request for it), its validation part fetched
          // from beside it, which reads what the first file hands it: no second copy by URL.
          assert.deepEqual(
            scripts.filter((path) => path.startsWith('/renew/')).map((path) => path.replace(/-[\w-]{8}\.js$/, '')),
            ['/renew/endorsement-renewal.checks'],
          );
          // Served under the page's policy, for good (the name changes with the content).
          const part = await server.request(scripts.find((path) => path.includes('.checks-'))!);
          assert.equal(part.status, 200);
          assert.equal(part.headers.get('cache-control'), 'public, max-age=31536000, immutable');
          assert.match(part.headers.get('content-security-policy') ?? '', /default-src 'none'; script-src 'self'/);
          assert.match(part.headers.get('content-type') ?? '', /^text\/javascript/);
          assert.equal((await server.request('/renew/endorsement-renewal.nothing-12345678.js')).status, 404);
          assert.equal((await server.request('/renew/package.json')).status, 404);
          assert.deepEqual(await watch.violations(), []);
          assertOneEarlyOpen(watch, new URL('/renew/', server.url).href, renewalToken(mail));
          await watch.provesListening();
        } finally {
          await browser.close();
        }
      });

    if (kind === 'pglite')
      it('an endorsee completes a renewal in Chromium by roles and names, the checklist live, resumed after a reload (needs pnpm build)', async () => {
        const link = /^(https?:\/\/\S+\/renew\/#\S+)$/m.exec(mailsTo(smtp.mails, 'ben@example.org')[0]!.text ?? '')![1]!;
        const browser = await launchChromium();
        try {
          const page = await browser.newPage();
          await page.setBypassCSP(true); // only so that axe-core can be injected
          await page.goto(link);
          await byRole(page, 'heading', 'Renew your Infant Family Specialist Endorsement®');
          await waitForText(page, '15 more hours of relationship-based training since January 1, 2026 (of 15).');
          assert.deepEqual(await axeViolations(page), [], 'the empty form');
          await activate(page, 'Submit my renewal');
          await byRole(page, 'heading', 'There is a problem');

          await activate(page, 'Add a training');
          await fill(page, 'Title', 'Attachment and equity');
          await fill(page, 'Provided by', 'Lakeside AIMH');
          await setDate(page, 'Date', '2026-03-10');
          await fill(page, 'Clock hours', '15');
          await choose(page, 'checkbox', 'Infant and early childhood mental health');
          await choose(page, 'checkbox', 'Diversity, equity and inclusion');
          await waitForText(page, '15 hours of relationship-based training since January 1, 2026.');

          await activate(page, 'Add RSC you received');
          await fill(page, 'RSC provider’s name', 'Lee Park');
          await choose(page, 'radio', 'Group');
          await choose(page, 'radio', 'Virtual');
          await setDate(page, 'Start date', '2026-01-15');
          await setDate(page, 'End date', '2026-09-30');
          // The second "Clock hours" on the page: the RSC entry's (the training's is the first).
          const hours = await page.$$('::-p-aria([name="Clock hours"][role="textbox"])');
          assert.equal(hours.length, 2);
          await hours[1]!.type('12');
          await waitForText(page, '12 hours of reflective supervision/consultation received since January 1, 2026.');

          await fill(page, 'Association you are a member of', 'Lakeside AIMH');
          await fill(page, 'Membership expiry date', '2027-06-30');
          await waitForText(page, 'Saved');
          // Resume: the same link after a reload shows what was typed.
          await page.reload();
          await waitForText(page, 'Membership current until June 30, 2027.');

          await choose(page, 'checkbox', 'I have read the Code of Ethics and sign it again');
          await choose(page, 'checkbox', 'I attest that no licensing board has sanctioned me');
          for (const field of await page.$$('::-p-aria([name="Type your full name to sign"][role="textbox"])'))
            await field.type('Ben Cole');
          await waitForText(page, 'Attested: no licensing board has sanctioned you.');
          await waitForText(page, 'Saved');
          assert.deepEqual(await axeViolations(page), [], 'the filled form');
          await page.setViewport({ width: 320, height: 640 });
          assert.equal(await overflowsSideways(page), false, 'no sideways scroll at 320 px');
          await activate(page, 'Submit my renewal');
          await waitForText(page, 'Thank you: your renewal was received.');
          await settle(6);
          assert.equal(
            mailsTo(smtp.mails, 'ben@example.org').at(-1)!.subject,
            'Your Infant Family Specialist Endorsement® renewal was received',
          );
          const list = await coordinator.json<EndorseeList>('GET', '/admin/api/endorsees');
          assert.equal(list.endorsees.find((e) => e.email === 'ben@example.org')!.categories[0]!.status, 'submitted');

          // In Spanish, for an endorsee whose language is Spanish.
          const dee = /^(https?:\/\/\S+\/renew\/#\S+)$/m.exec(mailsTo(smtp.mails, 'dee@example.org')[0]!.text ?? '')![1]!;
          // Its Spanish words (the application's) are a part of their own, fetched for this endorsee.
          const scripts: string[] = [];
          page.on('request', (request) => {
            if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
          });
          await page.goto(dee);
          await byRole(page, 'heading', 'Renueve su Respaldo® Asociado/a de Familias con Infantes');
          await waitForText(page, 'Su primera renovación después del respaldo no pide horas');
          assert.ok(
            scripts.some((path) => /^\/renew\/endorsement-renewal\.spanish-[\w-]{8}\.js$/.test(path)),
            `the Spanish part was fetched: ${scripts.join(', ')}`,
          );
          assert.deepEqual(await axeViolations(page), [], 'in Spanish');
        } finally {
          await browser.close();
        }
      });
  });
}

/**
 * A date field set as a date picker sets it (the value in ISO form, then its input event). Found by
 * its name alone: a date input's role is not "textbox" (asking for that waited out byRole's 10 s).
 */
async function setDate(page: Page, label: string, iso: string): Promise<void> {
  const field = await page.waitForSelector(`::-p-aria([name=${JSON.stringify(label)}])`, { timeout: 10_000 });
  await field!.evaluate((el, value) => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }, iso);
  await field!.focus();
}

/**
 * Ticks a checkbox or picks a radio from the keyboard (focus, then Space), then checks it took.
 * From the keyboard, as an endorsee without a pointer does it (the error summary stays put until
 * the next Submit, so a click would land too, as the element's renewal-typing test shows).
 */
async function choose(page: Page, role: 'checkbox' | 'radio', name: string): Promise<void> {
  const control = await byRole(page, role, name);
  await control.focus();
  await page.keyboard.press('Space');
  await page.waitForFunction((el) => (el as HTMLInputElement).checked, { timeout: 10_000 }, control);
}

/** Presses a button from the keyboard (focus, then Enter). */
async function activate(page: Page, name: string): Promise<void> {
  const button = await byRole(page, 'button', name);
  await button.focus();
  await page.keyboard.press('Enter');
}
