// Amend and resubmit (issue 19, point 5) in Debian's Chromium against the real server (PGlite and
// Postgres, one file each: amend-browser-*.node.test.ts): the coordinator asks for more information
// in the workspace; the applicant's mail carries /amend/#<token>; the page shows the message as
// text, opens the sent application as a draft of its own, keeps a change across a reload and sends
// version 2; the coordinator's mail arrives and the record page shows both versions and what
// changed. A used link says so, in the application's language. axe and 320 px on the amend page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { programs, type Application } from '@endorsement-kit/sdk';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import {
  axeViolations,
  byRole,
  fill,
  focusedHeading,
  launchChromium,
  overflowsSideways,
  press,
  tableRows,
  waitForText,
} from '@endorsement-kit/test-kit/server/chromium.js';
import { addCoordinator } from '../src/admin/coordinator-accounts.js';
import { freshDatabase, type DatabaseKind, type TestDatabase } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { startSmtp, type TestSmtp } from './support/smtp.js';
import { assertOneEarlyOpen, watchLinkPage } from './support/early-open.js';
import { post, startTestServer, type TestServer } from './support/test-server.js';

const PASSWORD = 'a long enough passphrase';
const MESSAGE = 'Please add your RSC hours.\n<b>Thank you</b>';
const payload = <T extends object>(base: T, email: string): T =>
  ({ ...base, program: 'alliance', applicant: { ...(base as { applicant: object }).applicant, email } }) as T;

/** Resolves once the amend page saved every change typed so far (its `endorsement-save` after the last `input`). */
async function savedAfterTyping(page: Page): Promise<void> {
  await eventually(async () => {
    const { saved, typed } = await page.evaluate(() => {
      const seen = window as unknown as { __saved?: number; __typed?: number };
      return { saved: seen.__saved ?? -1, typed: seen.__typed ?? 0 };
    });
    assert.ok(saved > typed, 'a save after the last key');
  });
}

export function amendBrowserSuite(kind: DatabaseKind): void {
  describe(`amend and resubmit in Chromium on ${kind}`, () => {
    let database: TestDatabase;
    let server: TestServer;
    let smtp: TestSmtp;
    let browser: Browser;
    let staff: BrowserContext;
    let workspace: Page;
    const url = (path: string) => new URL(path, server.url).href;
    const mailsTo = (address: string, subject: RegExp) =>
      smtp.mails.filter((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text === address && subject.test(m.subject ?? ''));
    const mailTo = (address: string, subject: RegExp) =>
      eventually(async () => {
        const mail = mailsTo(address, subject)[0];
        assert.ok(mail, `a mail to ${address} matching ${subject}; have ${smtp.mails.map((m) => m.subject).join(' | ')}`);
        return mail;
      });
    const tokenIn = (text: string) => {
      const token = /^https?:\/\/\S+\/amend\/#([\w-]{43})$/m.exec(text)?.[1];
      assert.ok(token, text);
      return token;
    };
    const apply = async (email: string, language = 'en') => {
      await post(server, '/api/registrations', payload(validRegistration(), email), undefined, { 'accept-language': language });
      const sent = await post(server, '/api/applications', payload(validApplication(), email), undefined, { 'accept-language': language });
      return ((await sent.json()) as { id: string; reference: string }).id;
    };
    /** A page of a fresh browser context: no storage shared with any other. */
    const applicantPage = async (): Promise<{ context: BrowserContext; page: Page }> => {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.setBypassCSP(true); // only so that axe-core can be injected
      await page.evaluateOnNewDocument(() => {
        const seen = window as unknown as { __saved?: number; __typed?: number };
        document.addEventListener('input', () => (seen.__typed = performance.now()), true);
        document.addEventListener('endorsement-save', () => (seen.__saved = performance.now()), true);
      });
      return { context, page };
    };

    before(async () => {
      browser = await launchChromium();
      database = await freshDatabase(kind);
      smtp = await startSmtp();
      server = await startTestServer(database, {
        smtpUrl: smtp.url,
        programs: [{ program: programs.alliance, origins: [], coordinatorEmail: 'coordinator@alliance.example.org' }],
      });
      const { token } = await addCoordinator(server.db, { email: 'staff@alliance.example.org', program: 'alliance' });
      await server.request('/admin/api/password', {
        method: 'POST',
        headers: { origin: new URL(server.url).origin, 'content-type': 'application/json' },
        body: JSON.stringify({ token, password: PASSWORD }),
      });
      staff = await browser.createBrowserContext();
      workspace = await staff.newPage();
      workspace.setDefaultTimeout(15_000);
      await workspace.setBypassCSP(true);
      await workspace.goto(url('/admin'));
      await fill(workspace, 'Email address', 'staff@alliance.example.org');
      await fill(workspace, 'Password', PASSWORD);
      await press(workspace, 'button', 'Sign in');
      await byRole(workspace, 'heading', 'Registrations and applications');
    });
    after(async () => {
      await staff?.close();
      await server?.close();
      await smtp?.stop();
      await browser?.close();
      database?.cleanup();
    });

    it('asks for more information; the applicant changes a field through the mailed link, across a reload, and sends version 2', async () => {
      const id = await apply('ana.amend@example.org');
      const first = payload(validApplication(), 'ana.amend@example.org') as Application;

      await workspace.goto(url(`/admin/records/${id}`));
      await (await byRole(workspace, 'combobox', 'Status')).select('more_information_needed');
      await fill(workspace, 'What information is needed', MESSAGE);
      await press(workspace, 'button', 'Save status');
      await waitForText(workspace, 'The status is saved.');
      const asked = await mailTo('ana.amend@example.org', /more information needed/);
      const token = tokenIn(asked.text ?? '');

      const { context, page } = await applicantPage();
      try {
        await page.goto(url(`/amend/#${token}`));
        await byRole(page, 'heading', 'Change your endorsement application');
        assert.equal(new URL(page.url()).hash, '', 'the token leaves the address bar');
        // The message as it was written: its markup is text, no element made of it.
        await waitForText(page, 'Message from the Endorsement Coordinator: Please add your RSC hours. <b>Thank you</b>');
        assert.equal(await page.$('pierce/.message b'), null);
        await byRole(page, 'heading', 'Check your answers');
        assert.deepEqual(await axeViolations(page), [], 'axe on the amend page');
        await page.setViewport({ width: 320, height: 800 });
        assert.equal(await overflowsSideways(page), false, 'no sideways scroll at 320 px');
        await page.setViewport({ width: 1024, height: 800 });

        await press(page, 'link', 'Change Given name');
        await fill(page, 'Given name', 'Anabel');
        await savedAfterTyping(page);
        await page.reload();
        // The link is kept for this tab, the change on this device, the step where it was.
        const given = await byRole(page, 'textbox', 'Given name');
        assert.equal(await given.evaluate((el) => (el as HTMLInputElement).value), 'Anabel');
        const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
        assert.ok(databases.includes('endorsement-kit:amend:alliance'), JSON.stringify(databases));
        assert.ok(!databases.includes('endorsement-kit:alliance'), 'the applicant’s own drafts’ database is not opened');

        await press(page, 'button', 'Save and check your answers');
        await byRole(page, 'heading', 'Check your answers');
        await press(page, 'button', 'Submit application');
        await byRole(page, 'heading', 'Your changed application was received');
        assert.equal(await focusedHeading(page), 'Your changed application was received');
        const reference = (await (await server.request(`/api/applications/${id}`)).json()).reference as string;
        await waitForText(page, `Version 2 of your application ${reference} was received on`);
        assert.deepEqual(await axeViolations(page), [], 'axe on the receipt');
        // A reload in the same tab: the link is used, the receipt stays.
        await page.reload();
        await waitForText(page, `Version 2 of your application ${reference} was received on`);
      } finally {
        await context.close();
      }

      const notice = await mailTo('coordinator@alliance.example.org', /^Amended application to review: /);
      assert.match(notice.text ?? '', new RegExp(`Version: 2\\n`));
      assert.match(notice.text ?? '', new RegExp(`/admin/records/${id}`));
      const thanks = await mailTo('ana.amend@example.org', /^Your changed endorsement application was received$/);
      assert.match(thanks.text ?? '', /^Dear Anabel|Anabel/m);
      assert.match(thanks.text ?? '', /version 2\./);

      await workspace.goto(url(`/admin/records/${id}`));
      await byRole(workspace, 'heading', 'Versions');
      await waitForText(workspace, 'Version 1: first received');
      await waitForText(workspace, 'Version 2: sent again');
      await waitForText(workspace, 'Changed application (to the coordinator) coordinator@alliance.example.org');
      assert.deepEqual(await tableRows(workspace, 'Versions'), [['applicant.givenName', first.applicant.givenName, 'Anabel']]);

      // The used link opened again, in another browser: it says so and what to do.
      const again = await applicantPage();
      try {
        await again.page.goto(url(`/amend/#${token}`));
        await waitForText(again.page, 'This link was used already');
        await waitForText(again.page, 'contact the coordinator who wrote to you');
        assert.deepEqual(await axeViolations(again.page), [], 'axe on a used link');
      } finally {
        await again.context.close();
      }
    });

    it('the page’s inline script opens the link under the page’s CSP (not bypassed): no violation, one open request in all', async () => {
      const id = await apply('ola.amend@example.org');
      const status = await workspace.evaluate(
        (record, message) =>
          fetch(`/admin/api/records/${record}/status`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ status: 'more_information_needed', message }),
          }).then((r) => r.status),
        id,
        MESSAGE,
      );
      assert.equal(status, 200);
      const token = tokenIn((await mailTo('ola.amend@example.org', /more information needed/)).text ?? '');
      const context = await browser.createBrowserContext();
      try {
        const page = await context.newPage();
        const watch = await watchLinkPage(page, '/api/applications/amend/open');
        await page.goto(url(`/amend/#${token}`));
        await byRole(page, 'heading', 'Change your endorsement application');
        await waitForText(page, 'Please add your RSC hours.');
        assert.deepEqual(await watch.violations(), []);
        assertOneEarlyOpen(watch, url('/amend/'), token);
        await watch.provesListening();
      } finally {
        await context.close();
      }
    });

    it('speaks the application’s language: a Spanish application’s page, and its link once used', async () => {
      const id = await apply('eva.amend@example.org', 'es');
      const status = await workspace.evaluate(
        (record) =>
          fetch(`/admin/api/records/${record}/status`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ status: 'deferred', message: 'Añada sus horas de RSC.' }),
          }).then((r) => r.status),
        id,
      );
      assert.equal(status, 200);
      const token = tokenIn((await mailTo('eva.amend@example.org', /^Su solicitud de Respaldo: /)).text ?? '');

      const { context, page } = await applicantPage();
      try {
        await page.goto(url(`/amend/#${token}`));
        await byRole(page, 'heading', 'Modifique su solicitud de Respaldo');
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
        await waitForText(page, 'Añada sus horas de RSC.');
        await byRole(page, 'heading', 'Revise sus respuestas');
        assert.deepEqual(await axeViolations(page), [], 'axe on the Spanish amend page');
        // Start over goes back to the application as it was sent, not to a first application's start.
        await press(page, 'button', 'Empezar de nuevo');
        await press(page, 'button', 'Sí, borrar mis respuestas');
        await byRole(page, 'heading', 'Revise sus respuestas');
        await waitForText(page, 'Añada sus horas de RSC.');
        // Sent from elsewhere meanwhile (another device): this tab's link is now used.
        const sent = await server.request('/api/applications/amend/submit', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ token, application: payload(validApplication(), 'eva.amend@example.org') }),
        });
        assert.equal(sent.status, 200);
        const thanks = await mailTo('eva.amend@example.org', /^Recibimos su solicitud de Respaldo modificada$/);
        assert.match(thanks.text ?? '', /: versión 2\./);
        await page.reload();
        await waitForText(page, 'Este enlace ya se usó');
        assert.equal(await focusedHeading(page), 'Modifique su solicitud de Respaldo');
      } finally {
        await context.close();
      }
      const wrong = await applicantPage();
      try {
        await wrong.page.goto(url(`/amend/#${'A'.repeat(43)}`));
        await waitForText(wrong.page, 'This link is not valid.');
      } finally {
        await wrong.context.close();
      }
      // A mangled link (a stray %) gets the same answer, not a page stuck loading.
      const mangled = await applicantPage();
      try {
        await mangled.page.goto(url('/amend/#%zz'));
        await waitForText(mangled.page, 'This link is not valid.');
      } finally {
        await mangled.context.close();
      }
    });
  });
}
