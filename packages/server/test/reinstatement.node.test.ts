// Issue 21 point 4: reinstatement after removal starts an application that needs three NEW ratings.
// On PGlite and Postgres, on a moved clock, mails received by a real SMTP server: an endorsed
// decision, the removal, the reinstatement started from the removal mail's link (a GET changes
// nothing; the page's POST starts it), the old ratings refused, three new ones, endorsed again:
// the same category active again with new dates and back on the registry; each mail once.
import assert from 'node:assert/strict';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import type { ParsedMail } from 'mailparser';
import { APPLICANT_TOKEN_HEADER, type RaterInvitation } from '@endorsement-kit/sdk';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { axeViolations, byRole, launchChromium, overflowsSideways, press, waitForText } from '@endorsement-kit/test-kit/server/chromium.js';
import { loadCategory } from '../src/endorsees/endorsee-rows.js';
import { issueReinstatementLink } from '../src/endorsees/reinstatement-links.js';
import type { RecordDetail } from '../src/admin/api-types.js';
import type { EndorseeList, ImportReport, EndorseeView } from '../src/endorsees/endorsee-api-types.js';
import type { ReinstatementView } from '../src/endorsees/reinstatement-actions.js';
import type { Registry } from '../src/endorsees/registry-entries.js';
import { DATABASE_KINDS, freshDatabase, stopPostgres, type TestDatabase } from './support/databases.js';
import { signedInCoordinator, type CoordinatorClient } from './support/coordinator-client.js';
import { RENEWAL_PROGRAMS } from './support/endorsees.js';
import { asApplicant, completeAnswers, mailsTo, rater, raterInput, register, tokenOf, type Registered } from './support/references.js';
import { startSmtp, type TestSmtp } from './support/smtp.js';
import { post, startTestServer, type TestServer } from './support/test-server.js';

after(stopPostgres);

const ANA = 'ana.ruiz@example.org';
const IFS = 'Infant Family Specialist';

function reinstateToken(mail: ParsedMail): string {
  const match = /^https?:\/\/\S+\/reinstate\/#([A-Za-z0-9_-]{43})$/m.exec(mail.text ?? '');
  if (!match) throw new Error(`no reinstatement link in: ${mail.text}`);
  return match[1]!;
}

for (const kind of DATABASE_KINDS) {
  describe(`reinstatement on ${kind}`, () => {
    let database: TestDatabase;
    let smtp: TestSmtp;
    let server: TestServer;
    let coordinator: CoordinatorClient;
    let now: Date;
    beforeEach(async () => {
      database = await freshDatabase(kind);
      smtp = await startSmtp();
      now = new Date('2026-03-02T13:00:00.000Z');
      server = await startTestServer(database, {
        smtpUrl: smtp.url,
        publicUrl: 'https://endorse.example.org',
        clock: () => now,
        programs: RENEWAL_PROGRAMS,
        jobPollMs: 3_600_000,
      });
      coordinator = await signedInCoordinator(server, 'coordinator@alliance.example.org', 'alliance');
    });
    afterEach(async () => {
      await server.close();
      await smtp.stop();
      database.cleanup();
    });

    /** The mails to `address` whose subject matches, once the queue has sent them (bounded wait). */
    async function mailsMatching(address: string, subject: RegExp, count = 1): Promise<ParsedMail[]> {
      for (let i = 0; ; i++) {
        // Woken first, then looked for: a mail the wake sent is there at once, not after the wait.
        await server.mailQueue.wake();
        const found = mailsTo(smtp.mails, address).filter((m) => subject.test(m.subject ?? ''));
        if (found.length >= count) return found;
        if (i > 40) assert.fail(`expected ${count} mails to ${address} matching ${subject}; got ${found.length}`);
        await smtp.waitFor(smtp.mails.length + 1, 500).catch(() => undefined);
      }
    }

    /** Asks three raters (a supervisor, an RSC provider, a colleague) on `registration`; they submit all but `leave` of them. */
    async function rate(registration: Registered, prefix: string, leave = 0): Promise<string[]> {
      const tokens: string[] = [];
      for (const role of ['supervisor', 'rsc-provider', 'colleague']) {
        const email = `${prefix}-${role}@example.net`;
        const created = await asApplicant(server, registration, '', raterInput(`${prefix} ${role}`, email, role));
        assert.equal(created.status, 201, await created.clone().text());
        tokens.push(tokenOf((await mailsMatching(email, /./))[0]!));
      }
      for (const [i, token] of tokens.entries()) {
        if (i >= tokens.length - leave) break;
        const opened = (await (await rater(server, 'open', { token })).json()) as RaterInvitation;
        const items = opened.form.domains.flatMap((d) => d.items.map((item) => item.id));
        const role = (['supervisor', 'rsc-provider', 'colleague'] as const)[i]!;
        const submitted = await rater(server, 'submit', { token, answers: completeAnswers(items, 0, { relationship: role }) });
        assert.equal(submitted.status, 200, await submitted.clone().text());
      }
      return tokens;
    }

    const apply = (registration: Registered) =>
      post(server, '/api/applications', validApplication(), undefined, { [APPLICANT_TOKEN_HEADER]: registration.token });
    const ana = async () => (await coordinator.json<EndorseeList>('GET', '/admin/api/endorsees')).endorsees.filter((e) => e.email === ANA);
    const listed = async () =>
      ((await (await server.request('/registry/alliance.json')).json()) as Registry).categories.find((c) => c.code === 'IFS')!.entries;
    const reinstatement = (action: string, token: string) => post(server, `/api/reinstatements/${action}`, { token });

    it('removal → reinstatement started from the mail’s link → the old ratings do not count → three new ones → endorsed: active again and listed', async () => {
      // Endorsed in March 2026 on three ratings.
      const first = await register(server);
      await rate(first, 'old');
      const sent = await apply(first);
      assert.equal(sent.status, 201, await sent.clone().text());
      const { id: firstApplication } = (await sent.json()) as { id: string };
      await coordinator.json('POST', `/admin/api/records/${firstApplication}/status`, { status: 'endorsed' });
      assert.deepEqual(
        (await ana())[0]!.categories.map((c) => [c.code, c.status, c.endorsedOn, c.dueOn]),
        [['IFS', 'current', '2026-03-02', '2026-12-31']],
      );
      assert.deepEqual(await listed(), [{ name: 'Ana Ruiz' }]);

      // Not renewed: removed on 1 January 2027, mailed once with a link to start the reinstatement.
      now = new Date('2027-01-01T13:00:00.000Z');
      await server.jobs.runDue();
      const [removal] = await mailsMatching(ANA, /has left the registry/);
      const token = reinstateToken(removal!);
      assert.match(removal!.text ?? '', /To start your reinstatement, open this page/);
      assert.deepEqual(await listed(), []);
      assert.equal((await ana())[0]!.categories[0]!.status, 'lapsed');

      // A scanner's GET changes nothing; opening shows the rules and changes nothing either.
      const page = await server.request('/reinstate/');
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'; script-src 'self'/);
      assert.equal((await server.request('/reinstate/reinstate.js')).status, 200);
      const opened = (await (await reinstatement('open', token)).json()) as ReinstatementView;
      assert.deepEqual(
        [opened.state, opened.title, opened.button],
        ['available', `Reinstate your ${IFS} Endorsement®`, 'Start my reinstatement'],
      );
      assert.match(opened.paragraphs.join(' '), /It needs 3 new reference ratings/);
      assert.equal((await ana())[0]!.categories[0]!.reinstatement, null);
      assert.equal((await reinstatement('open', 'x'.repeat(43))).status, 404);

      // The page's POST starts it, once: a second press changes nothing and mails nothing.
      const started = (await (await reinstatement('start', token)).json()) as ReinstatementView;
      assert.deepEqual(
        [started.state, started.status],
        ['started', 'Your reinstatement started on January 1, 2027. We mailed you what to do next.'],
      );
      assert.equal(((await (await reinstatement('start', token)).json()) as ReinstatementView).state, 'started');
      const [told] = await mailsMatching(ANA, /reinstatement .* has started/);
      assert.equal(told!.subject, `Your reinstatement of the ${IFS} Endorsement® has started`);
      assert.match(told!.text ?? '', /ask for 3 new reference ratings: ratings given before January 1, 2027 do not count/);
      assert.deepEqual((await ana())[0]!.categories[0]!.reinstatement, {
        startedOn: '2027-01-01',
        startedBy: 'endorsee',
        registration: null,
      });

      // The old registration's ratings do not count, with its token or without.
      now = new Date('2027-01-04T13:00:00.000Z');
      for (const refused of [await apply(first), await post(server, '/api/applications', validApplication())]) {
        assert.equal(refused.status, 422);
        const { issues } = (await refused.json()) as { issues: { code: string; path: string[]; message: string }[] };
        assert.deepEqual([issues[0]!.code, issues[0]!.path], ['ratings_pending', ['references']]);
        assert.match(
          issues[0]!.message,
          /A reinstatement needs 3 new reference ratings.*: 0 count so far\. Ratings given before do not count\./,
        );
      }

      // Registered again: the reinstatement's registration. Two new ratings are not enough; three are.
      const second = await register(server);
      // The registration is marked as the reinstatement's on its record page; the first one is not.
      const record = (id: string) => coordinator.json<RecordDetail>('GET', `/admin/api/records/${id}`);
      assert.deepEqual((await record(second.id)).reinstatement, {
        startedOn: '2027-01-01',
        startedBy: 'endorsee',
        state: 'started',
        ratings: 3,
      });
      assert.equal((await record(first.id)).reinstatement, undefined);
      assert.equal((await ana())[0]!.categories[0]!.reinstatement?.registration?.length, 13);
      await rate(second, 'new', 1);
      const short = await apply(second);
      assert.equal(short.status, 422);
      assert.match(((await short.json()) as { issues: { message: string }[] }).issues[0]!.message, /Rating forms still to count: 1\./);
      const third = mailsTo(smtp.mails, 'new-colleague@example.net')[0]!;
      const opened3 = (await (await rater(server, 'open', { token: tokenOf(third) })).json()) as RaterInvitation;
      const items = opened3.form.domains.flatMap((d) => d.items.map((item) => item.id));
      assert.equal(
        (await rater(server, 'submit', { token: tokenOf(third), answers: completeAnswers(items, 0, { relationship: 'colleague' }) }))
          .status,
        200,
      );
      const accepted = await apply(second);
      assert.equal(accepted.status, 201, await accepted.clone().text());
      const { id: application } = (await accepted.json()) as { id: string };

      // Endorsed: the same person and category, active again with new dates, back on the registry.
      now = new Date('2027-02-10T13:00:00.000Z');
      await coordinator.json('POST', `/admin/api/records/${application}/status`, { status: 'endorsed' });
      assert.equal((await record(application)).reinstatement?.state, 'endorsed');
      const after = await ana();
      assert.equal(after.length, 1, 'one endorsee, not a second');
      assert.deepEqual(
        after[0]!.categories.map((c) => [c.code, c.status, c.endorsedOn, c.dueOn, c.reinstatement]),
        [['IFS', 'current', '2027-02-10', '2027-12-31', null]],
      );
      assert.deepEqual(await listed(), [{ name: 'Ana Ruiz' }]);
      const [reinstated] = await mailsMatching(ANA, /is reinstated/);
      assert.match(reinstated!.text ?? '', /back on the registry\. Your next renewal is due by December 31, 2027\./);

      // Each mail of the calendar and of the reinstatement once; the old link has expired by April.
      await server.mailQueue.wake();
      for (const subject of [/has left the registry/, /has started/, /is reinstated/])
        assert.equal(mailsTo(smtp.mails, ANA).filter((m) => subject.test(m.subject ?? '')).length, 1, String(subject));
      now = new Date('2027-04-01T13:00:00.000Z');
      const gone = await reinstatement('open', token);
      assert.deepEqual([gone.status, ((await gone.json()) as { error: string }).error], [410, 'link_expired']);
    });

    it('the coordinator starts a lapsed category’s reinstatement from the Endorsees page; not a current one, nor past the program’s months', async () => {
      const lakeside = await signedInCoordinator(server, 'coordinator@lakeside.example.org', 'lakeside-aimh');
      const csv =
        'name,email,categories,endorsed_on,last_renewal\nEve Lund,eve@example.org,IFS IMHS,2018-03-01,2023-11-01\nGus Ray,gus@example.org,IFS,2020-01-01,2025-12-01';
      const report = await lakeside.json<ImportReport>('POST', '/admin/api/endorsees/import', { program: 'lakeside-aimh', csv });
      assert.equal(report.counts.created, 2);
      const people = (await lakeside.json<EndorseeList>('GET', '/admin/api/endorsees')).endorsees;
      const eve = people.find((p) => p.email === 'eve@example.org')!;
      const gus = people.find((p) => p.email === 'gus@example.org')!;
      const current = await lakeside.request('POST', `/admin/api/endorsees/${gus.id}/categories/IFS/reinstatement`, {});
      assert.deepEqual([current.status, ((await current.json()) as { error: string }).error], [409, 'not_lapsed']);
      const view = await lakeside.json<EndorseeList['endorsees'][number]>(
        'POST',
        `/admin/api/endorsees/${eve.id}/categories/IFS/reinstatement`,
        {},
      );
      assert.deepEqual(view.categories.find((c) => c.code === 'IFS')!.reinstatement, {
        startedOn: '2026-03-02',
        startedBy: 'coordinator:coordinator@lakeside.example.org',
        registration: null,
      });
      await lakeside.json('POST', `/admin/api/endorsees/${eve.id}/categories/IFS/reinstatement`, {});
      const [mail] = await mailsMatching('eve@example.org', /has started/);
      assert.equal(mail!.subject, `Your reinstatement of the ${IFS} Endorsement® has started`);
      assert.equal(mailsTo(smtp.mails, 'eve@example.org').length, 1, 'started twice, mailed once');
      await server.close();
      // A program that allows reinstatement within 12 months of the lapse refuses Eve's IMHS (lapsed 2025).
      const [lake, ...rest] = RENEWAL_PROGRAMS!;
      const strict = {
        ...lake!,
        program: { ...lake!.program, renewal: { ...lake!.program.renewal, reinstatement: { withinMonths: 12, ratings: 3 } } },
      };
      server = await startTestServer(database, { smtpUrl: smtp.url, clock: () => now, programs: [strict, ...rest], jobPollMs: 3_600_000 });
      const again = await signedInCoordinator(server, 'second@lakeside.example.org', 'lakeside-aimh');
      const late = await again.request('POST', `/admin/api/endorsees/${eve.id}/categories/IMHS/reinstatement`, {});
      assert.deepEqual([late.status, ((await late.json()) as { error: string }).error], [409, 'reinstatement_too_late']);
    });

    if (kind === 'pglite')
      it('in Chromium by roles and names: the endorsee starts it on the page (English and Spanish), the coordinator from the Endorsees page; axe, 320 px (needs pnpm build)', async () => {
        const lakeside = await signedInCoordinator(server, 'coordinator@lakeside.example.org', 'lakeside-aimh');
        const csv = [
          'name,email,categories,endorsed_on,last_renewal,display_name,language',
          'Eve Lund,eve@example.org,IFS IMHS,2018-03-01,2023-11-01,,en',
          'Flor Paz,flor@example.org,IFS,2018-03-01,2023-11-01,,es',
        ].join('\n');
        await lakeside.json('POST', '/admin/api/endorsees/import', { program: 'lakeside-aimh', csv });
        const people = (await lakeside.json<EndorseeList>('GET', '/admin/api/endorsees')).endorsees;
        const link = async (email: string) => {
          const { rows } = await server.db.query<{ id: string }>(
            "select c.id from endorsee_categories c join endorsees e on e.id = c.endorsee_id where e.email = $1 and c.category = 'IFS'",
            [email],
          );
          const token = await server.db.transaction(async (tx) => issueReinstatementLink(tx, (await loadCategory(tx, rows[0]!.id))!, now));
          return new URL(`/reinstate/#${token}`, server.url).href;
        };
        const browser = await launchChromium();
        try {
          const page = await browser.newPage();
          await page.setBypassCSP(true); // only so that axe-core can be injected
          await page.goto(await link('eve@example.org'));
          await byRole(page, 'heading', `Reinstate your ${IFS} Endorsement®`);
          await waitForText(page, 'It needs 3 new reference ratings; the reinstatement fee is $50.');
          assert.equal(await page.evaluate(() => location.hash), '', 'the token leaves the address bar');
          assert.equal(people.find((p) => p.email === 'eve@example.org')!.categories[0]!.reinstatement, null);
          assert.deepEqual(await axeViolations(page), [], 'before starting');
          await press(page, 'button', 'Start my reinstatement');
          await waitForText(page, 'Your reinstatement started on March 2, 2026. We mailed you what to do next.');
          const [mail] = await mailsMatching('eve@example.org', /has started/);
          assert.equal(mail!.subject, `Your reinstatement of the ${IFS} Endorsement® has started`);
          assert.deepEqual(await axeViolations(page), [], 'started');
          await page.setViewport({ width: 320, height: 640 });
          assert.equal(await overflowsSideways(page), false, 'at 320 px');

          await page.goto(await link('flor@example.org'));
          await byRole(page, 'heading', 'Restablezca su Respaldo® Especialista en Familias con Infantes');
          await byRole(page, 'button', 'Iniciar mi restablecimiento');
          assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
          assert.deepEqual(await axeViolations(page), [], 'in Spanish');
          assert.equal(await overflowsSideways(page), false, 'in Spanish at 320 px');

          // The coordinator starts Eve's other lapsed category from the Endorsees page.
          await page.setViewport({ width: 1280, height: 800 });
          const [name = '', value = ''] = lakeside.cookie!.split('=');
          await page.setCookie({ name, value, url: server.url });
          await page.goto(new URL('/admin/endorsees', server.url).href);
          await waitForText(page, 'reinstatement started on 2026-03-02');
          await press(page, 'button', 'Start the reinstatement of IMHS for Eve Lund');
          await waitForText(page, 'Eve Lund: the reinstatement of IMHS started; they were mailed what to do.');
          await mailsMatching('eve@example.org', /has started/, 2);
          const eve = (await lakeside.json<EndorseeList>('GET', '/admin/api/endorsees')).endorsees.find(
            (p) => p.email === 'eve@example.org',
          )!;
          assert.deepEqual(
            eve.categories.map((c: EndorseeView['categories'][number]) => [c.code, c.reinstatement?.startedBy]),
            [
              ['IFS', 'endorsee'],
              ['IMHS', 'coordinator:coordinator@lakeside.example.org'],
            ],
          );
          assert.deepEqual(await axeViolations(page), [], 'the Endorsees page');
          // Eve registers again: her registration's record page says it is the reinstatement's.
          const again = await register(server, {
            program: 'lakeside-aimh',
            applicant: { ...validRegistration().applicant, givenName: 'Eve', familyName: 'Lund', email: 'eve@example.org' },
          });
          await page.goto(new URL(`/admin/records/${again.id}`, server.url).href);
          await waitForText(page, 'it needs 3 new reference ratings, and only ratings received since count.');
          assert.deepEqual(await axeViolations(page), [], 'the record page');
        } finally {
          await browser.close();
        }
      });
  });
}
