// Issue 19 in Debian's Chromium against the real server (PGlite and Postgres, one file each:
// review-browser-*.node.test.ts): a coordinator invites two reviewers from the Staff page; each
// sets a password from the mailed link, sees only the application assigned to them (another is
// "not assigned"), accepts and fills the checklist by area; the coordinator reads both
// recommendations side by side and records the decision with the letter drafted from their
// comments; the applicant's mail arrives with the certificate. axe on every new screen.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, ElementHandle, Page } from 'puppeteer-core';
import { defineProgram, programs } from '@endorsement-kit/sdk';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import {
  axeViolations,
  byRole,
  fill,
  launchChromium,
  pageText,
  press,
  tableRows,
  waitForText,
} from '@endorsement-kit/test-kit/server/chromium.js';
import { addCoordinator } from '../src/admin/coordinator-accounts.js';
import { freshDatabase, type DatabaseKind, type TestDatabase } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { startSmtp, type TestSmtp } from './support/smtp.js';
import { post, startTestServer, type TestServer } from './support/test-server.js';

const PASSWORD = 'a long enough passphrase';
const PROGRAM = defineProgram({
  id: 'review-browser',
  name: 'Review Browser Association',
  offers: { 'IMH-E': ['IFS'] },
  review: {
    reviewers: 2,
    mode: 'parallel',
    areas: {
      IFS: [
        { id: 'reflection', label: 'Reflection' },
        { id: 'thinking', label: 'Thinking' },
      ],
    },
  },
});
const payload = <T extends object>(base: T, email: string, program = PROGRAM.id): T =>
  ({ ...base, program, applicant: { ...(base as { applicant: object }).applicant, email } }) as T;

async function expectAxeClean(page: Page, screen: string) {
  assert.deepEqual(await axeViolations(page), [], `axe on ${screen}`);
}

/** Chooses the option of a select whose text starts with `text`. */
async function choose(select: ElementHandle<Element>, text: string) {
  const value = await select.evaluate(
    (el, wanted) => [...(el as HTMLSelectElement).options].find((o) => o.text.trim().startsWith(wanted))?.value,
    text,
  );
  assert.ok(value !== undefined, `an option ${text}`);
  await (select as ElementHandle<HTMLSelectElement>).select(value);
}

async function click(page: Page, selector: string) {
  await (await page.waitForSelector(`pierce/${selector}`))!.click();
}

export function reviewBrowserSuite(kind: DatabaseKind): void {
  describe(`the review team in Chromium on ${kind}`, () => {
    let database: TestDatabase;
    let server: TestServer;
    let smtp: TestSmtp;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let applicationId: string;
    let unassignedId: string;
    let otherProgramId: string;
    const url = (path: string) => new URL(path, server.url).href;
    const mailTo = (address: string, subject: RegExp) =>
      eventually(async () => {
        const mail = smtp.mails.find((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text === address && subject.test(m.subject ?? ''));
        assert.ok(mail, `a mail to ${address} matching ${subject}`);
        return mail;
      });

    before(async () => {
      browser = await launchChromium();
      database = await freshDatabase(kind);
      smtp = await startSmtp();
      server = await startTestServer(database, {
        smtpUrl: smtp.url,
        programs: [
          { program: PROGRAM, origins: [], coordinatorEmail: 'coordinator@review.example.org' },
          { program: programs.alliance, origins: [], coordinatorEmail: 'coordinator@alliance.example.org' },
        ],
      });
      await post(server, '/api/registrations', payload(validRegistration(), 'ana.ruiz@example.org'), undefined, {
        'accept-language': 'es',
      });
      applicationId = (
        await (
          await post(server, '/api/applications', payload(validApplication(), 'ana.ruiz@example.org'), undefined, {
            'accept-language': 'es',
          })
        ).json()
      ).id;
      unassignedId = (await (await post(server, '/api/applications', payload(validApplication(), 'not.assigned@example.org'))).json()).id;
      otherProgramId = (
        await (await post(server, '/api/applications', payload(validApplication(), 'other@example.org', 'alliance'))).json()
      ).id;
      const { token } = await addCoordinator(server.db, { email: 'staff@review.example.org', program: PROGRAM.id });
      await server.request('/admin/api/password', {
        method: 'POST',
        headers: { origin: new URL(server.url).origin, 'content-type': 'application/json' },
        body: JSON.stringify({ token, password: PASSWORD }),
      });
      context = await browser.createBrowserContext();
      page = await context.newPage();
      page.setDefaultTimeout(10_000);
      await page.setBypassCSP(true); // only so that axe-core can be injected
      await page.goto(url('/admin'));
      await fill(page, 'Email address', 'staff@review.example.org');
      await fill(page, 'Password', PASSWORD);
      await press(page, 'button', 'Sign in');
      await byRole(page, 'heading', 'Registrations and applications');
    });
    after(async () => {
      await context?.close();
      await server?.close();
      await smtp?.stop();
      await browser?.close();
      database?.cleanup();
    });

    it('lists one row per applicant with its stage', async () => {
      const rows = await tableRows(page, 'Records');
      const ana = rows.find((row) => row[0] === 'Ana Ruiz' && row[1] === 'Application');
      assert.ok(ana, JSON.stringify(rows));
      assert.equal(rows.filter((row) => row[0] === 'Ana Ruiz').length, 2, 'her application, and the other applicant’s of the same name');
      await expectAxeClean(page, 'the list with stages');
    });

    it('invites two reviewers by name and email from the Staff page', async () => {
      await press(page, 'link', 'Staff');
      await byRole(page, 'heading', 'Staff');
      await expectAxeClean(page, 'the staff page');
      await press(page, 'button', 'Send the invitation');
      await waitForText(page, 'There is a problem');
      await expectAxeClean(page, 'the staff page with errors');
      for (const [name, email] of [
        ['Fran First', 'fran@reviewers.example.org'],
        ['Gil Second', 'gil@reviewers.example.org'],
      ] as const) {
        await fill(page, 'Name', name);
        await fill(page, 'Email address', email);
        await press(page, 'button', 'Send the invitation');
        await waitForText(page, `${email} is invited`);
      }
      const rows = await tableRows(page, 'Staff');
      assert.deepEqual(
        rows.map((row) => row.slice(0, 4)),
        [
          ['— (you)', 'staff@review.example.org', 'Coordinator', 'Chosen'],
          ['Fran First', 'fran@reviewers.example.org', 'Reviewer', 'Invited, not yet chosen'],
          ['Gil Second', 'gil@reviewers.example.org', 'Reviewer', 'Invited, not yet chosen'],
        ],
      );
    });

    it('invites a reviewer in Spanish: the language chosen on the invite form is the invitation mail’s', async () => {
      await fill(page, 'Name', 'Rosa Tercera');
      await fill(page, 'Email address', 'rosa@reviewers.example.org');
      await choose(await byRole(page, 'combobox', 'Language of their mails'), 'Spanish');
      await press(page, 'button', 'Send the invitation');
      await waitForText(page, 'rosa@reviewers.example.org is invited');
      const invitation = await mailTo('rosa@reviewers.example.org', /^Su cuenta en el espacio de trabajo de Respaldo de /);
      assert.match(invitation.text ?? '', /Elija su contraseña con este enlace/);
      await expectAxeClean(page, 'the staff page with the language select');
    });

    it('assigns both reviewers by name on the application', async () => {
      await page.goto(url(`/admin/records/${applicationId}`));
      await byRole(page, 'heading', 'Reviewers');
      await waitForText(page, 'No reviewer is assigned yet.');
      for (const name of ['Fran First', 'Gil Second']) {
        await choose(await byRole(page, 'combobox', 'Reviewer'), name);
        await press(page, 'button', 'Assign the reviewer');
        await waitForText(page, 'The reviewer is assigned.');
      }
      await waitForText(page, 'Asked, not yet answered');
      await expectAxeClean(page, 'an application with its reviewers');
    });

    for (const [name, email, recommendation, comments] of [
      ['Fran First', 'fran@reviewers.example.org', 'Endorse', 'Your reflective practice is clear in your work entries.'],
      ['Gil Second', 'gil@reviewers.example.org', 'Defer, with advice', 'More training on thinking skills would help.'],
    ] as const) {
      it(`${name} signs in from the mailed link, sees only the assigned application, accepts and completes the checklist`, async () => {
        const invitation = await mailTo(email, /workspace/);
        const link = /https?:\/\/\S+\/admin\/set-password#token=[\w-]{43}/.exec(invitation.text ?? '')?.[0];
        assert.ok(link, invitation.text);
        const own = await browser.createBrowserContext();
        try {
          const tab = await own.newPage();
          tab.setDefaultTimeout(10_000);
          await tab.setBypassCSP(true);
          await tab.goto(link);
          await fill(tab, 'New password', PASSWORD);
          await fill(tab, 'Type it again', PASSWORD);
          await press(tab, 'button', 'Set password');
          await fill(tab, 'Email address', email);
          await fill(tab, 'Password', PASSWORD);
          await press(tab, 'button', 'Sign in');
          await byRole(tab, 'heading', 'My reviews');
          await expectAxeClean(tab, 'a reviewer’s list');
          assert.deepEqual(
            (await tableRows(tab, 'Applications to review')).map((row) => row.slice(0, 3)),
            [['Ana Ruiz', 'Infant Family Specialist (IFS)', 'Asked, not yet answered']],
          );
          await press(tab, 'link', 'Ana Ruiz');
          await byRole(tab, 'heading', 'Review of Ana Ruiz');
          const text = await pageText(tab);
          for (const reference of validApplication().references) assert.ok(!text.includes(reference.email), `${reference.email} is hidden`);
          await expectAxeClean(tab, 'a review to accept');
          await press(tab, 'button', 'Accept the review');
          await waitForText(tab, 'You accepted the review.');
          await press(tab, 'button', 'Submit the review');
          await waitForText(tab, 'Reflection: Rate this area.');
          await expectAxeClean(tab, 'a checklist with errors');
          await click(tab, '#area-reflection-rating-0');
          await click(tab, '#area-reflection-evidence-1');
          await click(tab, '#area-thinking-rating-1');
          await fill(tab, 'Comments for the applicant', comments);
          await fill(tab, 'A private note to the coordinator', `Private from ${name}`);
          await choose(await byRole(tab, 'combobox', 'Your recommendation'), recommendation);
          await press(tab, 'button', 'Submit the review');
          await waitForText(tab, 'Your review is submitted to the coordinator.');
          await waitForText(tab, 'Your review Submitted');
          for (const id of [unassignedId, otherProgramId]) {
            await tab.goto(url(`/admin/reviews/${id}`));
            await waitForText(tab, 'No application with this reference is assigned to you.');
          }
          await tab.goto(url(`/admin/records/${applicationId}`));
          await waitForText(tab, 'No record with this reference in your programs.');
          await expectAxeClean(tab, 'an application not assigned');
        } finally {
          await own.close();
        }
      });
    }

    it('reads both recommendations side by side and records the decision; the mail with its letter and certificate arrives', async () => {
      await page.goto(url(`/admin/records/${applicationId}`));
      await byRole(page, 'heading', 'Reviewers');
      const rows = await tableRows(page, 'Reviews side by side');
      assert.deepEqual(
        rows.find((row) => row[0] === 'Recommendation'),
        ['Recommendation', 'Endorse', 'Defer, with advice'],
      );
      assert.deepEqual(
        rows.find((row) => row[0] === 'Reflection'),
        ['Reflection', 'Met(work)', 'Met(work)'],
      );
      await expectAxeClean(page, 'both reviews side by side');
      await (await byRole(page, 'combobox', 'Status')).select('endorsed');
      const letter = await byRole(page, 'textbox', 'Feedback letter');
      const draft = await letter.evaluate((el) => (el as HTMLTextAreaElement).value);
      assert.match(draft, /^Estimado\/a Ana:/);
      assert.match(draft, /Your reflective practice is clear in your work entries\.\n\nMore training on thinking skills would help\./);
      assert.doesNotMatch(draft, /Private from/);
      await letter.type('\n\nEnhorabuena.');
      await fill(page, 'Message to the applicant (optional)', 'Su respaldo está aprobado.');
      await expectAxeClean(page, 'the decision form');
      await press(page, 'button', 'Record the decision and mail it');
      await waitForText(page, 'The status is saved.');
      await byRole(page, 'link', 'Download the certificate (PDF)');
      const mail = await mailTo('ana.ruiz@example.org', /respaldada/);
      assert.match(mail.text ?? '', /Su respaldo está aprobado\./);
      assert.match(mail.text ?? '', /Enhorabuena\./);
      const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf');
      assert.equal(pdf?.content.subarray(0, 5).toString(), '%PDF-');
    });

    it("shows an amended application's versions and what changed, the new value as text", async () => {
      const status = await page.evaluate(
        (id) =>
          fetch(`/admin/api/records/${id}/status`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ status: 'more_information_needed', message: 'Please add your hours.' }),
          }).then((r) => r.status),
        unassignedId,
      );
      assert.equal(status, 200);
      const mail = await mailTo('not.assigned@example.org', /more information needed/);
      const token = /\/amend\/#([\w-]{43})$/m.exec(mail.text ?? '')?.[1];
      assert.ok(token, mail.text);
      const first = payload(validApplication(), 'not.assigned@example.org');
      const hostile = '<img src=x onerror="document.title=1">';
      const sent = await server.request('/api/applications/amend/submit', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token, application: { ...first, applicant: { ...first.applicant, givenName: hostile } } }),
      });
      assert.equal(sent.status, 200);
      await page.goto(url(`/admin/records/${unassignedId}`));
      await byRole(page, 'heading', 'Versions');
      assert.deepEqual(await tableRows(page, 'Versions'), [['applicant.givenName', first.applicant.givenName, hostile]]);
      assert.equal(await page.$('pierce/img[src="x"]'), null);
      await expectAxeClean(page, 'the versions of an amended application');
    });
  });
}
