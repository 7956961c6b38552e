// The coordinator's workspace API (docs/coordinators.md), run on PGlite and on a real Postgres by
// workspace-api-*.node.test.ts: sign-in,
// sessions, CSRF and fixation, lockout, one program's coordinator never reaching another's records,
// the workflow (accept, advisor mails, status in the applicant's lookup), notes, audit, exports.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { programs } from '@endorsement-kit/sdk';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { addCoordinator } from '../src/admin/coordinator-accounts.js';
import { freshDatabase, type DatabaseKind, type TestDatabase } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { coordinatorClient, PASSWORD, signedInCoordinator, type CoordinatorClient } from './support/coordinator-client.js';
import { startSmtp, type TestSmtp } from './support/smtp.js';
import { post, startTestServer, type TestServer } from './support/test-server.js';

const REVIEW_DATES = ['2020-01-15', '2099-03-15', '2099-06-15'];

/** The suite for one database; a file per database keeps each file within the runner's time limit. */
export function workspaceApiSuite(kind: DatabaseKind): void {
  describe(`the coordinator's workspace on ${kind}`, () => {
    let database: TestDatabase;
    let server: TestServer;
    let smtp: TestSmtp;
    let alliance: CoordinatorClient;
    let first5: CoordinatorClient;
    let applicationId: string;
    let registrationId: string;
    before(async () => {
      database = await freshDatabase(kind);
      smtp = await startSmtp();
      server = await startTestServer(database, {
        smtpUrl: smtp.url,
        programs: [
          { program: programs.alliance, origins: [], coordinatorEmail: 'coordinator@alliance.example.org', reviewDates: REVIEW_DATES },
          { program: programs.first5Alabama, origins: [], coordinatorEmail: 'coordinator@first5.example.org' },
        ],
      });
      alliance = await signedInCoordinator(server, 'Staff@Alliance.example.org', 'alliance');
      first5 = await signedInCoordinator(server, 'staff@first5.example.org', 'first5-alabama');
      applicationId = (await (await post(server, '/api/applications', validApplication(), undefined, { 'accept-language': 'es' })).json())
        .id;
      registrationId = (await (await post(server, '/api/registrations', validRegistration())).json()).id;
    });
    after(async () => {
      await server.close();
      await smtp.stop();
      database.cleanup();
    });

    it('sets the session cookie HttpOnly, Secure, SameSite=Strict, for /admin only, for 12 hours', async () => {
      const client = coordinatorClient(server);
      const response = await client.request('POST', '/admin/api/session', { email: 'staff@alliance.example.org', password: PASSWORD });
      assert.equal(response.status, 200);
      const cookie = response.headers.get('set-cookie') ?? '';
      assert.match(cookie, /^ek_session=[\w-]{43};/);
      for (const attribute of ['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/admin', 'Max-Age=43200'])
        assert.ok(cookie.includes(attribute), `${attribute} in ${cookie}`);
      const { rows } = await server.db.query<{ token_hash: string }>('select token_hash from coordinator_sessions');
      assert.ok(
        rows.every((row) => !cookie.includes(row.token_hash)),
        'only a hash of the cookie is stored',
      );
    });

    it('refuses a wrong password and an unknown address alike, and signed-out requests', async () => {
      const client = coordinatorClient(server);
      const wrong = await client.request('POST', '/admin/api/session', { email: 'staff@first5.example.org', password: 'not the password' });
      const unknown = await client.request('POST', '/admin/api/session', { email: 'nobody@example.org', password: PASSWORD });
      assert.equal(wrong.status, 401);
      assert.equal(unknown.status, 401);
      assert.deepEqual(await wrong.json(), await unknown.json());
      assert.equal((await client.request('GET', '/admin/api/records')).status, 401);
    });

    it('locks an account after five wrong passwords, even against the right one', async () => {
      const { token } = await addCoordinator(server.db, { email: 'locked@alliance.example.org', program: 'alliance' });
      const client = coordinatorClient(server);
      await client.json('POST', '/admin/api/password', { token, password: PASSWORD });
      for (let i = 0; i < 5; i++)
        assert.equal(
          (await client.request('POST', '/admin/api/session', { email: 'locked@alliance.example.org', password: `wrong ${i}` })).status,
          401,
        );
      const right = await client.request('POST', '/admin/api/session', { email: 'locked@alliance.example.org', password: PASSWORD });
      assert.equal(right.status, 429);
      assert.equal((await right.json()).error, 'locked');
    });

    it('pauses an address without an account exactly as one with an account: the answers do not tell them apart', async () => {
      // Its own server, each series from its own network address: the per-network-address pause
      // (10 failures a minute) must not be what answers here.
      const own = await startTestServer(await freshDatabase(kind), { trustProxy: 1 });
      try {
        const answers = async (email: string, from: string) => {
          const client = coordinatorClient(own);
          const seen = [];
          for (let i = 0; i < 6; i++) {
            const response = await client.request(
              'POST',
              '/admin/api/session',
              { email, password: `wrong ${i}` },
              { 'x-forwarded-for': from },
            );
            seen.push([response.status, (await response.json()).error]);
          }
          return seen;
        };
        const { token } = await addCoordinator(own.db, { email: 'paused@alliance.example.org', program: 'alliance' });
        await coordinatorClient(own).json('POST', '/admin/api/password', { token, password: PASSWORD });
        const known = await answers('paused@alliance.example.org', '203.0.113.1');
        assert.deepEqual(known.at(-1), [429, 'locked']);
        assert.deepEqual(await answers('nobody-here@alliance.example.org', '203.0.113.2'), known);
      } finally {
        await own.close();
      }
    });

    it('throttles sign-in attempts per client address', async () => {
      const throttled = await startTestServer(await freshDatabase(kind));
      try {
        const client = coordinatorClient(throttled);
        const statuses = [];
        for (let i = 0; i < 11; i++)
          statuses.push(
            (await client.request('POST', '/admin/api/session', { email: `x${i}@example.org`, password: 'whatever it is' })).status,
          );
        assert.deepEqual(statuses, [...Array(10).fill(401), 429]);
      } finally {
        await throttled.close();
      }
    });

    it('sets a password once per link, at least 12 characters', async () => {
      const { token } = await addCoordinator(server.db, { email: 'new@alliance.example.org', program: 'alliance' });
      const client = coordinatorClient(server);
      assert.equal((await client.request('POST', '/admin/api/password', { token, password: 'short' })).status, 422);
      assert.equal((await client.request('POST', '/admin/api/password', { token, password: PASSWORD })).status, 200);
      assert.equal((await client.request('POST', '/admin/api/password', { token, password: PASSWORD })).status, 400);
    });

    it('ends every session of the account when a new password is set', async () => {
      const { token } = await addCoordinator(server.db, { email: 'reset@alliance.example.org', program: 'alliance' });
      const client = coordinatorClient(server);
      await client.json('POST', '/admin/api/password', { token, password: PASSWORD });
      await client.json('POST', '/admin/api/session', { email: 'reset@alliance.example.org', password: PASSWORD });
      assert.equal((await client.request('GET', '/admin/api/me')).status, 200);
      const again = await addCoordinator(server.db, { email: 'reset@alliance.example.org', program: 'alliance' });
      await coordinatorClient(server).json('POST', '/admin/api/password', { token: again.token, password: `${PASSWORD} 2` });
      assert.equal((await client.request('GET', '/admin/api/me')).status, 401);
    });

    it('serves the page under a strict CSP, never in a frame', async () => {
      for (const path of ['/admin', `/admin/records/${applicationId}`, '/admin/set-password']) {
        const response = await server.request(path);
        assert.equal(response.status, 200);
        assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'; style-src 'self';.*frame-ancestors 'none'/);
        assert.equal(response.headers.get('x-frame-options'), 'DENY');
      }
    });

    it('refuses state changes from another origin or without one (CSRF)', async () => {
      const path = `/admin/api/records/${applicationId}/notes`;
      for (const origin of ['https://evil.example', 'null']) {
        const response = await alliance.request('POST', path, { body: 'forged' }, { origin });
        assert.equal(response.status, 403);
      }
      const noOrigin = await server.request(path, {
        method: 'POST',
        headers: { cookie: alliance.cookie!, 'content-type': 'application/json' },
        body: JSON.stringify({ body: 'forged' }),
      });
      assert.equal(noOrigin.status, 403);
      // A plain HTML form (text/plain or urlencoded) cannot send JSON.
      const form = await alliance.request('POST', path, undefined, { 'content-type': 'application/x-www-form-urlencoded' });
      assert.equal(form.status, 415);
      const { rows } = await server.db.query('select 1 from record_notes where record_id = $1', [applicationId]);
      assert.equal(rows.length, 0);
    });

    it('never adopts a session id the client brings (session fixation)', async () => {
      const planted = 'ek_session=' + 'A'.repeat(43);
      const client = coordinatorClient(server);
      client.cookie = planted;
      assert.equal((await client.request('GET', '/admin/api/me')).status, 401);
      await client.json('POST', '/admin/api/session', { email: 'staff@alliance.example.org', password: PASSWORD });
      assert.notEqual(client.cookie, planted);
      const attacker = coordinatorClient(server);
      attacker.cookie = planted;
      assert.equal((await attacker.request('GET', '/admin/api/me')).status, 401);
    });

    it('signs out one session, or every session of the coordinator', async () => {
      const [one, two] = [coordinatorClient(server), coordinatorClient(server)];
      for (const client of [one, two])
        await client.json('POST', '/admin/api/session', { email: 'staff@alliance.example.org', password: PASSWORD });
      const old = one.cookie;
      await one.json('DELETE', '/admin/api/session');
      assert.equal(one.cookie, undefined);
      one.cookie = old;
      assert.equal((await one.request('GET', '/admin/api/me')).status, 401);
      assert.equal((await two.request('GET', '/admin/api/me')).status, 200);
      const third = coordinatorClient(server);
      await third.json('POST', '/admin/api/session', { email: 'staff@alliance.example.org', password: PASSWORD });
      await two.json('POST', '/admin/api/sign-out-everywhere');
      assert.equal((await third.request('GET', '/admin/api/me')).status, 401);
      assert.equal((await alliance.request('GET', '/admin/api/me')).status, 401);
      alliance = await signInAgain('staff@alliance.example.org');
    });

    async function signInAgain(email: string) {
      const client = coordinatorClient(server);
      await client.json('POST', '/admin/api/session', { email, password: PASSWORD });
      return client;
    }

    it("lists and filters only the coordinator's own programs' records", async () => {
      const all = await alliance.json('GET', '/admin/api/records');
      assert.ok(all.items.some((item: { id: string }) => item.id === applicationId));
      const applications = await alliance.json(
        'GET',
        `/admin/api/records?kind=application&endorsement=IMH-E&category=${validApplication().category}&status=received&q=${encodeURIComponent(validApplication().applicant.familyName)}`,
      );
      assert.deepEqual(
        applications.items.map((item: { id: string }) => item.id),
        [applicationId],
      );
      // Issue 23, point 11: the short reference an applicant reads out on the phone, typed any way.
      const { reference } = await (await server.request(`/api/applications/${applicationId}`)).json();
      const byReference = await alliance.json('GET', `/admin/api/records?q=${reference.replace(/-/g, '').toLowerCase()}`);
      assert.deepEqual(
        byReference.items.map((item: { id: string }) => item.id),
        [applicationId],
      );
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      assert.equal((await alliance.json('GET', `/admin/api/records?from=${tomorrow}`)).total, 0);
      assert.equal((await alliance.json('GET', `/admin/api/records?q=${encodeURIComponent('%')}`)).total, 0);
      assert.equal((await first5.json('GET', '/admin/api/records')).total, 0);
    });

    it('pages the list 25 at a time, newest first', async () => {
      const { token } = await addCoordinator(server.db, { email: 'pager@first5.example.org', program: 'first5-alabama' });
      const pager = coordinatorClient(server);
      await pager.json('POST', '/admin/api/password', { token, password: PASSWORD });
      await pager.json('POST', '/admin/api/session', { email: 'pager@first5.example.org', password: PASSWORD });
      const sent: string[] = [];
      for (let i = 0; i < 27; i++) {
        const response = await post(server, '/api/registrations', { ...validRegistration(), program: 'first5-alabama' });
        assert.equal(response.status, 201);
        sent.push((await response.json()).id);
      }
      const first = await pager.json('GET', '/admin/api/records');
      const second = await pager.json('GET', '/admin/api/records?page=2');
      assert.equal(first.total, 27);
      assert.equal(first.items.length, 25);
      assert.equal(second.items.length, 2);
      assert.deepEqual([...first.items, ...second.items].map((item: { id: string }) => item.id).sort(), [...sent].sort());
      assert.ok(first.items[0].receivedAt >= second.items[1].receivedAt);
      await server.db.query("delete from records where program = 'first5-alabama'");
    });

    it('answers hostile filters and ids without a 5xx', async () => {
      for (const path of [
        '/admin/api/records?q=%ZZ',
        '/admin/api/records?page=-5&from=2020-13-45&to=2026-02-30',
        '/admin/api/records?page=99999999999',
        '/admin/api/records/%ZZ',
        `/admin/api/records/${'a'.repeat(5000)}`,
        '/admin/api/export.csv?q=%E0%A4%A&from=x',
      ]) {
        const response = await alliance.request('GET', path);
        assert.ok(response.status < 500, `${path}: ${response.status}`);
      }
      assert.equal((await alliance.request('POST', `/admin/api/records/${applicationId}/notes`, '{"body":' as unknown)).status, 422);
      const broken = await server.request(`/admin/api/records/${applicationId}/notes`, {
        method: 'POST',
        headers: { origin: new URL(server.url).origin, cookie: alliance.cookie!, 'content-type': 'application/json' },
        body: '{"body":',
      });
      assert.equal(broken.status, 400);
    });

    it("refuses another program's records, exports and mails, by id guessing too", async () => {
      assert.equal((await first5.request('GET', '/admin/api/records?program=alliance')).status, 403);
      assert.equal((await first5.request('GET', '/admin/api/export.csv?program=alliance')).status, 403);
      for (const [method, path, body] of [
        ['GET', `/admin/api/records/${applicationId}`],
        ['GET', `/admin/api/records/${applicationId}/export`],
        ['POST', `/admin/api/records/${registrationId}/accept`, {}],
        ['POST', `/admin/api/records/${registrationId}/advisor`, { name: 'Eve', email: 'eve@example.org' }],
        ['POST', `/admin/api/records/${applicationId}/status`, { status: 'endorsed' }],
        ['POST', `/admin/api/records/${applicationId}/notes`, { body: 'x' }],
        ['DELETE', `/admin/api/records/${applicationId}`],
        ['GET', `/admin/api/records/${crypto.randomUUID()}`],
        ['GET', '/admin/api/records/1'],
      ] as const) {
        const response = await first5.request(method, path, body);
        assert.equal(response.status, 404, `${method} ${path}`);
      }
      const csv = await (await first5.request('GET', '/admin/api/export.csv')).text();
      assert.equal(csv.trim().split('\r\n').length, 1, 'only the header');
      assert.deepEqual(await (await first5.request('GET', '/admin/api/export.json')).json(), []);
      const { rows } = await server.db.query("select 1 from mail_outbox where recipient = 'eve@example.org'");
      assert.equal(rows.length, 0);
    });

    it('shows a record by step with the requirement summary the SDK computes', async () => {
      const view = await alliance.json('GET', `/admin/api/records/${applicationId}`);
      assert.equal(view.record.id, applicationId);
      assert.equal(view.record.locale, 'es');
      assert.deepEqual(view.steps.map((step: { id: string }) => step.id).slice(0, 2), ['applicant', 'education']);
      const applicant = view.steps[0].rows.find((row: { label: string }) => row.label === 'Family name' || row.label === 'Last name');
      assert.equal(applicant?.value, validApplication().applicant.familyName);
      assert.equal(view.requirements.category, validApplication().category);
      assert.ok(view.requirements.items.length > 3);
      assert.ok(view.requirements.items.every((item: { detail: string }) => item.detail.length > 0));
      assert.equal(view.transcripts.length, validApplication().education.length);
      assert.equal(view.references.length, validApplication().references.length);
    });

    it('accepts a registration and assigns an advisor: both mails arrive, the audit log says who and when', async () => {
      const before = smtp.mails.length;
      await alliance.json('POST', `/admin/api/records/${registrationId}/accept`, {});
      await alliance.json('POST', `/admin/api/records/${registrationId}/advisor`, {
        name: 'Ada Advisor',
        email: 'ada@advisors.example.org',
      });
      // Waiting for the advisor's two mails by subject: mails of earlier tests may still be arriving.
      const mails = await eventually(async () => {
        const found = smtp.mails.slice(before).filter((mail) => /Advisor/.test(mail.subject ?? ''));
        assert.equal(found.length, 2);
        return found;
      });
      const to = mails.map((mail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text).sort();
      assert.deepEqual(to, ['ada@advisors.example.org', validRegistration().applicant.email].sort());
      assert.ok(mails.some((mail) => mail.text?.includes('Ada Advisor (ada@advisors.example.org)')));
      const view = await alliance.json('GET', `/admin/api/records/${registrationId}`);
      assert.equal(view.record.status, 'accepted');
      assert.deepEqual(view.record.advisor, { name: 'Ada Advisor', email: 'ada@advisors.example.org' });
      assert.deepEqual(
        view.audit.map((entry: { action: string; actor: string }) => [entry.action, entry.actor]),
        [
          ['accepted', 'staff@alliance.example.org'],
          ['advisor_assigned', 'staff@alliance.example.org'],
        ],
      );
    });

    it('lists each mail with its recipient and where it stands: sent, or failed while the mail server refuses it', async () => {
      const sent = await alliance.json('GET', `/admin/api/records/${registrationId}`);
      assert.deepEqual(
        sent.mails
          .filter((mail: { purpose: string }) => mail.purpose.startsWith('advisor-'))
          .map((mail: { purpose: string; recipient: string }) => [mail.purpose, mail.recipient]),
        [
          ['advisor-introduction-applicant', validRegistration().applicant.email],
          ['advisor-introduction-advisor', 'ada@advisors.example.org'],
        ],
      );
      // The earlier test saw both introductions arrive.
      assert.ok(
        sent.mails.every((mail: { state: string }) => mail.state === 'sent'),
        JSON.stringify(sent.mails),
      );
      smtp.refuse = true;
      try {
        const mistyped = { ...validRegistration(), applicant: { ...validRegistration().applicant, email: 'ana.ruiz@exmaple.org' } };
        const id = (await (await post(server, '/api/registrations', mistyped)).json()).id;
        const view = await eventually(async () => {
          const found = await alliance.json('GET', `/admin/api/records/${id}`);
          assert.ok(
            found.mails.length === 2 && found.mails.every((mail: { state: string }) => mail.state === 'failed'),
            JSON.stringify(found.mails),
          );
          return found;
        });
        assert.deepEqual(view.mails.map((mail: { recipient: string }) => mail.recipient).sort(), [
          'ana.ruiz@exmaple.org',
          'coordinator@alliance.example.org',
        ]);
        assert.equal((await first5.request('GET', `/admin/api/records/${id}`)).status, 404);
      } finally {
        smtp.refuse = false;
      }
    });

    it("keeps in the history who the advisor was and what a status asked for, for the record's program only", async () => {
      await alliance.json('POST', `/admin/api/records/${registrationId}/advisor`, { name: 'Bo Advisor', email: 'bo@advisors.example.org' });
      const view = await alliance.json('GET', `/admin/api/records/${registrationId}`);
      const assigned = view.audit
        .filter((entry: { action: string }) => entry.action === 'advisor_assigned')
        .map((entry: { detail: unknown }) => entry.detail);
      assert.deepEqual(assigned, [
        { name: 'Ada Advisor', email: 'ada@advisors.example.org' },
        { name: 'Bo Advisor', email: 'bo@advisors.example.org' },
      ]);
      assert.equal((await first5.request('GET', `/admin/api/records/${registrationId}`)).status, 404);
    });

    it("sets 'more information needed' with a message: the applicant's lookup shows it and the next review date", async () => {
      assert.equal(
        (await alliance.request('POST', `/admin/api/records/${applicationId}/status`, { status: 'more_information_needed' })).status,
        422,
      );
      await alliance.json('POST', `/admin/api/records/${applicationId}/status`, {
        status: 'more_information_needed',
        message: 'Please send your transcript.',
      });
      const receipt = await (await server.request(`/api/applications/${applicationId}`)).json();
      assert.equal(receipt.status, 'more_information_needed');
      assert.equal(receipt.statusMessage, 'Please send your transcript.');
      assert.equal(receipt.nextReviewOn, '2099-03-15');
      const asked = (await alliance.json('GET', `/admin/api/records/${applicationId}`)).audit.at(-1);
      assert.deepEqual(
        [asked.action, asked.detail],
        ['status_set', { status: 'more_information_needed', from: 'received', message: 'Please send your transcript.' }],
      );
      await alliance.json('POST', `/admin/api/records/${applicationId}/status`, { status: 'endorsed' });
      const decided = await (await server.request(`/api/applications/${applicationId}`)).json();
      assert.deepEqual(Object.keys(decided).sort(), ['id', 'receivedAt', 'reference', 'stage', 'status']);
      assert.equal(decided.stage, 'decided');
    });

    it('keeps notes for coordinators only, in the audit log without their text', async () => {
      await alliance.json('POST', `/admin/api/records/${applicationId}/notes`, { body: 'Called about the fee.' });
      const view = await alliance.json('GET', `/admin/api/records/${applicationId}`);
      assert.deepEqual(
        view.notes.map((note: { body: string }) => note.body),
        ['Called about the fee.'],
      );
      const noted = view.audit.find((entry: { action: string }) => entry.action === 'note_added');
      assert.equal(noted.detail, null);
      const receipt = await (await server.request(`/api/applications/${applicationId}`)).text();
      assert.ok(!receipt.includes('Called about the fee.'));
    });

    it('exports the filtered applications as CSV and JSON, the requirement summary as columns', async () => {
      const csv = await (await alliance.request('GET', '/admin/api/export.csv?kind=registration')).text();
      const [header = '', ...lines] = csv.trim().split('\r\n');
      assert.ok(header.startsWith('id,program,received_at,status,given_name,family_name,email,endorsement,category'));
      assert.ok(header.split(',').includes('requirements_met'));
      assert.ok(header.split(',').includes('references'), header);
      assert.ok(lines.length >= 1 && lines.every((line) => !line.includes(registrationId)), 'applications only');
      const json = await (await alliance.request('GET', `/admin/api/export.json?q=${applicationId}`)).json();
      assert.equal(json.length, 1);
      assert.equal(json[0].id, applicationId);
      assert.ok(Object.keys(json[0].requirements).length > 3);
    });

    it("neutralises formulas in an applicant's answers in the CSV", async () => {
      const payload = validApplication();
      payload.applicant.givenName = '=HYPERLINK("http://evil.example")';
      const id = (await (await post(server, '/api/applications', payload)).json()).id;
      const csv = await (await alliance.request('GET', `/admin/api/export.csv?q=${id}`)).text();
      assert.ok(csv.includes(`"'=HYPERLINK(""http://evil.example"")"`), csv);
    });

    it('exports a whole record and deletes it for a data request; the audit log keeps only who and when', async () => {
      const response = await alliance.request('GET', `/admin/api/records/${applicationId}/export`);
      assert.match(response.headers.get('content-disposition') ?? '', /attachment/);
      const whole = await response.json();
      assert.deepEqual(whole.payload, validApplication());
      assert.equal((await alliance.request('DELETE', `/admin/api/records/${applicationId}`)).status, 200);
      assert.equal((await alliance.request('GET', `/admin/api/records/${applicationId}`)).status, 404);
      assert.equal((await server.request(`/api/applications/${applicationId}`)).status, 404);
      const { rows } = await server.db.query<{ action: string; detail: unknown }>(
        'select action, detail from audit_log where record_id = $1 order by id',
        [applicationId],
      );
      assert.deepEqual(
        rows.map((row) => row.action),
        ['status_set', 'decided', 'note_added', 'exported', 'deleted'],
      );
      assert.ok(rows.every((row) => row.detail === null));
      const notes = await server.db.query('select 1 from record_notes where record_id = $1', [applicationId]);
      assert.equal(notes.rows.length, 0);
    });

    it('logs no personal data: no email, name, message or note', async () => {
      const log = server.logs.join('\n');
      for (const secret of [
        'staff@alliance.example.org',
        'ada@advisors.example.org',
        'Ada Advisor',
        'bo@advisors.example.org',
        'ana.ruiz@exmaple.org',
        'Please send your transcript',
        'Called about the fee',
        validApplication().applicant.familyName,
        PASSWORD,
      ])
        assert.ok(!log.includes(secret), secret);
    });
  });
}
