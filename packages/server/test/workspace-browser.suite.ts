// The workspace end to end, in Debian's Chromium against the real server and database (PGlite and
// Postgres, one file each: workspace-browser-*.node.test.ts): an applicant registers and submits in Spanish through the SDK (as the element does);
// a coordinator sets a password from the CLI's link, signs in, finds that application, reads its requirement summary, assigns an advisor (both mails reach the SMTP
// server), asks for more information, and the applicant's status lookup (the element, in Spanish)
// shows it with the next review date; a rater's unwaived form is released to the applicant with the
// workspace's button (the applicant's mail reaches the SMTP server); the fee panel records the
// registration fee waived with a note (the applicant's notice reaches the SMTP server). Another program's coordinator
// cannot see it; a forged cross-site request and a planted session cookie fail; axe finds nothing on
// any screen; 320 px.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { createEndorsementClient, getSteps, localize, memoryStore, programs, restBackend, translate } from '@endorsement-kit/sdk';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { addCoordinator } from '../src/admin/coordinator-accounts.js';
import { applicantPages } from '@endorsement-kit/test-kit/server/applicant-pages.js';
import {
  axeViolations,
  byRole,
  fill,
  focusedHeading,
  launchChromium,
  overflowsSideways,
  pageText,
  press,
  tableCellCount,
  tableHeaders,
  tableRows,
  waitForText,
  wordsSplitInTables,
} from '@endorsement-kit/test-kit/server/chromium.js';
import { freshDatabase, type DatabaseKind, type TestDatabase } from './support/databases.js';
import { startSmtp, type TestSmtp } from './support/smtp.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { asApplicant, completeAnswers, mailsTo, rater, raterInput, tokenOf } from './support/references.js';
import type { CoordinatorReferences } from '../src/admin/reference-api-types.js';

const PASSWORD = 'a long enough passphrase';

async function expectAxeClean(page: Page, screen: string) {
  assert.deepEqual(await axeViolations(page), [], `axe on ${screen}`);
}

/** The suite for one database; a file per database keeps each file within the runner's time limit. */
export function workspaceBrowserSuite(kind: DatabaseKind): void {
  describe(`the workspace in Chromium on ${kind}`, () => {
    let database: TestDatabase;
    let server: TestServer;
    let smtp: TestSmtp;
    let context: BrowserContext;
    let page: Page;
    let applicationId: string;
    let registrationId: string;
    let accessToken: string;
    let browser: Browser;
    before(async () => {
      browser = await launchChromium();
      database = await freshDatabase(kind);
      smtp = await startSmtp();
      server = await startTestServer(database, {
        smtpUrl: smtp.url,
        programs: [
          {
            // The coordinator may release a form whose rater the applicant did not waive (issue 18).
            // … and charges a registration fee the coordinator records (issue 20).
            program: {
              ...programs.alliance,
              references: { ...programs.alliance.references, unwaivedRelease: 'on-request' },
              feeSchedule: [{ kind: 'registration', amount: 2000, currency: 'USD' }],
            },
            origins: [],
            coordinatorEmail: 'coordinator@alliance.example.org',
            reviewDates: ['2020-01-01', '2099-04-15'],
          },
          { program: programs.first5Alabama, origins: [], coordinatorEmail: 'coordinator@first5.example.org' },
        ],
        pages: applicantPages('alliance', 'es'),
      });
      // The applicant registers and submits through the SDK, as the element does, in Spanish.
      const client = createEndorsementClient({
        program: programs.alliance,
        backend: restBackend({ baseUrl: new URL('/api', server.url).href, headers: { 'Accept-Language': 'es' } }),
        store: memoryStore(),
      });
      const draft = await client.open();
      for (const [key, value] of Object.entries({ ...validRegistration(), ...validApplication() })) draft.set(key, value);
      const receipt = await draft.register();
      registrationId = receipt.id;
      accessToken = receipt.accessToken!;
      applicationId = (await draft.submit()).id;
      context = await browser.createBrowserContext();
      page = await context.newPage();
      page.setDefaultTimeout(10_000);
      await page.setBypassCSP(true); // only so that axe-core can be injected
    });
    after(async () => {
      await context?.close();
      await server?.close();
      await smtp?.stop();
      await browser?.close();
      database?.cleanup();
    });

    it('sets a password from the one-time link, then signs in with the keyboard only', async () => {
      const { token } = await addCoordinator(server.db, { email: 'staff@alliance.example.org', program: 'alliance' });
      await page.goto(new URL(`/admin/set-password#token=${token}`, server.url).href);
      await byRole(page, 'heading', 'Choose your password');
      await expectAxeClean(page, 'set password');
      await press(page, 'button', 'Set password');
      await waitForText(page, 'Choose a password of at least 12 characters');
      await expectAxeClean(page, 'set password with errors');
      await fill(page, 'New password', PASSWORD);
      await fill(page, 'Type it again', PASSWORD);
      await press(page, 'button', 'Set password');
      await waitForText(page, 'Your password is set. Sign in with it.');
      assert.equal(await focusedHeading(page), 'Sign in to the endorsement workspace');
      assert.ok(!page.url().includes(token), 'the token leaves the address bar');
      await expectAxeClean(page, 'sign in');
      await page.keyboard.press('Tab');
      await page.keyboard.type('staff@alliance.example.org');
      await page.keyboard.press('Tab');
      await page.keyboard.type(PASSWORD);
      await page.keyboard.press('Enter');
      await byRole(page, 'heading', 'Registrations and applications');
      const cookies = await context.cookies();
      const session = cookies.find((cookie) => cookie.name === 'ek_session');
      assert.ok(session?.httpOnly && session.secure && session.sameSite === 'Strict', JSON.stringify(session));
    });

    it('finds the submitted application by name and shows its requirement summary', async () => {
      await expectAxeClean(page, 'the list');
      await fill(page, 'Search', validApplication().applicant.familyName, 'searchbox');
      await (await byRole(page, 'combobox', 'Kind')).select('application');
      await press(page, 'button', 'Apply filters');
      await waitForText(page, '1 record matches');
      const name = `${validApplication().applicant.givenName} ${validApplication().applicant.familyName}`;
      await press(page, 'link', name);
      await byRole(page, 'heading', `${name}: application`);
      assert.equal(await focusedHeading(page), `${name}: application`);
      const { category } = validApplication();
      await byRole(page, 'heading', `Requirements for ${localize(programs.alliance.categories[category]!.label, 'en')} (${category})`);
      const text = await pageText(page);
      assert.match(text, /\d+ of \d+ met, as the applicant was shown when they submitted/);
      assert.match(text, /Met: /);
      // Words, not codes: the SDK's labels for levels, transcripts and roles; the language by its name.
      const en = (key: string) => translate(programs.alliance, 'en', key);
      assert.deepEqual(await tableRows(page, 'Transcripts'), [
        ['University of Alabama', en('form.option.educationLevel.bachelor'), en('form.option.transcript.requested')],
      ]);
      assert.deepEqual(await tableRows(page, 'References'), [
        ['Maria Gomez', en('form.option.referenceRole.supervisor'), 'Holds one', 'Waived'],
        ['Dr. Lee', en('form.option.referenceRole.rsc-provider'), 'None', 'Waived'],
        ['Sam Park', en('form.option.referenceRole.colleague'), 'None', 'Kept'],
      ]);
      assert.deepEqual(await tableHeaders(page, 'References'), [
        'Name',
        'How they know the applicant',
        'Endorsement',
        "Applicant's right to see the reference",
      ]);
      await waitForText(page, "Applicant's language Español");
      await expectAxeClean(page, 'an application');
    });

    it("sets 'more information needed': the applicant's status lookup shows it in Spanish with the review cycle", async () => {
      await (await byRole(page, 'combobox', 'Status')).select('more_information_needed');
      await press(page, 'button', 'Save status');
      await waitForText(page, 'There is a problem');
      await expectAxeClean(page, 'status form with an error');
      // A second form's problems replace the first's summary: one summary (one id) on the page, focused.
      await press(page, 'button', 'Add note');
      const summaries = async () =>
        (await page.evaluate(`(() => {
          const root = document.querySelector('ek-coordinator-workspace').shadowRoot;
          const shown = [...root.querySelectorAll('.error-summary')];
          // The section whose summary has focus (not the pressed button's section).
          const focused = root.activeElement?.classList.contains('error-summary') ? root.activeElement : null;
          return { count: shown.length, ids: shown.map((s) => s.id), focusedIn: focused?.closest('section')?.querySelector('h2')?.textContent ?? '' };
        })()`)) as { count: number; ids: string[]; focusedIn: string };
      for (let tries = 0; (await summaries()).focusedIn !== 'Notes' && tries < 100; tries++)
        await page.waitForNetworkIdle({ idleTime: 50 });
      assert.deepEqual(await summaries(), { count: 1, ids: ['error-summary'], focusedIn: 'Notes' });
      await press(page, 'button', 'Save status');
      for (let tries = 0; (await summaries()).focusedIn !== 'Status and decision' && tries < 100; tries++)
        await page.waitForNetworkIdle({ idleTime: 50 });
      assert.deepEqual(await summaries(), { count: 1, ids: ['error-summary'], focusedIn: 'Status and decision' });
      await fill(page, 'What information is needed', 'Envíe su certificado de estudios, por favor.');
      await press(page, 'button', 'Save status');
      await waitForText(page, 'The status is saved.');
      // The history says what was asked, not only that the status changed.
      await waitForText(
        page,
        'Set the status to “more information needed”, asking: “Envíe su certificado de estudios, por favor.” (staff@alliance.example.org)',
      );

      const applicant = await context.newPage();
      // Closed also on a failure: a tab left in front stalls the workspace tab's waits in the next tests.
      try {
        await applicant.goto(new URL('/status.html', server.url).href);
        await press(applicant, 'button', 'Consultar el estado de una solicitud');
        await fill(applicant, 'Número de referencia', applicationId);
        // A reference finds a record only with the email it was sent with (issue 23, point 11).
        await fill(applicant, 'Correo electrónico', validApplication().applicant.email);
        await press(applicant, 'button', 'Consultar el estado');
        await waitForText(applicant, 'se necesita más información');
        await waitForText(applicant, 'Envíe su certificado de estudios, por favor.');
        await waitForText(applicant, 'Su ciclo de revisión: enviadas hasta el 15 de abril de 2099.');
      } finally {
        await applicant.close();
      }
    });

    it('accepts the registration and assigns an advisor: the applicant and the advisor get their mails', async () => {
      await page.goto(new URL(`/admin/records/${registrationId}`, server.url).href);
      // A registration lists its own steps' answers only.
      await byRole(page, 'heading', 'Answers');
      const titles = getSteps(programs.alliance, { form: 'registration', category: validRegistration().category }).map((step) =>
        translate(programs.alliance, 'en', step.titleKey),
      );
      assert.deepEqual(
        await page.$$eval('pierce/section[aria-labelledby="answers-heading"] h3', (headings) => headings.map((h) => h.textContent?.trim())),
        titles,
      );
      await press(page, 'button', 'Accept registration');
      await waitForText(page, 'The registration is accepted.');
      await fill(page, "Advisor's name", 'Ada Advisor');
      await fill(page, "Advisor's email address", 'ada@advisors.example.org', 'textbox');
      await press(page, 'button', 'Assign advisor and send the introductions');
      await waitForText(page, 'The advisor is assigned');
      // The application's receipt, two at registration, the status mails (more information needed,
      // accepted: issue 19), two introductions.
      const mails = await smtp.waitFor(7);
      const to = (address: string) => mails.find((mail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text === address);
      assert.equal(to('ada@advisors.example.org')?.subject, 'You are the Endorsement Advisor of Ana Ruiz');
      // The applicant registered in Spanish: their introduction is in Spanish.
      const applicantMails = mails.filter(
        (mail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text === validRegistration().applicant.email,
      );
      const introduction = applicantMails.find((mail) => mail.subject === 'Su Asesor/a de Respaldo');
      assert.ok(
        introduction?.text?.includes('Ada Advisor (ada@advisors.example.org)'),
        applicantMails.map((mail) => mail.subject).join(' | '),
      );

      // Another advisor replaces Ada: the history still names both, and the mails say to whom they went.
      await fill(page, "Advisor's name", 'Bo Advisor');
      await fill(page, "Advisor's email address", 'bo@advisors.example.org', 'textbox');
      await press(page, 'button', 'Assign advisor and send the introductions');
      await waitForText(page, 'Assigned Bo Advisor (bo@advisors.example.org) as Endorsement Advisor (staff@alliance.example.org)');
      await waitForText(page, 'Assigned Ada Advisor (ada@advisors.example.org) as Endorsement Advisor (staff@alliance.example.org)');
      const mailRows = (await tableRows(page, 'Mails')).map((row) => row.slice(0, 3));
      const applicant = validRegistration().applicant.email;
      const rowsFor = (purpose: string) => mailRows.filter((row) => row[0] === purpose).map((row) => row[1]);
      assert.deepEqual(rowsFor('Advisor introduction (to the advisor)'), ['ada@advisors.example.org', 'bo@advisors.example.org']);
      assert.deepEqual(rowsFor('Advisor introduction (to the applicant)'), [applicant, applicant]);
      assert.ok(
        mailRows.every((row) => /^(Waiting to be sent|Sent \(the mail server took it\))$/.test(row[2] ?? '')),
        JSON.stringify(mailRows),
      );
      await expectAxeClean(page, 'a registration after assigning an advisor');
    });

    it("releases a rater's unwaived form with the workspace's button: the applicant's mail arrives", async () => {
      const registration = { id: registrationId, token: accessToken };
      const asked = await asApplicant(
        server,
        registration,
        '',
        raterInput('Sam Ortiz', 'sam@example.net', 'colleague', { waiveRight: false }),
      );
      assert.equal(asked.status, 201, await asked.clone().text());
      const raterMail = () => mailsTo(smtp.mails, 'sam@example.net')[0];
      for (let i = 0; !raterMail(); i++) {
        if (i > 50) assert.fail('no mail to the rater');
        await smtp.waitFor(smtp.mails.length + 1, 5000).catch(() => undefined);
      }
      const token = tokenOf(raterMail()!);
      const opened = (await (await rater(server, 'open', { token })).json()) as { form: { domains: { items: { id: string }[] }[] } };
      const items = opened.form.domains.flatMap((domain) => domain.items.map((item) => item.id));
      const submitted = await rater(server, 'submit', { token, answers: completeAnswers(items, 0, { relationship: 'colleague' }) });
      assert.equal(submitted.status, 200, await submitted.clone().text());

      await page.goto(new URL(`/admin/records/${registrationId}`, server.url).href);
      await byRole(page, 'heading', 'Reference ratings');
      await expectAxeClean(page, 'a registration with a releasable form');
      await press(page, 'button', 'Release to the applicant the form of Sam Ortiz');
      await waitForText(page, 'Released: the applicant is told they may ask you for a copy.');
      // Released once: the button is gone and the form's history says so.
      assert.equal(await page.$('::-p-aria([name="Release to the applicant the form of Sam Ortiz"][role="button"])'), null);
      await waitForText(page, ': released (coordinator:staff@alliance.example.org)');

      // The applicant registered in Spanish: their mail is in Spanish.
      const applicant = validRegistration().applicant.email;
      const released = () => mailsTo(smtp.mails, applicant).find((mail) => /^Puede pedir la calificación/.test(mail.subject ?? ''));
      for (let i = 0; !released(); i++) {
        if (i > 50)
          assert.fail(
            `no release mail to the applicant: ${mailsTo(smtp.mails, applicant)
              .map((m) => m.subject)
              .join(' | ')}`,
          );
        await smtp.waitFor(smtp.mails.length + 1, 5000).catch(() => undefined);
      }
      assert.equal(released()!.subject, 'Puede pedir la calificación de referencia de Sam Ortiz');
      const seen = await server.request(`/admin/api/records/${registrationId}/references`, {
        headers: { cookie: (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
      });
      assert.equal(seen.status, 200);
      const request = ((await seen.json()) as CoordinatorReferences).requests.find((r) => r.name === 'Sam Ortiz')!;
      assert.deepEqual(
        request.audit.filter((entry) => entry.action === 'released').map((entry) => entry.actor),
        ['coordinator:staff@alliance.example.org'],
      );
    });

    it("records the registration fee as waived with a note: the fee panel shows it, and the applicant's mail arrives", async () => {
      const panel = ['ek-coordinator-workspace', 'ek-record-fees'];
      await page.goto(new URL(`/admin/records/${registrationId}`, server.url).href);
      await byRole(page, 'heading', 'Fees');
      await waitForText(page, 'Registration fee: $20.00 Due. Not refundable.');
      assert.deepEqual(await axeViolations(page, panel), [], 'axe on the fee panel');
      const registered = await server.db.query<{ status: string }>('select status from record_fees where record_id = $1', [registrationId]);
      assert.deepEqual(registered.rows, [], 'due until something is recorded');

      await (await byRole(page, 'combobox', 'Record the registration fee as')).select('waived');
      await fill(page, 'Note (cheque number, scholarship, employer)', 'Scholarship fund 2027');
      await press(page, 'button', 'Save the registration fee');
      await waitForText(page, 'Registration fee: Waived (scholarship); the applicant is told by mail.');
      await waitForText(page, 'Registration fee: $20.00 Waived (scholarship),');
      await waitForText(page, 'Registration fee recorded as waived (scholarship) by staff@alliance.example.org: “Scholarship fund 2027”');
      assert.deepEqual(await axeViolations(page, panel), [], 'axe on the fee panel after saving');
      const { rows } = await server.db.query<{ status: string; method: string; note: string }>(
        'select status, method, note from record_fees where record_id = $1',
        [registrationId],
      );
      assert.deepEqual(rows, [{ status: 'waived', method: 'coordinator', note: 'Scholarship fund 2027' }]);

      // The applicant registered in Spanish: the notice is in Spanish, without the coordinator's note.
      const applicant = validRegistration().applicant.email;
      const notice = () => mailsTo(smtp.mails, applicant).find((mail) => mail.subject === 'Cuota de registro: nada que pagar');
      for (let i = 0; !notice(); i++) {
        if (i > 50)
          assert.fail(
            `no fee notice to the applicant: ${mailsTo(smtp.mails, applicant)
              .map((m) => m.subject)
              .join(' | ')}`,
          );
        await smtp.waitFor(smtp.mails.length + 1, 5000).catch(() => undefined);
      }
      assert.match(notice()!.text ?? '', /le exoneró la Cuota de registro de 20,00\sUS\$ \(.+\): no tiene nada que pagar por ella\./);
      assert.match(notice()!.text ?? '', /Su referencia: [A-Z0-9]{3}-[A-Z0-9]{4}-[A-Z0-9]{4}/);
      assert.ok(!notice()!.text?.includes('Scholarship fund'), 'the note stays in the workspace');
      // The registration mail had said what was due, in Spanish.
      const registeredMail = mailsTo(smtp.mails, applicant).find((mail) => mail.text?.includes('A pagar ahora'));
      assert.match(registeredMail?.text ?? '', /A pagar ahora: la Cuota de registro de 20,00\sUS\$\./);
    });

    it('fits 320 px and a desktop without sideways scrolling, and breaks no word of a table across lines', async () => {
      for (const width of [320, 1280]) {
        await page.setViewport({ width, height: 800 });
        for (const path of ['/admin', `/admin/records/${applicationId}`]) {
          await page.goto(new URL(path, server.url).href);
          await page.waitForSelector('pierce/h1');
          await page.waitForNetworkIdle({ idleTime: 100 });
          assert.equal(await overflowsSideways(page), false, `${path} at ${width} px`);
          assert.ok((await tableCellCount(page)) > 0, `${path} shows a table`);
          // "Kind" as "Ki / nd" is what overflow-wrap: anywhere did to the tables' columns.
          assert.deepEqual(await wordsSplitInTables(page), [], `${path} at ${width} px`);
          if (width === 320) await expectAxeClean(page, `${path} at 320 px`);
        }
      }
      await page.setViewport({ width: 1024, height: 768 });
    });

    it("keeps another program's coordinator out, in the list and by the record's address", async () => {
      const { token } = await addCoordinator(server.db, { email: 'staff@first5.example.org', program: 'first5-alabama' });
      await server.request('/admin/api/password', {
        method: 'POST',
        headers: { origin: new URL(server.url).origin, 'content-type': 'application/json' },
        body: JSON.stringify({ token, password: PASSWORD }),
      });
      const other = await browser.createBrowserContext();
      try {
        const tab = await other.newPage();
        await tab.goto(new URL('/admin', server.url).href);
        await fill(tab, 'Email address', 'staff@first5.example.org');
        await fill(tab, 'Password', PASSWORD);
        await press(tab, 'button', 'Sign in');
        await waitForText(tab, 'No records match.');
        await tab.goto(new URL(`/admin/records/${applicationId}`, server.url).href);
        await waitForText(tab, 'No record with this reference in your programs.');
        assert.ok(!(await pageText(tab)).includes(validApplication().applicant.familyName));
        await tab.setBypassCSP(true);
        await tab.reload();
        await waitForText(tab, 'No record with this reference in your programs.');
        await expectAxeClean(tab, 'a record of another program');
      } finally {
        await other.close();
      }
    });

    it('refuses a forged request from another site (CSRF) and a planted session cookie (fixation)', async () => {
      // localhost is another site than 127.0.0.1: its page posts to the workspace with the coordinator's browser.
      const evil = await context.newPage();
      const port = new URL(server.url).port;
      await evil.goto(`http://localhost:${port}/status.html`);
      const target = `http://127.0.0.1:${port}/admin/api/records/${applicationId}/notes`;
      await evil.evaluate(async (url) => {
        await fetch(url, {
          method: 'POST',
          mode: 'no-cors',
          credentials: 'include',
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify({ body: 'forged' }),
        }).catch(() => {});
        await fetch(url, {
          method: 'POST',
          mode: 'cors',
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ body: 'forged' }),
        }).catch(() => {});
      }, target);
      await evil.close();
      const { rows } = await server.db.query('select 1 from record_notes');
      assert.equal(rows.length, 0);

      const fresh = await browser.createBrowserContext();
      try {
        const tab = await fresh.newPage();
        await tab.setCookie({
          name: 'ek_session',
          value: 'planted-by-an-attacker',
          url: new URL('/admin', server.url).href,
          secure: true,
          httpOnly: true,
          sameSite: 'Strict',
        });
        await tab.goto(new URL('/admin', server.url).href);
        await fill(tab, 'Email address', 'staff@alliance.example.org');
        await fill(tab, 'Password', PASSWORD);
        await press(tab, 'button', 'Sign in');
        await byRole(tab, 'heading', 'Registrations and applications');
        const session = (await fresh.cookies()).find((cookie) => cookie.name === 'ek_session');
        assert.ok(session && session.value !== 'planted-by-an-attacker');
      } finally {
        await fresh.close();
      }
    });

    it('deletes a record for a data request, after asking to confirm', async () => {
      await page.goto(new URL(`/admin/records/${registrationId}`, server.url).href);
      await press(page, 'button', 'Delete this record…');
      await byRole(page, 'button', 'Delete permanently');
      await expectAxeClean(page, 'confirming a deletion');
      await press(page, 'button', 'Keep it');
      await press(page, 'button', 'Delete this record…');
      await press(page, 'button', 'Delete permanently');
      await byRole(page, 'heading', 'Registrations and applications');
      const { rows } = await server.db.query('select 1 from records where id = $1', [registrationId]);
      assert.equal(rows.length, 0);
    });

    it('signs out everywhere: the other browser is signed out too', async () => {
      await page.goto(new URL('/admin', server.url).href);
      await press(page, 'button', 'Sign out everywhere');
      await waitForText(page, 'You are signed out on every device.');
      assert.equal(await focusedHeading(page), 'Sign in to the endorsement workspace');
      const { rows } = await server.db.query<{ n: number }>(
        'select count(*)::int as n from coordinator_sessions s join coordinators c on c.id = s.coordinator_id where c.email = $1',
        ['staff@alliance.example.org'],
      );
      assert.equal(rows[0]?.n, 0);
    });
  });
}
