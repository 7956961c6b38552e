// Issue 21: what the endorsee sets themself behind the renewal link: the name the registry shows and
// their consent to each optional field (recorded: who and when), and a request for inactive status
// that the coordinator sees and decides, the endorsee and the coordinator mailed once. The API on
// both databases; the page in Chromium by roles and names, with axe and at 320 px, in English and
// Spanish (needs pnpm build for the page's script).
import assert from 'node:assert/strict';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import type { ParsedMail } from 'mailparser';
import type { EndorseeChoices, RenewalInvitation } from '@endorsement-kit/sdk';
import {
  axeViolations,
  byRole,
  fill,
  launchChromium,
  overflowsSideways,
  press,
  waitForText,
} from '@endorsement-kit/test-kit/server/chromium.js';
import type { EndorseeList } from '../src/endorsees/endorsee-api-types.js';
import type { Registry } from '../src/endorsees/registry-entries.js';
import { DATABASE_KINDS, freshDatabase, stopPostgres, type TestDatabase } from './support/databases.js';
import { signedInCoordinator, type CoordinatorClient } from './support/coordinator-client.js';
import { ENDORSEES_CSV, RENEWAL_PROGRAMS } from './support/endorsees.js';
import { mailsTo } from './support/references.js';
import { startSmtp, type TestSmtp } from './support/smtp.js';
import { post, startTestServer, type TestServer } from './support/test-server.js';

after(stopPostgres);

const linkOf = (mail: ParsedMail) => /^(https?:\/\/\S+\/renew\/#([A-Za-z0-9_-]{43}))$/m.exec(mail.text ?? '')!;

for (const kind of DATABASE_KINDS) {
  describe(`the endorsee's registry entry and inactive request on ${kind}`, () => {
    let database: TestDatabase;
    let smtp: TestSmtp;
    let server: TestServer;
    let coordinator: CoordinatorClient;
    beforeEach(async () => {
      database = await freshDatabase(kind);
      smtp = await startSmtp();
      // The window is open: each imported endorsee is mailed a renewal link at once.
      const now = new Date('2026-10-02T13:00:00.000Z');
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
    const call = (path: string, body: unknown) => post(server, `/api/renewals/${path}`, body);
    const entries = async (code: string) =>
      ((await (await server.request('/registry/lakeside-aimh.json')).json()) as Registry).categories.find((c) => c.code === code)!.entries;
    const person = async (email: string) =>
      (await coordinator.json<EndorseeList>('GET', '/admin/api/endorsees')).endorsees.find((e) => e.email === email)!;

    it('the endorsee sets the registry’s name and consents field by field; recorded who and when; the coordinator’s form still works', async () => {
      const token = linkOf(mailsTo(smtp.mails, 'ana@example.org')[0]!)[2]!;
      const opened = (await (await call('open', { token })).json()) as RenewalInvitation;
      assert.deepEqual(opened.choices, {
        registry: { displayName: 'Ana R.', fields: {}, setBy: null, setAt: null },
        inactive: { offered: { maxMonths: 6, fee: 2500, currency: 'USD' }, requestedAt: null },
      } satisfies EndorseeChoices);

      const saved = await call('registry', { token, displayName: 'Ana Ruiz R.', fields: { region: 'North County', providesRsc: true } });
      assert.equal(saved.status, 200, await saved.clone().text());
      assert.deepEqual(await saved.json(), {
        displayName: 'Ana Ruiz R.',
        fields: { region: 'North County', providesRsc: true },
        setBy: 'endorsee',
        setAt: '2026-10-02T13:00:00.000Z',
      });
      assert.deepEqual(await entries('IMHS'), [{ name: 'Ana Ruiz R.', region: 'North County', providesRsc: true }]);
      const ana = await person('ana@example.org');
      assert.deepEqual([ana.registrySetBy, ana.registrySetAt], ['endorsee', '2026-10-02T13:00:00.000Z']);
      const { rows } = await server.db.query<{ actor: string; detail: unknown }>(
        "select actor, detail from endorsee_audit where endorsee_id = $1 and action = 'registry-details'",
        [ana.id],
      );
      assert.deepEqual(
        rows.map((r) => [r.actor, typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail]),
        [['endorsee', { displayName: true, fields: ['region', 'providesRsc'] }]],
      );

      // Withdrawn consent leaves the registry at once; the name back to the full name.
      await call('registry', { token, displayName: null, fields: { employer: 'Bright Start' } });
      assert.deepEqual(await entries('IMHS'), [{ name: 'Ana Ruiz', employer: 'Bright Start' }]);
      // Bad bodies and links are 4xx, never written.
      assert.equal((await call('registry', { token, displayName: 'A', fields: { region: 'x'.repeat(101) } })).status, 400);
      assert.equal((await call('registry', { token, displayName: 'A', fields: { shoeSize: 9 } })).status, 400);
      assert.equal((await call('registry', { token: 'x'.repeat(43), displayName: null, fields: {} })).status, 404);
      assert.deepEqual(await entries('IMHS'), [{ name: 'Ana Ruiz', employer: 'Bright Start' }]);

      // The coordinator's form still sets it, and the record says so.
      await coordinator.json('POST', `/admin/api/endorsees/${ana.id}/registry`, { displayName: 'Ana R.', fields: {} });
      assert.equal((await person('ana@example.org')).registrySetBy, 'coordinator:coordinator@lakeside.example.org');
      assert.deepEqual(await entries('IMHS'), [{ name: 'Ana R.' }]);
    });

    it('the endorsee asks for inactive status: mailed once with the rule, the coordinator mailed and shown it, then places it', async () => {
      const token = linkOf(mailsTo(smtp.mails, 'ana@example.org')[0]!)[2]!;
      const asked = await call('inactive', { token });
      assert.equal(asked.status, 200, await asked.clone().text());
      assert.deepEqual(await asked.json(), {
        offered: { maxMonths: 6, fee: 2500, currency: 'USD' },
        requestedAt: '2026-10-02T13:00:00.000Z',
      });
      assert.equal((await call('inactive', { token })).status, 200, 'asked again: nothing more');
      await server.mailQueue.wake();
      await smtp.waitFor(6);
      const mine = mailsTo(smtp.mails, 'ana@example.org').filter((m) => /request for inactive status/.test(m.subject ?? ''));
      assert.deepEqual(
        mine.map((m) => m.subject),
        ['We received your request for inactive status: Infant Mental Health Specialist Endorsement®'],
      );
      assert.match(mine[0]!.text ?? '', /Inactive status lasts up to 6 months; the fee to return is \$25\./);
      const told = mailsTo(smtp.mails, 'coordinator@lakeside.example.org');
      assert.deepEqual(
        told.map((m) => m.subject),
        ['Inactive status asked for: Ana Ruiz (IMHS)'],
      );
      const ana = await person('ana@example.org');
      assert.equal(ana.categories[0]!.inactiveRequestedOn, '2026-10-02');
      assert.deepEqual(await entries('IMHS'), [{ name: 'Ana R.' }], 'asking changes nothing on the registry');

      await coordinator.json('POST', `/admin/api/endorsees/${ana.id}/categories/IMHS/inactive`, {});
      await server.mailQueue.wake();
      await smtp.waitFor(7);
      assert.equal(
        mailsTo(smtp.mails, 'ana@example.org').at(-1)!.subject,
        'Your Infant Mental Health Specialist Endorsement® is on inactive status',
      );
      const placed = await person('ana@example.org');
      assert.deepEqual([placed.categories[0]!.status, placed.categories[0]!.inactiveRequestedOn], ['inactive', null]);
      assert.deepEqual(await entries('IMHS'), []);
      // The link's renewal is closed now: no more requests behind it.
      assert.equal((await call('inactive', { token })).status, 410);
      assert.equal(smtp.mails.length, 7, 'each mail once');
    });

    if (kind === 'pglite')
      it('on the renewal page, by roles and names: the registry entry saved and a request for inactive status, axe, 320 px, English and Spanish (needs pnpm build)', async () => {
        const browser = await launchChromium();
        try {
          const page = await browser.newPage();
          await page.setBypassCSP(true); // only so that axe-core can be injected
          await page.goto(linkOf(mailsTo(smtp.mails, 'ben@example.org')[0]!)[1]!);
          await byRole(page, 'heading', 'Your entry in the public registry');
          await waitForText(page, 'you leave the registry and no renewal is due, for up to 6 months');
          await waitForText(page, 'The fee to return to active status is $25.');
          const name = await byRole(page, 'textbox', 'Name shown on the registry');
          assert.equal(await name.evaluate((el) => (el as HTMLInputElement).value), 'Ben Cole');
          await name.evaluate((el) => ((el as HTMLInputElement).value = ''));
          await fill(page, 'Name shown on the registry', 'Ben C.');
          await fill(page, 'Region', 'Lakeside');
          await fill(page, 'Employer', 'Bright Start');
          // The region is typed but not consented to: it is not sent.
          await (await byRole(page, 'checkbox', 'Show my employer on the registry')).click();
          await (await byRole(page, 'checkbox', 'Show that I provide reflective supervision/consultation')).click();
          assert.deepEqual(await axeViolations(page), [], 'the page with its registry and inactive sections');
          await press(page, 'button', 'Save my registry choices');
          await waitForText(page, 'Your registry choices are saved.');
          assert.deepEqual(await entries('IFS'), [{ name: 'Ben C.', employer: 'Bright Start', providesRsc: true }]);

          await press(page, 'button', 'Ask for inactive status');
          await waitForText(page, 'You asked for inactive status on October 2, 2026. Your coordinator will confirm it by mail.');
          await server.mailQueue.wake();
          await smtp.waitFor(6);
          assert.match(mailsTo(smtp.mails, 'ben@example.org').at(-1)!.subject ?? '', /request for inactive status/);
          assert.equal((await person('ben@example.org')).categories[0]!.inactiveRequestedOn, '2026-10-02');
          // Reloaded, the page shows what is saved.
          await page.reload();
          await waitForText(page, 'You asked for inactive status on October 2, 2026.');
          assert.equal(
            await (await byRole(page, 'textbox', 'Name shown on the registry')).evaluate((el) => (el as HTMLInputElement).value),
            'Ben C.',
          );
          assert.deepEqual(await axeViolations(page), [], 'after both');
          await page.setViewport({ width: 320, height: 640 });
          assert.equal(await overflowsSideways(page), false, 'no sideways scroll at 320 px');

          // In Spanish, for an endorsee whose language is Spanish.
          await page.goto(linkOf(mailsTo(smtp.mails, 'dee@example.org')[0]!)[1]!);
          await byRole(page, 'heading', 'Su entrada en el registro público');
          await byRole(page, 'checkbox', 'Mostrar mi empleador en el registro');
          await byRole(page, 'button', 'Pedir el estado inactivo');
          await fill(page, 'Región', 'Lago Norte');
          await (await byRole(page, 'checkbox', 'Mostrar mi región en el registro')).click();
          await press(page, 'button', 'Guardar mis opciones del registro');
          await waitForText(page, 'Sus opciones del registro están guardadas.');
          assert.deepEqual(await entries('IFA'), [{ name: 'Dee Soto', region: 'Lago Norte' }]);
          assert.deepEqual(await axeViolations(page), [], 'in Spanish');
          assert.equal(await overflowsSideways(page), false, 'in Spanish at 320 px');
        } finally {
          await browser.close();
        }
      });
  });
}
