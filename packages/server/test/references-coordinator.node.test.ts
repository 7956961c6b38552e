// Issue 18: the coordinator's side of reference ratings (every answer, validity, flags, the mail
// log and the audit; resend, change address, cancel, exclude, vet), on PGlite and on Postgres.
import assert from 'node:assert/strict';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { programs, type RaterInvitation, type ReferenceList } from '@endorsement-kit/sdk';
import { validApplication } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import type { CoordinatorReferences } from '../src/admin/reference-api-types.js';
import { signedInCoordinator, type CoordinatorClient } from './support/coordinator-client.js';
import { DATABASE_KINDS, freshDatabase, stopPostgres, type TestDatabase } from './support/databases.js';
import { asApplicant, completeAnswers, mailsTo, rater, raterInput, register, tokenOf, type Registered } from './support/references.js';
import { startSmtp, type TestSmtp } from './support/smtp.js';
import { DEFAULT_PROGRAMS, post, startTestServer, type TestServer } from './support/test-server.js';
import type { RecordDetail } from '../src/admin/api-types.js';

after(stopPostgres);

const START = new Date('2026-03-02T10:00:00.000Z');

for (const kind of DATABASE_KINDS) {
  describe(`the coordinator and reference ratings on ${kind}`, () => {
    let database: TestDatabase;
    let smtp: TestSmtp;
    let server: TestServer;
    let coordinator: CoordinatorClient;
    let registration: Registered;
    let now: Date;
    beforeEach(async () => {
      database = await freshDatabase(kind);
      smtp = await startSmtp();
      now = START;
      server = await startTestServer(database, { smtpUrl: smtp.url, clock: () => now });
      coordinator = await signedInCoordinator(server, 'coordinator@alliance.example.org', 'alliance');
      registration = await register(server);
    });
    afterEach(async () => {
      await server.close();
      await smtp.stop();
      database.cleanup();
    });

    /** The same database behind a server whose alliance program takes the application before the ratings, and these settings. */
    let restarts = 0;
    async function restart(references: Record<string, unknown>) {
      await server.close();
      const alliance = { ...programs.alliance, references: { ...programs.alliance.references, submitBeforeRatings: true, ...references } };
      const others = DEFAULT_PROGRAMS!.filter((entry) => entry.program.id !== 'alliance');
      const entry = { ...DEFAULT_PROGRAMS!.find((e) => e.program.id === 'alliance')!, program: alliance };
      server = await startTestServer(database, { smtpUrl: smtp.url, clock: () => now, programs: [entry, ...others] });
      coordinator = await signedInCoordinator(server, `coordinator${++restarts}@alliance.example.org`, 'alliance');
    }

    async function ask(name: string, email: string, role = 'supervisor', extra: Record<string, unknown> = {}) {
      const created = await asApplicant(server, registration, '', raterInput(name, email, role, extra));
      assert.equal(created.status, 201);
      const { id } = (await created.json()) as { id: string };
      for (let i = 0; mailsTo(smtp.mails, email).length === 0; i++) {
        if (i > 50) assert.fail(`no mail to ${email}`);
        await smtp.waitFor(smtp.mails.length + 1, 5000).catch(() => undefined);
      }
      return { id, token: tokenOf(mailsTo(smtp.mails, email).at(-1)!) };
    }

    async function submit(token: string, nei = 0, overrides = {}) {
      const opened = (await (await rater(server, 'open', { token })).json()) as RaterInvitation;
      const items = opened.form.domains.flatMap((d) => d.items.map((item) => item.id));
      const response = await rater(server, 'submit', { token, answers: completeAnswers(items, nei, overrides) });
      assert.equal(response.status, 200, await response.clone().text());
    }

    const references = () => coordinator.json<CoordinatorReferences>('GET', `/admin/api/records/${registration.id}/references`);
    const path = (id: string, action: string) => `/admin/api/records/${registration.id}/references/${id}/${action}`;

    it('sees each answer, the validity, the flags, the mail log and the audit; the slots follow the counted forms', async () => {
      const lee = await ask('Lee Park', 'lee@example.net');
      const sam = await ask('Sam Ortiz', 'sam@example.net', 'rsc-provider');
      await submit(lee.token, 0, { knownMonths: 6, recommendation: 'do-not-recommend' });
      await submit(sam.token, 6, { relationship: 'rsc-provider', endorsement: 'not-endorsed' });
      const seen = await references();
      const [first, second] = seen.requests;
      assert.equal(first!.counted, true);
      assert.deepEqual(first!.flags, ['known-briefly', 'recommendation']);
      assert.equal(first!.answers?.organization, 'Bright Start');
      assert.equal(second!.counted, false);
      assert.equal(second!.notEnoughInformation, 6);
      assert.deepEqual(second!.flags, ['not-enough-information']);
      assert.deepEqual(
        first!.mails.map((mail) => mail.purpose),
        ['rater-request', 'applicant-reference-sent', 'rater-thanks', 'applicant-reference-submitted'],
      );
      assert.deepEqual(
        first!.audit.map((entry) => [entry.actor, entry.action]),
        [
          ['applicant', 'created'],
          ['rater', 'submitted'],
        ],
      );
      assert.deepEqual(
        seen.slots.map((slot) => [slot.id, slot.met]),
        [
          ['supervisor', true],
          ['rsc-provider', false],
          ['endorsed', true],
        ],
      );
    });

    it("counts only submitted, counted forms in an application's requirement summary and the CSV (an excluded one no longer)", async () => {
      const lee = await ask('Lee Park', 'lee@example.net');
      const sam = await ask('Sam Ortiz', 'sam@example.net', 'rsc-provider');
      const kim = await ask('Kim Yu', 'kim@example.net', 'colleague');
      await submit(lee.token);
      await submit(sam.token, 0, { relationship: 'rsc-provider' });
      await submit(kim.token, 0, { relationship: 'colleague' });
      const sent = await post(server, '/api/applications', validApplication());
      assert.equal(sent.status, 201, await sent.clone().text());
      const { id } = (await sent.json()) as { id: string };
      const stateOf = async (requirement: string) =>
        (await coordinator.json<RecordDetail>('GET', `/admin/api/records/${id}`)).requirements?.items.find((r) => r.id === requirement)
          ?.state;
      assert.equal(await stateOf('references'), 'met');

      await coordinator.json('POST', path(kim.id, 'exclude'), { excluded: true });
      assert.equal(await stateOf('references'), 'missing');
      const csv = await (await coordinator.request('GET', '/admin/api/export.csv')).text();
      const row = csv.split('\n').find((line) => line.startsWith(id));
      assert.match(row ?? '', /missing: /, 'the CSV says the references are missing');
    });

    it('excludes a submitted form (kept and audited; the applicant sees it does not count) and vets a non-endorsed rater', async () => {
      const lee = await ask('Lee Park', 'lee@example.net');
      await submit(lee.token, 0, { endorsement: 'not-endorsed' });
      assert.deepEqual(
        (await references()).slots.find((slot) => slot.id === 'endorsed'),
        { id: 'endorsed', label: 'An endorsed professional (or a rater the association vetted)', have: 0, need: 1, met: false },
      );
      await coordinator.json('POST', path(lee.id, 'vetted'), { vetted: true });
      assert.equal((await references()).slots.find((slot) => slot.id === 'endorsed')!.met, true);

      await coordinator.json('POST', path(lee.id, 'exclude'), { excluded: true });
      const seen = (await references()).requests[0]!;
      assert.equal(seen.excluded, true);
      assert.ok(seen.answers, 'an excluded form is kept');
      assert.deepEqual(
        seen.audit.map((entry) => entry.action),
        ['created', 'submitted', 'vetted', 'excluded'],
      );
      assert.equal(seen.audit[3]!.actor, 'coordinator:coordinator@alliance.example.org');
      const list = (await (await asApplicant(server, registration, '')).json()) as ReferenceList;
      assert.equal(list.requests[0]!.counts, false);
    });

    it('once the application is submitted only the coordinator may withdraw or replace a rater, unless the program allows the applicant', async () => {
      await restart({});
      const lee = await ask('Lee Park', 'lee@example.net');
      const sam = await ask('Sam Ortiz', 'sam@example.net');
      now = new Date(START.getTime() + 60_000);
      assert.equal((await post(server, '/api/applications', validApplication())).status, 201);

      const refused = await asApplicant(server, registration, `/${lee.id}/cancel`, {
        replaceWith: raterInput('Kim Lee', 'kim@example.net', 'colleague'),
      });
      assert.equal(refused.status, 409);
      assert.equal(((await refused.json()) as { error: string }).error, 'application_submitted');
      assert.equal((await asApplicant(server, registration, `/${lee.id}/cancel`, {})).status, 409);
      const list = (await (await asApplicant(server, registration, '')).json()) as ReferenceList;
      assert.deepEqual(
        list.requests.map((r) => [r.name, r.state]),
        [
          ['Lee Park', 'invited'],
          ['Sam Ortiz', 'invited'],
        ],
      );

      await coordinator.json('POST', path(lee.id, 'cancel'), {});
      assert.equal((await references()).requests.find((r) => r.id === lee.id)!.state, 'cancelled');

      await restart({ applicantMayReplaceAfterSubmit: true });
      const allowed = await asApplicant(server, registration, `/${sam.id}/cancel`, {});
      assert.equal(allowed.status, 200, await allowed.clone().text());
    });

    it('releases a submitted, unwaived form to the applicant only when the program says on-request: audited once, the applicant mailed', async () => {
      const lee = await ask('Lee Park', 'lee@example.net');
      const sam = await ask('Sam Ortiz', 'sam@example.net', 'colleague', { waiveRight: false });
      await submit(lee.token);
      await submit(sam.token);
      const release = async (id: string) => {
        const response = await coordinator.request('POST', path(id, 'release'), {});
        return { status: response.status, code: response.ok ? 'ok' : ((await response.json()) as { error: string }).error };
      };
      assert.deepEqual(await release(sam.id), { status: 409, code: 'release_not_offered' });
      assert.equal((await references()).releaseOffered, false, 'the workspace offers no release button');

      await restart({ unwaivedRelease: 'on-request' });
      assert.equal((await references()).releaseOffered, true, 'the workspace offers the release button');
      const kim = await ask('Kim Lee', 'kim@example.net', 'colleague', { waiveRight: false });
      assert.deepEqual(await release(lee.id), { status: 409, code: 'waived' });
      assert.deepEqual(await release(kim.id), { status: 409, code: 'not_submitted' });
      assert.deepEqual(await release(sam.id), { status: 200, code: 'ok' });
      assert.deepEqual(await release(sam.id), { status: 409, code: 'already_released' });

      const seen = (await references()).requests.find((r) => r.id === sam.id)!;
      const released = seen.audit.filter((entry) => entry.action === 'released');
      assert.deepEqual(
        released.map((entry) => entry.actor),
        [`coordinator:coordinator${restarts}@alliance.example.org`],
      );
      const releasedMail = () => mailsTo(smtp.mails, 'ana.ruiz@example.org').find((mail) => /^You may ask/.test(mail.subject ?? ''));
      for (let i = 0; !releasedMail(); i++) {
        if (i > 50) assert.fail('no release mail to the applicant');
        await smtp.waitFor(smtp.mails.length + 1, 5000).catch(() => undefined);
      }
      const mail = releasedMail()!;
      assert.equal(mail.subject, 'You may ask for the reference rating from Sam Ortiz');
      assert.equal(mailsTo(smtp.mails, 'ana.ruiz@example.org').filter((m) => /^You may ask/.test(m.subject ?? '')).length, 1);
      assert.match(mail.text || '', /Reply to your coordinator to ask for a copy: they send it to you themselves\./);
      assert.doesNotMatch(mail.text || '', /Lee Park/);
    });

    it('resends at any time, changes the address (the old link dies) and cancels', async () => {
      const lee = await ask('Lee Park', 'lee@typo.example.net');
      await coordinator.json('POST', path(lee.id, 'resend'), {});
      await coordinator.json('POST', path(lee.id, 'address'), { email: 'lee@example.net' });
      assert.equal((await rater(server, 'open', { token: lee.token })).status, 410);
      for (let i = 0; mailsTo(smtp.mails, 'lee@example.net').length === 0; i++) {
        if (i > 50) assert.fail('no mail to the new address');
        await smtp.waitFor(smtp.mails.length + 1, 5000).catch(() => undefined);
      }
      const fresh = tokenOf(mailsTo(smtp.mails, 'lee@example.net').at(-1)!);
      assert.equal((await rater(server, 'open', { token: fresh })).status, 200);
      await coordinator.json('POST', path(lee.id, 'cancel'), {});
      assert.equal((await rater(server, 'open', { token: fresh })).status, 410);
      const seen = (await references()).requests[0]!;
      assert.equal(seen.state, 'cancelled');
      assert.deepEqual(
        seen.audit.map((entry) => entry.action),
        ['created', 'resent', 'address-changed', 'cancelled'],
      );
      assert.equal((await coordinator.request('POST', path(lee.id, 'exclude'), { excluded: true })).status, 409);
    });

    it('another program’s coordinator finds nothing', async () => {
      const other = await signedInCoordinator(server, 'coordinator@first5.example.org', 'first5-alabama');
      assert.equal((await other.request('GET', `/admin/api/records/${registration.id}/references`)).status, 404);
    });
  });
}
