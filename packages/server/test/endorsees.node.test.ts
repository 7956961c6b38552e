// Issue 21 points 1 and 5: endorsees as records (an endorsed decision through createEndorsee, an
// association's CSV import with bad lines, idempotent when run twice) and the public registry
// (exactly the active, consenting endorsees; hidden, inactive, lapsed and archived leave at once;
// strict CSP; axe in Chromium), on PGlite and Postgres.
import assert from 'node:assert/strict';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import {
  axeViolations,
  byRole,
  fill,
  launchChromium,
  overflowsSideways,
  press,
  waitForText,
} from '@endorsement-kit/test-kit/server/chromium.js';
import { createEndorsee } from '../src/endorsees/create-endorsee.js';
import type { EndorseeList, ImportReport } from '../src/endorsees/endorsee-api-types.js';
import type { Registry } from '../src/endorsees/registry-entries.js';
import { DATABASE_KINDS, freshDatabase, stopPostgres, type TestDatabase } from './support/databases.js';
import { signedInCoordinator, type CoordinatorClient } from './support/coordinator-client.js';
import { ENDORSEES_CSV, RENEWAL_PROGRAMS, RENEWING } from './support/endorsees.js';
import { mailsTo } from './support/references.js';
import { startSmtp } from './support/smtp.js';
import { post, startTestServer, type TestServer } from './support/test-server.js';

after(stopPostgres);

const BAD_CSV = [
  'Email;Name;Categories;Endorsed On;Last Renewal',
  'ana@example.org;Ana Ruiz;IMHS;2020-05-01;2025-11-20',
  'not-an-email;;IMHS;2020-05-01;',
  'ben@example.org;Ben Cole;XYZ IMHM-P;03/01/2020;',
  'cam@example.org;Cam Diaz;IFS;2027-01-01;',
  'dee@example.org;Dee Soto;IFS;2020-05-01;2019-01-01',
  '"eve@example.org";"Eve ""Evie"" Lund";"IFS|IMHS";2018-03-01;2023-11-01',
  'fay@example.org;Fay Ng;IFA;2020-01-01;;extra',
].join('\r\n');

for (const kind of DATABASE_KINDS) {
  describe(`endorsees and the registry on ${kind}`, () => {
    let database: TestDatabase;
    let server: TestServer;
    let now: Date;
    let coordinator: CoordinatorClient;
    beforeEach(async () => {
      database = await freshDatabase(kind);
      now = new Date('2026-03-01T13:00:00.000Z');
      server = await startTestServer(database, { clock: () => now, programs: RENEWAL_PROGRAMS });
      coordinator = await signedInCoordinator(server, 'coordinator@lakeside.example.org', 'lakeside-aimh');
    });
    afterEach(async () => {
      await server.close();
      database.cleanup();
    });
    const list = async () => (await coordinator.json<EndorseeList>('GET', '/admin/api/endorsees')).endorsees;
    const importCsv = (csv: string, checkOnly = false) =>
      coordinator.json<ImportReport>('POST', '/admin/api/endorsees/import', { program: 'lakeside-aimh', csv, checkOnly });

    it('imports a CSV line by line: a clear report of every bad line, the good ones written, the same file again changes nothing', async () => {
      const check = await importCsv(BAD_CSV, true);
      assert.equal(check.checkOnly, true);
      assert.deepEqual(await list(), [], 'a check writes nothing');
      const report = await importCsv(BAD_CSV);
      assert.deepEqual(
        report.lines.map((line) => [line.line, line.outcome, line.messages]),
        [
          [2, 'created', []],
          [3, 'error', ['The name is empty.', 'The email is not an email address.']],
          [
            4,
            'error',
            [
              'XYZ is not a category code.',
              'IMHM-P is not offered by this program.',
              'The endorsed date is not a date written YYYY-MM-DD.',
            ],
          ],
          [5, 'error', ['The endorsed date is in the future.']],
          [6, 'error', ['The last renewal is before the endorsed date.']],
          [
            7,
            'created',
            [
              'IFS: its removal date has passed, so it is recorded as lapsed (off the registry).',
              'IMHS: its removal date has passed, so it is recorded as lapsed (off the registry).',
            ],
          ],
          [8, 'error', ['The line has more cells than the header.']],
        ],
      );
      assert.deepEqual(check.lines, report.lines, 'the check said exactly what the run did');
      assert.deepEqual(report.counts, { created: 2, added: 0, updated: 0, unchanged: 0, error: 5 });
      const people = await list();
      assert.deepEqual(
        people.map((p) => [p.fullName, p.email, p.source, p.categories.map((c) => [c.code, c.status, c.dueOn])]),
        [
          ['Ana Ruiz', 'ana@example.org', 'import', [['IMHS', 'current', '2026-12-31']]],
          [
            'Eve "Evie" Lund',
            'eve@example.org',
            'import',
            [
              ['IFS', 'lapsed', '2024-12-31'],
              ['IMHS', 'lapsed', '2024-12-31'],
            ],
          ],
        ],
      );
      const again = await importCsv(BAD_CSV);
      assert.deepEqual(again.counts, { created: 0, added: 0, updated: 0, unchanged: 2, error: 5 });
      // The association corrects a line: the person is found again and the category takes the new dates.
      const corrected = await importCsv(
        'name,email,categories,endorsed_on,last_renewal\nAna Ruiz,ANA@example.org,IMHS IFS,2020-05-01,2026-01-15',
      );
      assert.deepEqual(
        corrected.lines.map((l) => l.outcome),
        ['updated'],
      );
      const ana = (await list()).find((p) => p.email === 'ana@example.org')!;
      assert.deepEqual(
        ana.categories.map((c) => [c.code, c.lastRenewedOn, c.dueOn]),
        [
          ['IFS', '2026-01-15', '2026-12-31'],
          ['IMHS', '2026-01-15', '2026-12-31'],
        ],
      );
      const missing = await importCsv('name,email\nA,a@example.org');
      assert.deepEqual(missing.lines, [
        { line: 1, outcome: 'error', messages: ['The first line must name the columns; missing: categories, endorsed_on.'] },
      ]);
      const other = await coordinator.request('POST', '/admin/api/endorsees/import', { program: 'alliance', csv: ENDORSEES_CSV });
      assert.equal(other.status, 422, 'not one of this coordinator’s programs');
    });

    it('an endorsed decision makes an endorsee with the renewal dates of the program; again, nothing changes; endorsed anew, the new dates', async () => {
      const input = {
        email: 'Lia@Example.org',
        fullName: 'Lía Gómez',
        categories: [{ code: 'IMHS' as const, endorsedOn: '2026-03-01' }],
        source: 'decision' as const,
        recordId: crypto.randomUUID(),
      };
      const first = await server.db.transaction((tx) => createEndorsee(tx, RENEWING, input, now));
      assert.equal(first.created, true);
      assert.deepEqual(
        first.categories.map((c) => [c.code, c.outcome, c.status]),
        [['IMHS', 'added', 'current']],
      );
      const again = await server.db.transaction((tx) => createEndorsee(tx, RENEWING, input, now));
      assert.deepEqual([again.created, again.endorseeId, again.categories[0]!.outcome], [false, first.endorseeId, 'unchanged']);
      const [lia] = await list();
      assert.deepEqual(lia!.categories[0], {
        code: 'IMHS',
        status: 'current',
        phase: 'not-open',
        endorsedOn: '2026-03-01',
        lastRenewedOn: null,
        windowOpensOn: '2026-10-01',
        dueOn: '2026-12-31',
        lateUntil: '2027-01-31',
        removalOn: '2027-02-01',
        inactiveUntil: null,
        // The program's older `renewal.fees` ($30, whole dollars), read as cents (docs/fees.md, "Renewal fees").
        fees: [{ kind: 'renewal', label: 'Renewal fee', amount: 3000, currency: 'USD', status: 'due', payment: 'coordinator' }],
        inactiveRequestedOn: null,
        reinstatement: null,
      });
      const { rows } = await server.db.query<{ kind: string; run_at: Date }>(
        "select kind, run_at from scheduled_jobs where subject_id = $1 and state = 'pending' order by run_at",
        [first.categories[0]!.categoryId],
      );
      assert.deepEqual(
        rows.map((r) => [r.kind, new Date(r.run_at).toISOString().slice(0, 10)]),
        [
          ['renewal-window', '2026-10-01'],
          ['renewal-reminder', '2026-12-01'],
          ['renewal-reminder', '2026-12-24'],
          ['renewal-reminder', '2026-12-30'],
          ['renewal-late', '2027-01-01'],
          ['renewal-removal', '2027-02-01'],
        ],
      );
      // Lapsed and endorsed again after reinstatement: current, with the new cycle.
      // A month at a time, as a running server would (PGlite holds the event loop while it works).
      for (let month = 1; month <= 15; month++) {
        now = new Date(Date.UTC(2026, 2 + month, 1, 13));
        await server.jobs.runDue();
      }
      // Read from the database: PGlite held the event loop long enough for the keep-alive socket to go stale.
      const category = async () =>
        (await server.db.query<{ status: string; due_on: string }>('select status, due_on from endorsee_categories')).rows[0]!;
      assert.equal((await category()).status, 'lapsed');
      const reinstated = await server.db.transaction((tx) =>
        createEndorsee(tx, RENEWING, { ...input, categories: [{ code: 'IMHS', endorsedOn: '2027-05-20' }] }, now),
      );
      assert.deepEqual([reinstated.categories[0]!.outcome, reinstated.categories[0]!.status], ['updated', 'current']);
      assert.deepEqual(await category(), { status: 'current', due_on: '2027-12-31' });
    });

    it('the registry lists exactly the active endorsees, by category, with the name they chose and only the fields they consented to', async () => {
      await importCsv(
        ENDORSEES_CSV +
          '\nEve Lund,eve@example.org,IFS,2018-03-01,2023-11-01,,en\nGus <b>Bold</b>,gus@example.org,IFS,2020-01-01,2025-12-01,,en',
      );
      const ids = Object.fromEntries((await list()).map((p) => [p.email, p.id]));
      await coordinator.json('POST', `/admin/api/endorsees/${ids['ana@example.org']}/registry`, {
        displayName: 'Ana R.',
        fields: { region: 'North County', providesRsc: true, endorsedSince: true },
      });
      await coordinator.json('POST', `/admin/api/endorsees/${ids['cam@example.org']}/categories/IMHM-C/inactive`, {});
      await coordinator.json('POST', `/admin/api/endorsees/${ids['dee@example.org']}/categories/IFA/archive`, {});
      const refused = await coordinator.request('POST', `/admin/api/endorsees/${ids['eve@example.org']}/categories/IFS/renewed`, {});
      assert.equal(refused.status, 409, 'a lapsed category is reinstated by a new application, not renewed');
      const registry = async (query = '') => (await (await server.request(`/registry/lakeside-aimh.json${query}`)).json()) as Registry;
      const shown = (r: Registry) => Object.fromEntries(r.categories.filter((c) => c.entries.length).map((c) => [c.code, c.entries]));
      assert.deepEqual(shown(await registry()), {
        IFS: [{ name: 'Ben Cole' }, { name: 'Gus <b>Bold</b>' }],
        IMHS: [{ name: 'Ana R.', endorsedSince: '2020-05-01', region: 'North County', providesRsc: true }],
      });
      // The coordinator hides an entry: gone at once; shown again when unhidden.
      await coordinator.json('POST', `/admin/api/endorsees/${ids['ben@example.org']}/hidden`, { hidden: true });
      assert.deepEqual(Object.keys(shown(await registry())), ['IFS', 'IMHS']);
      assert.deepEqual(shown(await registry())['IFS'], [{ name: 'Gus <b>Bold</b>' }]);
      const json = await server.request('/registry/lakeside-aimh.json');
      assert.equal(json.headers.get('access-control-allow-origin'), '*');
      assert.match((await registry()).disclaimer, /not a professional license or a certificate/);
      assert.match((await registry('?lang=es')).disclaimer, /no es una licencia profesional/);

      const page = await server.request('/registry/lakeside-aimh');
      const html = await page.text();
      assert.equal(
        page.headers.get('content-security-policy'),
        "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self' https://www.lakeside.example.org",
      );
      assert.ok(!html.includes('<b>Bold</b>') && html.includes('Gus &#60;b&#62;Bold&#60;/b&#62;'), 'a name is text, never markup');
      assert.ok(!/<script|style=/.test(html), 'no script, no inline style');
      assert.equal((await server.request('/registry/nowhere')).status, 404);

      // The removal date passes: the category leaves the registry at once, before the calendar's job has run.
      now = new Date('2027-02-01T00:30:00.000Z');
      assert.deepEqual(shown(await registry()), {});
      const other = await signedInCoordinator(server, 'coordinator@alliance.example.org', 'alliance');
      assert.equal((await other.request('POST', `/admin/api/endorsees/${ids['ana@example.org']}/hidden`, { hidden: true })).status, 404);
    });

    if (kind === 'pglite')
      it('the registry page passes axe in Chromium, at 320 px too, in English and Spanish', async () => {
        await importCsv(ENDORSEES_CSV);
        const browser = await launchChromium();
        try {
          const page = await browser.newPage();
          await page.setBypassCSP(true); // only so that axe-core can be injected
          for (const lang of ['en', 'es']) {
            await page.goto(new URL(`/registry/lakeside-aimh?lang=${lang}`, server.url).href);
            await byRole(
              page,
              'heading',
              lang === 'en' ? 'Registry of endorsees: Lakeside AIMH' : 'Registro de personas respaldadas: AIMH Lakeside',
            );
            await byRole(page, 'heading', lang === 'en' ? 'Infant Mental Health Specialist' : 'Especialista en Salud Mental Infantil');
            assert.deepEqual(await axeViolations(page), [], lang);
            await page.setViewport({ width: 320, height: 640 });
            assert.equal(await overflowsSideways(page), false);
            await page.setViewport({ width: 1024, height: 768 });
          }
        } finally {
          await browser.close();
        }
      });

    if (kind === 'pglite')
      it('in the workspace, the coordinator checks a CSV, sees its bad lines, imports it and sees the endorsees (needs pnpm build)', async () => {
        const browser = await launchChromium();
        try {
          const page = await browser.newPage();
          await page.setBypassCSP(true); // only so that axe-core can be injected
          const [name = '', value = ''] = coordinator.cookie!.split('=');
          await page.setCookie({ name, value, url: server.url });
          await page.goto(new URL('/admin/endorsees', server.url).href);
          await byRole(page, 'heading', 'Bring endorsees over from a CSV');
          await press(page, 'button', 'Import');
          await waitForText(page, 'Paste the CSV, or choose its file');
          await fill(page, 'Or paste the CSV', BAD_CSV.replace(/\r\n/g, '\n'));
          await press(page, 'button', 'Check the file');
          await waitForText(page, 'Check only, nothing written: 2 new, 0 changed, 0 already here, 5 not imported.');
          await waitForText(page, 'The last renewal is before the endorsed date.');
          assert.deepEqual(await axeViolations(page), [], 'after the check');
          await press(page, 'button', 'Import');
          await waitForText(page, 'Imported: 2 new, 0 changed, 0 already here, 5 not imported.');
          await byRole(page, 'button', 'Approve renewal of IMHS for Ana Ruiz');
          await press(page, 'button', 'Hide Ana Ruiz from the registry');
          await waitForText(page, 'Ana Ruiz is hidden from the registry.');
          assert.deepEqual(await axeViolations(page), [], 'with the list');
          assert.equal((await list()).find((p) => p.email === 'ana@example.org')?.hidden, true);
        } finally {
          await browser.close();
        }
      });

    if (kind === 'pglite')
      it('in the workspace, the coordinator asks for more information on a submitted renewal by roles and names, and the endorsee is mailed (needs pnpm build)', async () => {
        // A server of its own with an SMTP server, on the day the window is open: each endorsee is mailed a link.
        const smtp = await startSmtp();
        const mailing = await freshDatabase(kind);
        const day = new Date('2026-10-02T13:00:00.000Z');
        const renewing = await startTestServer(mailing, {
          smtpUrl: smtp.url,
          clock: () => day,
          programs: RENEWAL_PROGRAMS,
          jobPollMs: 3_600_000,
        });
        const browser = await launchChromium();
        try {
          const staff = await signedInCoordinator(renewing, 'coordinator@lakeside.example.org', 'lakeside-aimh');
          await staff.json('POST', '/admin/api/endorsees/import', { program: 'lakeside-aimh', csv: ENDORSEES_CSV });
          await renewing.jobs.runDue();
          await renewing.mailQueue.wake();
          await smtp.waitFor(4);
          const token = /\/renew\/#([A-Za-z0-9_-]{43})$/m.exec(mailsTo(smtp.mails, 'ana@example.org')[0]!.text ?? '')![1]!;
          const signature = { accepted: true, signedName: 'Ana Ruiz', signedOn: '2026-10-02' };
          const renewal = {
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
          assert.equal((await post(renewing, '/api/renewals/submit', { token, renewal })).status, 200);
          await renewing.mailQueue.wake();
          await smtp.waitFor(6);

          const page = await browser.newPage();
          await page.setBypassCSP(true); // only so that axe-core can be injected
          const [name = '', value = ''] = staff.cookie!.split('=');
          await page.setCookie({ name, value, url: renewing.url });
          await page.goto(new URL('/admin/endorsees', renewing.url).href);
          const ask = 'Ask Ana Ruiz for more information on IMHS';
          // Nothing written: the error summary says so, and nothing is sent.
          await press(page, 'button', ask);
          await waitForText(page, 'There is a problem');
          await waitForText(page, 'Write what is missing, for the endorsee to read');
          assert.deepEqual(await axeViolations(page), [], 'with the error summary');
          await fill(page, 'What Ana Ruiz should add to the IMHS renewal', 'Please add the dates of your RSC group.');
          await press(page, 'button', ask);
          await waitForText(page, 'Ana Ruiz is asked for more information on IMHS; a new link was mailed.');
          await renewing.mailQueue.wake();
          await smtp.waitFor(7);
          const asked = mailsTo(smtp.mails, 'ana@example.org').at(-1)!;
          assert.equal(asked.subject, 'Your Infant Mental Health Specialist Endorsement® renewal needs more information');
          assert.match(asked.text ?? '', /Please add the dates of your RSC group\./);
          assert.match(asked.text ?? '', /\/renew\/#[A-Za-z0-9_-]{43}$/m, 'with a new link');
          // Inactive and archive are buttons too, named by the category and the person.
          await press(page, 'button', 'Place IFS of Ben Cole inactive');
          await waitForText(page, 'Ben Cole: IFS is inactive.');
          await renewing.mailQueue.wake();
          await smtp.waitFor(8);
          const inactive = mailsTo(smtp.mails, 'ben@example.org');
          assert.deepEqual(
            inactive.map((m) => m.subject).filter((s) => /inactive/.test(s ?? '')),
            ['Your Infant Family Specialist Endorsement® is on inactive status'],
          );
          assert.match(inactive.at(-1)!.text ?? '', /inactive status until April 2, 2027/);
          const afterInactive = (await (await renewing.request('/registry/lakeside-aimh.json')).json()) as Registry;
          assert.deepEqual(afterInactive.categories.find((c) => c.code === 'IFS')?.entries, []);
          await press(page, 'button', 'Archive IFA of Dee Soto');
          await waitForText(page, 'Dee Soto: IFA is archived.');
          assert.equal(
            (await staff.json<EndorseeList>('GET', '/admin/api/endorsees')).endorsees.find((p) => p.email === 'dee@example.org')
              ?.categories[0]?.status,
            'archived',
          );
          // The registry's name and the fields Ana consented to, set from the page.
          await press(page, 'button', 'Registry details of Ana Ruiz');
          await fill(page, 'Name on the registry for Ana Ruiz', 'Ana Ruiz R.');
          await fill(page, 'Region of Ana Ruiz', 'North County');
          await (await byRole(page, 'checkbox', 'Ana Ruiz provides reflective supervision/consultation')).click();
          assert.deepEqual(await axeViolations(page), [], 'with the registry form');
          await press(page, 'button', 'Save the registry details of Ana Ruiz');
          await waitForText(page, 'Ana Ruiz: the registry details are saved.');
          const registry = (await (await renewing.request('/registry/lakeside-aimh.json')).json()) as Registry;
          assert.deepEqual(registry.categories.find((c) => c.code === 'IMHS')?.entries, [
            { name: 'Ana Ruiz R.', region: 'North County', providesRsc: true },
          ]);
          assert.deepEqual(await axeViolations(page), [], 'after the actions');
          await page.setViewport({ width: 320, height: 640 });
          assert.equal(await overflowsSideways(page), false, 'at 320 px');
        } finally {
          await browser.close();
          await renewing.close();
          await smtp.stop();
          mailing.cleanup();
        }
      });
  });
}
