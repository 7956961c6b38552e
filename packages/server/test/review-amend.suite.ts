// Issue 19, point 5, through the receiver's API, run on PGlite and on a real Postgres by
// review-amend-*.node.test.ts: after "more information needed" or a deferral the applicant's mail
// carries a personal amend link; opening it changes nothing; sending it keeps the amended
// application as the next version of the same record, back in the queue; a used, replaced, expired
// or wrong link is a clear 4xx.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ParsedMail } from 'mailparser';
import { programs, type Application } from '@endorsement-kit/sdk';
import { validApplication } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { freshDatabase, type DatabaseKind, type TestDatabase } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { signedInCoordinator, type CoordinatorClient } from './support/coordinator-client.js';
import { startSmtp, type TestSmtp } from './support/smtp.js';
import { post, startTestServer, type TestServer } from './support/test-server.js';

const DAY = 86_400_000;
const dayAfter = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
// Review cycles around today: the first closes in 10 days, the next in 100 (decided 60 days later).
const CYCLES = [dayAfter(10), dayAfter(100)];
const DECIDED = { [CYCLES[1]!]: dayAfter(160) };
const longDay = (day: string) => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
const recipient = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text;
const applicationOf = (email: string) =>
  ({ ...validApplication(), program: 'alliance', applicant: { ...validApplication().applicant, email } }) as Application;

export function reviewAmendSuite(kind: DatabaseKind): void {
  describe(`amend and resubmit on ${kind}`, () => {
    let database: TestDatabase;
    let server: TestServer;
    let smtp: TestSmtp;
    let alliance: CoordinatorClient;
    let offset = 0;
    const amend = (action: 'open' | 'submit', body: unknown) =>
      server.request(`/api/applications/amend/${action}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    /** The amend token of the nth mail to this address whose subject matches, and the mail's text. */
    const mailedLink = (address: string, subject: RegExp, count = 1) =>
      eventually(async () => {
        const found = smtp.mails.filter((mail) => recipient(mail) === address && subject.test(mail.subject ?? ''));
        assert.ok(found.length >= count, `${count} mail(s) to ${address}; have ${smtp.mails.map((m) => m.subject).join(' | ')}`);
        const text = found[count - 1]!.text ?? '';
        const token = /^https?:\/\/[^\s]+\/amend\/#([\w-]{43})$/m.exec(text)?.[1];
        assert.ok(token, text);
        return { token, text };
      });
    const statusOf = async (id: string) => (await (await server.request(`/api/applications/${id}`)).json()).status;
    const versionsOf = async (id: string) =>
      (
        await server.db.query<{ version: number; payload: unknown }>(
          'select version, payload from application_versions where record_id = $1 order by version',
          [id],
        )
      ).rows.map((row) => ({ version: row.version, payload: typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload }));

    before(async () => {
      database = await freshDatabase(kind);
      smtp = await startSmtp();
      server = await startTestServer(database, {
        smtpUrl: smtp.url,
        programs: [
          {
            program: programs.alliance,
            origins: [],
            coordinatorEmail: 'coordinator@alliance.example.org',
            reviewDates: CYCLES,
            decidedBy: DECIDED,
          },
        ],
        clock: () => new Date(Date.now() + offset),
      });
      alliance = await signedInCoordinator(server, 'staff@alliance.example.org', 'alliance');
    });
    after(async () => {
      await server.close();
      await smtp.stop();
      database.cleanup();
    });

    it('mails the link on its own line; three opens change nothing; the resubmission is version 2 of the same record, back to received', async () => {
      const first = applicationOf('amend.ana@example.org');
      const id = (await (await post(server, '/api/applications', first)).json()).id;
      await alliance.json('POST', `/admin/api/records/${id}/status`, {
        status: 'more_information_needed',
        message: 'Please add your RSC hours.',
      });
      const { token, text } = await mailedLink('amend.ana@example.org', /more information needed/);
      assert.match(text, /open this personal link \(it works once, for 60 days\):\n/);

      for (let i = 0; i < 3; i++) {
        const opened = await amend('open', { token });
        assert.equal(opened.status, 200);
        const body = await opened.json();
        assert.deepEqual([body.id, body.status, body.message], [id, 'more_information_needed', 'Please add your RSC hours.']);
        assert.deepEqual(body.application, first);
        assert.deepEqual([body.program.id, body.locale], ['alliance', 'en']);
      }
      assert.equal(await statusOf(id), 'more_information_needed');
      assert.deepEqual(await versionsOf(id), []);

      const amended = { ...first, applicant: { ...first.applicant, givenName: 'Anabel' } };
      const submitted = await amend('submit', { token, application: amended });
      assert.equal(submitted.status, 200);
      const receipt = await submitted.json();
      assert.deepEqual([receipt.id, receipt.status, receipt.version], [id, 'received', 2]);
      assert.equal(await statusOf(id), 'received');
      const versions = await versionsOf(id);
      assert.deepEqual(
        versions.map((v) => [v.version, v.payload.applicant.givenName]),
        [
          [1, first.applicant.givenName],
          [2, 'Anabel'],
        ],
      );
      const record = await alliance.json('GET', `/admin/api/records/${id}`);
      assert.equal(JSON.stringify(record).includes('Anabel'), true);
      // The workspace lists the versions and what changed from version 1 to version 2, field by field.
      const listed = await alliance.json('GET', `/admin/api/records/${id}/versions`);
      assert.deepEqual(
        listed.versions.map((v: { version: number }) => v.version),
        [1, 2],
      );
      assert.deepEqual(listed.changes, [{ path: 'applicant.givenName', before: first.applicant.givenName, after: 'Anabel' }]);

      // The link closed: opening or sending it again is a 410, and nothing changes.
      const again = await amend('submit', { token, application: amended });
      assert.deepEqual([again.status, (await again.json()).error], [410, 'link_closed']);
      assert.deepEqual([(await amend('open', { token })).status], [410]);
      assert.equal((await versionsOf(id)).length, 2);

      // A deferral after the resubmission mails a new link: the third version joins the same record.
      await alliance.json('POST', `/admin/api/records/${id}/status`, { status: 'deferred', message: 'Next cycle, please.' });
      const next = await mailedLink('amend.ana@example.org', /deferred/);
      assert.equal((await amend('submit', { token: next.token, application: first })).status, 200);
      assert.deepEqual(
        (await versionsOf(id)).map((v) => v.version),
        [1, 2, 3],
      );
      const third = await alliance.json('GET', `/admin/api/records/${id}/versions`);
      assert.deepEqual(third.changes, [{ path: 'applicant.givenName', before: 'Anabel', after: first.applicant.givenName }]);

      // A data request's download has every version; its deletion takes them all with the record.
      const whole = await (await alliance.request('GET', `/admin/api/records/${id}/export`)).json();
      assert.deepEqual(
        whole.versions.map((v: { version: number; payload: Application }) => [v.version, v.payload.applicant.givenName]),
        [
          [1, first.applicant.givenName],
          [2, 'Anabel'],
          [3, first.applicant.givenName],
        ],
      );
      assert.equal((await alliance.request('DELETE', `/admin/api/records/${id}`)).status, 200);
      assert.deepEqual(await versionsOf(id), []);
    });

    it('mails the link in Spanish, replaces an older link, refuses an invalid application and keeps the link open', async () => {
      const application = applicationOf('amend.eva@example.org');
      const id = (await (await post(server, '/api/applications', application, undefined, { 'accept-language': 'es' })).json()).id;
      await alliance.json('POST', `/admin/api/records/${id}/status`, { status: 'more_information_needed', message: 'Faltan horas.' });
      const old = await mailedLink('amend.eva@example.org', /^Su solicitud de Respaldo: /);
      assert.match(old.text, /abra este enlace personal \(funciona una vez, durante 60 días\):\n/);
      await alliance.json('POST', `/admin/api/records/${id}/status`, { status: 'deferred', message: 'Próximo ciclo.' });
      const current = await mailedLink('amend.eva@example.org', /^Su solicitud de Respaldo: /, 2);
      assert.notEqual(current.token, old.token);
      const replaced = await amend('open', { token: old.token });
      assert.deepEqual([replaced.status, (await replaced.json()).error], [404, 'invalid_link']);

      const invalid = await amend('submit', {
        token: current.token,
        application: { ...application, applicant: { ...application.applicant, email: 'not-an-email' } },
      });
      assert.equal(invalid.status, 422);
      assert.ok((await invalid.json()).issues.length > 0);
      const moved = await amend('submit', { token: current.token, application: { ...application, program: 'first5-alabama' } });
      assert.equal(moved.status, 422);
      assert.equal((await amend('open', { token: current.token })).status, 200);
      assert.equal(await statusOf(id), 'deferred');
      assert.deepEqual(await alliance.json('GET', `/admin/api/records/${id}/versions`), { versions: [], changes: [] });
      assert.equal((await alliance.request('GET', `/admin/api/records/${crypto.randomUUID()}/versions`)).status, 404);
    });

    it('joins the review cycle of the day it is sent again: the list, the count, the status lookup and both mails say so', async () => {
      const first = applicationOf('amend.kim@example.org');
      const sent = await (await post(server, '/api/applications', first)).json();
      const listed = async () =>
        (await alliance.json('GET', '/admin/api/records?kind=application')) as {
          items: { id: string; cycle: string | null; receivedAt: string }[];
          cycles: { submittedBy: string; counts: { application: number } }[];
        };
      const before = await listed();
      assert.equal(before.items.find((item) => item.id === sent.id)?.cycle, CYCLES[0]);
      assert.deepEqual((await (await server.request(`/api/applications/${sent.id}`)).json()).cycle, { submittedBy: CYCLES[0] });

      await alliance.json('POST', `/admin/api/records/${sent.id}/status`, { status: 'more_information_needed', message: 'Add hours.' });
      const { token } = await mailedLink('amend.kim@example.org', /more information needed/);
      offset = 30 * DAY; // past the first cycle's date
      try {
        const submitted = await amend('submit', { token, application: first });
        assert.equal(submitted.status, 200);
      } finally {
        offset = 0;
      }
      const after = await listed();
      const item = after.items.find((entry) => entry.id === sent.id);
      assert.equal(item?.cycle, CYCLES[1]);
      // The day it was first received stays (fees and the rules in force count from it).
      assert.equal(item?.receivedAt, before.items.find((entry) => entry.id === sent.id)?.receivedAt);
      const count = (list: Awaited<ReturnType<typeof listed>>, date: string) =>
        list.cycles.find((cycle) => cycle.submittedBy === date)?.counts.application;
      assert.deepEqual(
        [count(after, CYCLES[0]!)! - count(before, CYCLES[0]!)!, count(after, CYCLES[1]!)! - count(before, CYCLES[1]!)!],
        [-1, 1],
      );
      const filtered = (await alliance.json('GET', `/admin/api/records?cycle=${CYCLES[1]}`)) as { items: { id: string }[] };
      assert.ok(filtered.items.some((entry) => entry.id === sent.id));
      assert.deepEqual((await (await server.request(`/api/applications/${sent.id}`)).json()).cycle, {
        submittedBy: CYCLES[1],
        decidedBy: DECIDED[CYCLES[1]!],
      });

      const thanks = await eventually(async () => {
        const mail = smtp.mails.find(
          (m) => recipient(m) === 'amend.kim@example.org' && /changed endorsement application/.test(m.subject ?? ''),
        );
        assert.ok(mail);
        return mail;
      });
      assert.match(thanks.text ?? '', /version 2\./);
      assert.ok(
        (thanks.text ?? '').includes(
          `It joins the review cycle of applications submitted by ${longDay(CYCLES[1]!)}, decided by ${longDay(DECIDED[CYCLES[1]!]!)}.`,
        ),
        thanks.text,
      );
      const notice = await eventually(async () => {
        const mail = smtp.mails.find(
          (m) =>
            recipient(m) === 'coordinator@alliance.example.org' &&
            /^Amended application to review: /.test(m.subject ?? '') &&
            m.text?.includes(sent.reference),
        );
        assert.ok(mail);
        return mail;
      });
      assert.match(notice.text ?? '', /Version: 2\n/);
      assert.match(notice.text ?? '', new RegExp(`/admin/records/${sent.id}$`, 'm'));
    });

    it('answers a wrong, malformed, expired or stale link with a 4xx, never a 5xx', async () => {
      const id = (await (await post(server, '/api/applications', applicationOf('amend.lee@example.org'))).json()).id;
      await alliance.json('POST', `/admin/api/records/${id}/status`, { status: 'deferred', message: 'Next cycle.' });
      const { token } = await mailedLink('amend.lee@example.org', /deferred/);

      const wrong = await amend('open', { token: 'A'.repeat(43) });
      assert.deepEqual([wrong.status, (await wrong.json()).error], [404, 'invalid_link']);
      for (const body of [{}, { token: 42 }, { token, extra: 1 }, 'not json']) {
        const answer = await server.request('/api/applications/amend/open', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        });
        assert.equal(answer.status, 400, JSON.stringify(body));
      }
      assert.equal((await amend('submit', { token })).status, 400);

      offset = 61 * DAY;
      try {
        const expired = await amend('open', { token });
        assert.deepEqual([expired.status, (await expired.json()).error], [410, 'link_expired']);
        assert.equal((await amend('submit', { token, application: applicationOf('amend.lee@example.org') })).status, 410);
      } finally {
        offset = 0;
      }

      // A status the coordinator set since (here: under review) closes the link too.
      await alliance.json('POST', `/admin/api/records/${id}/status`, { status: 'under_review' });
      const stale = await amend('open', { token });
      assert.deepEqual([stale.status, (await stale.json()).error], [410, 'link_closed']);
      assert.equal((await server.request('/api/applications/amend/open')).status < 500, true);
    });
  });
}
