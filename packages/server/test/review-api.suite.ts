// Issue 19 through the workspace's API, run on PGlite and on a real Postgres by review-api-*.node.test.ts:
// one applicant, one thread (the link, the list, the lookup by either reference, step 2's checks,
// decline, return, undo); the program's choice to take applications only after acceptance; staff
// invited and removed without a restart; reviewers who see only their assignments and fill the
// checklist; the decision, its letter and certificate mailed in the applicant's language.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ParsedMail } from 'mailparser';
import { defineProgram, programs, type Application, type Registration } from '@endorsement-kit/sdk';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { freshDatabase, type DatabaseKind, type TestDatabase } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { coordinatorClient, PASSWORD, signedInCoordinator, type CoordinatorClient } from './support/coordinator-client.js';
import { startSmtp, type TestSmtp } from './support/smtp.js';
import { post, startTestServer, type TestServer } from './support/test-server.js';

/** A program that reviews one after the other and takes applications only after step 2. */
export const PILOT = defineProgram({
  id: 'review-pilot',
  name: { en: 'Review Pilot', es: 'Piloto de Revisión' },
  offers: { 'IMH-E': ['IFS', 'IMHM-C'] },
  contact: { organization: 'Review Pilot Association', email: 'endorsement@pilot.example.org' },
  review: {
    reviewers: 2,
    mode: 'sequential',
    applicationBeforeAcceptance: false,
    areas: {
      IFS: [
        {
          from: '2000-01-01',
          value: [
            { id: 'reflection', label: { en: 'Reflection', es: 'Reflexión' } },
            { id: 'thinking', label: 'Thinking' },
          ],
        },
      ],
    },
  },
});

const person = (email: string, program = 'alliance') => ({
  registration: { ...validRegistration(), program, applicant: { ...validRegistration().applicant, email } } as Registration,
  application: { ...validApplication(), program, applicant: { ...validApplication().applicant, email } } as Application,
});

// Quarterly submission deadlines around today: every application received today joins the third.
const CYCLES = ['2020-03-15', '2020-06-15', '2099-03-15', '2099-06-15'];

const recipient = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text;

export function reviewApiSuite(kind: DatabaseKind): void {
  describe(`the review team and the decision on ${kind}`, () => {
    let database: TestDatabase;
    let server: TestServer;
    let smtp: TestSmtp;
    let alliance: CoordinatorClient;
    let pilot: CoordinatorClient;
    const mailTo = (address: string, subject: RegExp, count = 1) =>
      eventually(async () => {
        const found = smtp.mails.filter((mail) => recipient(mail) === address && subject.test(mail.subject ?? ''));
        assert.ok(
          found.length >= count,
          `${count} mail(s) to ${address} matching ${subject}; have ${smtp.mails.map((m) => `${recipient(m)}: ${m.subject}`).join(' | ')}`,
        );
        return found;
      });
    /** A staff member invited through the workspace, who sets a password from the mailed link and signs in. */
    async function invited(by: CoordinatorClient, program: string, email: string, name: string, role: 'coordinator' | 'reviewer') {
      await by.json('POST', '/admin/api/staff', { program, email, name, role });
      const [mail] = await mailTo(email, /workspace/);
      const token = /set-password#token=([\w-]{43})/.exec(mail!.text ?? '')?.[1];
      assert.ok(token, mail!.text);
      const client = coordinatorClient(server);
      await client.json('POST', '/admin/api/password', { token, password: PASSWORD });
      await client.json('POST', '/admin/api/session', { email, password: PASSWORD });
      return client;
    }

    before(async () => {
      database = await freshDatabase(kind);
      smtp = await startSmtp();
      server = await startTestServer(database, {
        smtpUrl: smtp.url,
        programs: [
          { program: programs.alliance, origins: [], coordinatorEmail: 'coordinator@alliance.example.org' },
          { program: PILOT, origins: [], coordinatorEmail: 'coordinator@pilot.example.org', reviewDates: CYCLES },
        ],
      });
      alliance = await signedInCoordinator(server, 'staff@alliance.example.org', 'alliance');
      pilot = await signedInCoordinator(server, 'staff@pilot.example.org', 'review-pilot');
    });
    after(async () => {
      await server.close();
      await smtp.stop();
      database.cleanup();
    });

    it('links an application to its registration: one row in the list, both in the record, the advisor shown, either reference looks it up', async () => {
      const ana = person('thread.ana@example.org');
      const registration = await (await post(server, '/api/registrations', ana.registration)).json();
      await alliance.json('POST', `/admin/api/records/${registration.id}/advisor`, {
        name: 'Ada Advisor',
        email: 'ada@advisors.example.org',
      });
      const before = await (
        await server.request('/api/applications/lookup', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ reference: registration.reference, email: 'Thread.Ana@example.org ' }),
        })
      ).json();
      assert.deepEqual([before.id, before.status, before.stage], [registration.id, 'registered', 'registration']);

      const application = await (await post(server, '/api/applications', ana.application)).json();
      const list = await alliance.json('GET', `/admin/api/records?q=thread.ana`);
      assert.deepEqual(
        list.items.map((item: { id: string; kind: string; stage: string }) => [item.id, item.kind, item.stage]),
        [[application.id, 'application', 'application']],
      );
      assert.equal((await alliance.json('GET', `/admin/api/records?q=${registration.reference}`)).items[0].id, application.id);
      assert.equal((await alliance.json('GET', `/admin/api/records?kind=registration&q=thread.ana`)).items[0].id, registration.id);

      const view = await alliance.json('GET', `/admin/api/records/${application.id}`);
      assert.deepEqual(view.record.advisor, { name: 'Ada Advisor', email: 'ada@advisors.example.org' });
      assert.deepEqual(
        view.thread.map((entry: { id: string; kind: string }) => [entry.id, entry.kind]),
        [[registration.id, 'registration']],
      );
      const back = await alliance.json('GET', `/admin/api/records/${registration.id}`);
      assert.deepEqual(
        back.thread.map((entry: { id: string }) => entry.id),
        [application.id],
      );
      const csv = await (await alliance.request('GET', '/admin/api/export.csv?q=thread.ana')).text();
      assert.match(csv, /Ada Advisor,ada@advisors\.example\.org/);

      const lookup = (reference: string) =>
        server.request('/api/applications/lookup', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ reference, email: 'thread.ana@example.org' }),
        });
      for (const reference of [registration.reference, application.reference]) {
        const found = await (await lookup(reference)).json();
        assert.deepEqual([found.id, found.status, found.stage], [application.id, 'received', 'application'], reference);
      }
      const wrong = await server.request('/api/applications/lookup', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ reference: registration.reference, email: 'someone@example.org' }),
      });
      assert.equal(wrong.status, 404);
    });

    it('records step 2 checks with notes, declines and returns a registration with a mail in Spanish, and undoes status changes, all audited', async () => {
      const luis = person('luis.step2@example.org');
      const id = (await (await post(server, '/api/registrations', luis.registration, undefined, { 'accept-language': 'es' })).json()).id;
      await alliance.json('POST', `/admin/api/records/${id}/checks`, {
        check: 'membership',
        state: 'confirmed',
        note: 'Member #1234 until 2027',
      });
      await alliance.json('POST', `/admin/api/records/${id}/checks`, { check: 'fee', state: 'problem', note: 'Fee not received yet' });
      assert.equal(
        (await alliance.request('POST', `/admin/api/records/${id}/checks`, { check: 'shoe-size', state: 'confirmed' })).status,
        422,
      );
      let view = await alliance.json('GET', `/admin/api/records/${id}`);
      assert.equal(view.checks.membership.state, 'confirmed');
      assert.equal(view.checks.fee.note, 'Fee not received yet');
      assert.equal(view.checks.fee.by, 'staff@alliance.example.org');
      assert.equal(view.undoable, false);

      assert.equal((await alliance.request('POST', `/admin/api/records/${id}/return`, {})).status, 422, 'a return says why');
      await alliance.json('POST', `/admin/api/records/${id}/return`, { message: 'Falta el número de socio.' });
      const [returned] = await mailTo('luis.step2@example.org', /devuelto/);
      assert.match(returned!.text ?? '', /ahora: devuelto para cambios./);
      assert.match(returned!.text ?? '', /Falta el número de socio\./);
      view = await alliance.json('GET', `/admin/api/records/${id}`);
      assert.equal(view.record.status, 'returned');
      assert.equal(view.undoable, true);

      await alliance.json('POST', `/admin/api/records/${id}/undo`, {});
      view = await alliance.json('GET', `/admin/api/records/${id}`);
      assert.equal(view.record.status, 'registered');
      await alliance.json('POST', `/admin/api/records/${id}/decline`, { message: 'La categoría no corresponde.' });
      await alliance.json('POST', `/admin/api/records/${id}/undo`, {});
      await alliance.json('POST', `/admin/api/records/${id}/accept`, {});
      view = await alliance.json('GET', `/admin/api/records/${id}`);
      assert.equal(view.record.status, 'accepted');
      assert.deepEqual(
        view.audit.map((entry: { action: string; detail: { status?: string; from?: string; check?: string } | null }) => [
          entry.action,
          entry.detail?.check ?? entry.detail?.status,
          entry.detail?.from,
        ]),
        [
          ['check_recorded', 'membership', undefined],
          ['check_recorded', 'fee', undefined],
          ['returned', 'returned', 'registered'],
          ['status_undone', 'registered', 'returned'],
          ['declined', 'declined', 'registered'],
          ['status_undone', 'registered', 'declined'],
          ['accepted', 'accepted', 'registered'],
        ],
      );
      assert.equal((await alliance.request('POST', `/admin/api/records/${id}/accept`, {})).status, 409);
      assert.equal((await pilot.request('POST', `/admin/api/records/${id}/undo`, {})).status, 404);
    });

    it('takes an application only after the registration is accepted when the program says so', async () => {
      const mia = person('mia.pilot@example.org', 'review-pilot');
      const registration = await (await post(server, '/api/registrations', mia.registration)).json();
      const early = await post(server, '/api/applications', mia.application);
      assert.equal(early.status, 422);
      const { issues } = await early.json();
      assert.equal(issues[0].code, 'registration_not_accepted');
      assert.match(issues[0].message, /^Send it once your registration is accepted\.$/);
      const spanish = await (await post(server, '/api/applications', mia.application, undefined, { 'accept-language': 'es' })).json();
      assert.match(spanish.issues[0].message, /cuando su registro haya sido aceptado/);
      await pilot.json('POST', `/admin/api/records/${registration.id}/accept`, {});
      assert.equal((await post(server, '/api/applications', mia.application)).status, 201);
      // The Alliance keeps the default: an application before acceptance is taken.
      assert.equal((await post(server, '/api/applications', person('early.alliance@example.org').application)).status, 201);
    });

    it('lets a coordinator invite and remove coordinators and reviewers by email, at once and audited', async () => {
      const colleague = await invited(pilot, 'review-pilot', 'second.coordinator@pilot.example.org', 'Sam Second', 'coordinator');
      assert.deepEqual(
        (await colleague.json('GET', '/admin/api/me')).programs.map((p: { id: string }) => p.id),
        ['review-pilot'],
      );
      const reviewer = await invited(colleague, 'review-pilot', 'rita.reviewer@pilot.example.org', 'Rita Reviewer', 'reviewer');
      const me = await reviewer.json('GET', '/admin/api/me');
      assert.deepEqual([me.programs, me.reviews.map((p: { id: string }) => p.id)], [[], ['review-pilot']]);
      // A reviewer reaches no coordinator route: no records, no staff, no exports.
      assert.equal((await reviewer.json('GET', '/admin/api/records')).total, 0);
      assert.equal(
        (
          await reviewer.request('POST', '/admin/api/staff', {
            program: 'review-pilot',
            email: 'x@example.org',
            name: 'X',
            role: 'coordinator',
          })
        ).status,
        403,
      );

      const staff = await pilot.json('GET', '/admin/api/staff');
      assert.deepEqual(
        staff.map((s: { email: string; role: string; passwordSet: boolean }) => [s.email, s.role, s.passwordSet]),
        [
          ['second.coordinator@pilot.example.org', 'coordinator', true],
          ['staff@pilot.example.org', 'coordinator', true],
          ['rita.reviewer@pilot.example.org', 'reviewer', true],
        ],
      );
      const self = staff.find((s: { you: boolean }) => s.you);
      assert.equal((await pilot.request('POST', `/admin/api/staff/${self.id}/remove`, { program: 'review-pilot' })).status, 409);
      assert.equal(
        (
          await alliance.request('POST', '/admin/api/staff', {
            program: 'review-pilot',
            email: 'x@example.org',
            name: 'X',
            role: 'reviewer',
          })
        ).status,
        403,
      );
      const second = staff.find((s: { email: string }) => s.email === 'second.coordinator@pilot.example.org');
      assert.equal((await alliance.request('POST', `/admin/api/staff/${second.id}/remove`, { program: 'alliance' })).status, 404);
      await pilot.json('POST', `/admin/api/staff/${second.id}/remove`, { program: 'review-pilot' });
      assert.equal((await colleague.request('GET', '/admin/api/me')).status, 401, 'their sessions end at once');
      const { rows } = await server.db.query<{ action: string; actor: string; detail: { email: string; role: string } }>(
        "select action, actor, detail from audit_log where record_id is null and program = 'review-pilot' order by id",
      );
      assert.deepEqual(
        rows.map((row) => [row.action, row.actor, row.detail.email, row.detail.role]),
        [
          ['staff_invited', 'staff@pilot.example.org', 'second.coordinator@pilot.example.org', 'coordinator'],
          ['staff_invited', 'second.coordinator@pilot.example.org', 'rita.reviewer@pilot.example.org', 'reviewer'],
          ['staff_removed', 'staff@pilot.example.org', 'second.coordinator@pilot.example.org', 'coordinator'],
        ],
      );
    });

    it('runs a sequential review by two reviewers: only assigned applications, no raters’ contacts, a checklist by area, a decision mailed with its letter and certificate', async () => {
      const zoe = person('zoe.review@example.org', 'review-pilot');
      const registration = await (
        await post(server, '/api/registrations', zoe.registration, undefined, { 'accept-language': 'es' })
      ).json();
      await pilot.json('POST', `/admin/api/records/${registration.id}/accept`, {});
      const application = await (await post(server, '/api/applications', zoe.application, undefined, { 'accept-language': 'es' })).json();
      const other = await (await post(server, '/api/applications', person('other.alliance@example.org').application)).json();

      const first = await invited(pilot, 'review-pilot', 'first.reviewer@pilot.example.org', 'Fran First', 'reviewer');
      const second = await invited(pilot, 'review-pilot', 'second.reviewer@pilot.example.org', 'Gil Second', 'reviewer');
      let review = await pilot.json('GET', `/admin/api/records/${application.id}/review`);
      assert.deepEqual(review.settings, { reviewers: 2, mode: 'sequential' });
      assert.deepEqual(
        review.areas.map((a: { id: string }) => a.id),
        ['reflection', 'thinking'],
      );
      const byName = (name: string) => review.available.find((r: { name: string }) => r.name === name).id;
      const [fran, gil, rita] = [byName('Fran First'), byName('Gil Second'), byName('Rita Reviewer')];
      await pilot.json('POST', `/admin/api/records/${application.id}/review/assign`, { reviewerId: fran });
      await pilot.json('POST', `/admin/api/records/${application.id}/review/assign`, { reviewerId: gil });
      const third = await pilot.request('POST', `/admin/api/records/${application.id}/review/assign`, { reviewerId: rita });
      assert.deepEqual([third.status, (await third.json()).error], [409, 'enough_reviewers']);
      await mailTo('first.reviewer@pilot.example.org', /An application to review/);

      // The second waits unseen; neither sees another application nor another program's.
      assert.deepEqual(await second.json('GET', '/admin/api/reviews'), []);
      assert.equal((await second.request('GET', `/admin/api/reviews/${application.id}`)).status, 404);
      assert.equal((await first.request('GET', `/admin/api/reviews/${other.id}`)).status, 404);
      assert.equal((await first.request('GET', `/admin/api/records/${application.id}`)).status, 404);
      assert.equal((await first.request('POST', `/admin/api/records/${application.id}/status`, { status: 'endorsed' })).status, 404);
      const listed = await first.json('GET', '/admin/api/reviews');
      assert.deepEqual(
        listed.map((r: { applicationId: string; state: string }) => [r.applicationId, r.state]),
        [[application.id, 'assigned']],
      );

      const view = await first.json('GET', `/admin/api/reviews/${application.id}`);
      const text = JSON.stringify(view);
      for (const reference of validApplication().references) assert.ok(!text.includes(reference.email), `${reference.email} is hidden`);
      assert.ok(text.includes(validApplication().references[0]!.name), 'the raters’ names stay');
      assert.deepEqual(view.evidence.map((e: { value: string }) => e.value).slice(0, 3), ['education', 'work', 'training']);

      const checklist = (recommendation: string | undefined, comments: string) => ({
        areas: { reflection: { rating: 'met', evidence: ['work', 'rsc'] }, thinking: { rating: 'not_yet' } },
        comments,
        privateNote: `Private: ${comments}`,
        ...(recommendation ? { recommendation } : {}),
      });
      assert.equal(
        (await first.request('POST', `/admin/api/reviews/${application.id}/checklist`, { ...checklist('endorse', 'x'), submit: true }))
          .status,
        409,
        'accept first',
      );
      await first.json('POST', `/admin/api/reviews/${application.id}/respond`, { answer: 'accept' });
      await first.json('POST', `/admin/api/reviews/${application.id}/checklist`, {
        ...checklist(undefined, 'Strong reflective practice.'),
        submit: false,
      });
      const undecided = await first.request('POST', `/admin/api/reviews/${application.id}/checklist`, {
        ...checklist(undefined, 'Strong reflective practice.'),
        submit: true,
      });
      assert.equal(undecided.status, 422);
      assert.deepEqual(
        (await undecided.json()).issues.map((i: { path: string[] }) => i.path.join('.')),
        ['recommendation'],
      );
      const noEvidence = await first.request('POST', `/admin/api/reviews/${application.id}/checklist`, {
        ...checklist('endorse', 'x'),
        areas: { reflection: { rating: 'met' }, thinking: { rating: 'met', evidence: ['training'] } },
        submit: true,
      });
      assert.deepEqual(
        (await noEvidence.json()).issues.map((i: { path: string[] }) => i.path.join('.')),
        ['areas.reflection.evidence'],
      );
      await first.json('POST', `/admin/api/reviews/${application.id}/checklist`, {
        ...checklist('endorse', 'Strong reflective practice.'),
        submit: true,
      });

      await mailTo('second.reviewer@pilot.example.org', /An application to review/);
      await second.json('POST', `/admin/api/reviews/${application.id}/respond`, { answer: 'accept' });
      await second.json('POST', `/admin/api/reviews/${application.id}/checklist`, {
        ...checklist('defer', 'More training on thinking skills would help.'),
        submit: true,
      });
      assert.equal(
        (
          await second.request('POST', `/admin/api/reviews/${application.id}/checklist`, {
            ...checklist('endorse', 'changed'),
            submit: true,
          })
        ).status,
        409,
      );

      review = await pilot.json('GET', `/admin/api/records/${application.id}/review`);
      assert.deepEqual(
        review.assignments.map(
          (a: { reviewer: { name: string }; state: string; checklist: { recommendation: string; privateNote: string } }) => [
            a.reviewer.name,
            a.state,
            a.checklist.recommendation,
            a.checklist.privateNote,
          ],
        ),
        [
          ['Fran First', 'submitted', 'endorse', 'Private: Strong reflective practice.'],
          ['Gil Second', 'submitted', 'defer', 'Private: More training on thinking skills would help.'],
        ],
      );
      assert.match(review.draftLetter, /^Estimado\/a Ana:/);
      assert.match(review.draftLetter, /Strong reflective practice\.\n\nMore training on thinking skills would help\./);
      assert.doesNotMatch(review.draftLetter, /Private/);

      const letter = `${review.draftLetter}\n\nPS: edited by the coordinator.`;
      await pilot.json('POST', `/admin/api/records/${application.id}/status`, { status: 'endorsed', message: 'Felicidades.', letter });
      const [decision] = await mailTo('zoe.review@example.org', /respaldada/);
      assert.match(decision!.subject ?? '', /^Su solicitud de Respaldo: respaldada$/);
      assert.match(decision!.text ?? '', /Felicidades\./);
      assert.match(decision!.text ?? '', /PS: edited by the coordinator\./);
      const pdf = decision!.attachments.find((a) => a.contentType === 'application/pdf');
      assert.ok(pdf, 'the certificate is attached');
      assert.equal(pdf.content.subarray(0, 5).toString(), '%PDF-');
      const download = await pilot.request('GET', `/admin/api/records/${application.id}/certificate.pdf`);
      assert.equal(download.status, 200);
      assert.equal(download.headers.get('content-type'), 'application/pdf');
      assert.equal(
        Buffer.from(await download.arrayBuffer())
          .subarray(0, 5)
          .toString(),
        '%PDF-',
      );
      assert.equal((await first.request('GET', `/admin/api/records/${application.id}/certificate.pdf`)).status, 404);

      const found = await (
        await server.request('/api/applications/lookup', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ reference: application.reference, email: 'zoe.review@example.org' }),
        })
      ).json();
      assert.deepEqual([found.status, found.stage, found.statusMessage], ['endorsed', 'decided', 'Felicidades.']);
      // Issue 21: the endorsed decision made the applicant an endorsee of the category, with its renewal dates.
      const endorsees = (await pilot.json('GET', '/admin/api/endorsees')).endorsees as {
        email: string;
        source: string;
        categories: { status: string; dueOn: string }[];
      }[];
      const endorsee = endorsees.find((e) => e.email === 'zoe.review@example.org');
      assert.equal(endorsee?.source, 'decision');
      assert.deepEqual(
        endorsee?.categories.map((c) => c.status),
        ['current'],
      );
      assert.match(endorsee?.categories[0]?.dueOn ?? '', /^\d{4}-12-31$/);
      const audit = (await pilot.json('GET', `/admin/api/records/${application.id}`)).audit.map((e: { action: string }) => e.action);
      assert.deepEqual(
        audit.filter((a: string) => a.startsWith('review') || a === 'decided'),
        ['reviewer_assigned', 'reviewer_assigned', 'review_accepted', 'review_submitted', 'review_accepted', 'review_submitted', 'decided'],
      );
      // A data request's download has the reviews and the decisions with their letters.
      const whole = await pilot.json('GET', `/admin/api/records/${application.id}/export`);
      assert.deepEqual(
        whole.review.assignments.map((a: { checklist: { recommendation: string } }) => a.checklist.recommendation),
        ['endorse', 'defer'],
      );
      assert.deepEqual(
        whole.review.decisions.map((d: { status: string; letter: string }) => [d.status, d.letter]),
        [['endorsed', letter]],
      );
      // Undone: the certificate goes with the status.
      await pilot.json('POST', `/admin/api/records/${application.id}/undo`, {});
      assert.equal((await pilot.request('GET', `/admin/api/records/${application.id}/certificate.pdf`)).status, 404);
      assert.equal((await (await server.request(`/api/applications/${application.id}`)).json()).status, 'received');
    });

    it('mails every status the applicant should know of in their language, with the message; not_endorsed is gone', async () => {
      const kim = person('kim.status@example.org');
      const id = (await (await post(server, '/api/applications', kim.application)).json()).id;
      await alliance.json('POST', `/admin/api/records/${id}/status`, { status: 'under_review' });
      await alliance.json('POST', `/admin/api/records/${id}/status`, {
        status: 'deferred',
        message: 'Please add 20 hours of RSC and apply in the next cycle.',
      });
      const mails = await mailTo('kim.status@example.org', /^Your endorsement application: /, 2);
      assert.deepEqual(mails.map((m) => m.subject).slice(-2), [
        'Your endorsement application: under review',
        'Your endorsement application: deferred',
      ]);
      assert.match(mails.at(-1)!.text ?? '', /Please add 20 hours of RSC/);
      assert.equal((await alliance.request('POST', `/admin/api/records/${id}/status`, { status: 'not_endorsed' })).status, 422);
      const me = await alliance.json('GET', '/admin/api/me');
      assert.deepEqual(me.programs[0].statuses.map((s: { value: string }) => s.value).slice(-5), [
        'endorsed',
        'approved_for_exam',
        'emerging',
        'deferred',
        'on_hold',
      ]);
    });

    it('asks the waiting reviewer as soon as the first declines or declares a conflict, and lets the coordinator withdraw and replace', async () => {
      const lee = person('lee.sequence@example.org', 'review-pilot');
      const registration = await (await post(server, '/api/registrations', lee.registration)).json();
      await pilot.json('POST', `/admin/api/records/${registration.id}/accept`, {});
      const id = (await (await post(server, '/api/applications', lee.application)).json()).id;
      const one = await invited(pilot, 'review-pilot', 'one.sequence@pilot.example.org', 'Una One', 'reviewer');
      const two = await invited(pilot, 'review-pilot', 'two.sequence@pilot.example.org', 'Teo Two', 'reviewer');
      const staff = await pilot.json('GET', '/admin/api/staff');
      const idOf = (email: string) => staff.find((s: { email: string }) => s.email === email).id;
      await pilot.json('POST', `/admin/api/records/${id}/review/assign`, { reviewerId: idOf('one.sequence@pilot.example.org') });
      await pilot.json('POST', `/admin/api/records/${id}/review/assign`, { reviewerId: idOf('two.sequence@pilot.example.org') });
      assert.equal((await two.request('GET', `/admin/api/reviews/${id}`)).status, 404, 'the second waits');
      await one.json('POST', `/admin/api/reviews/${id}/respond`, { answer: 'conflict', note: 'I supervised her in 2022.' });
      assert.equal((await one.request('GET', `/admin/api/reviews/${id}`)).status, 200, 'their answer stays theirs to read');
      await mailTo('two.sequence@pilot.example.org', /An application to review/);
      assert.equal((await two.json('GET', `/admin/api/reviews/${id}`)).assignment.state, 'assigned');
      let review = await pilot.json('GET', `/admin/api/records/${id}/review`);
      assert.deepEqual(
        review.assignments.map((a: { reviewer: { name: string }; state: string; responseNote: string | null }) => [
          a.reviewer.name,
          a.state,
          a.responseNote,
        ]),
        [
          ['Una One', 'conflict', 'I supervised her in 2022.'],
          ['Teo Two', 'assigned', null],
        ],
      );
      // Una's place is free again: someone else may take it; Teo's assignment is withdrawn.
      assert.ok(review.available.some((r: { name: string }) => r.name === 'Una One'));
      const teo = review.assignments.find((a: { reviewer: { name: string } }) => a.reviewer.name === 'Teo Two');
      await pilot.json('POST', `/admin/api/records/${id}/review/${teo.id}/withdraw`, {});
      assert.equal((await two.request('GET', `/admin/api/reviews/${id}`)).status, 404, 'a withdrawn assignment is gone for the reviewer');
      assert.equal((await pilot.request('POST', `/admin/api/records/${id}/review/${teo.id}/withdraw`, {})).status, 409);
      review = await pilot.json('GET', `/admin/api/records/${id}/review`);
      assert.deepEqual(
        review.assignments.map((a: { state: string }) => a.state),
        ['conflict', 'withdrawn'],
      );
    });

    it('groups applications by review cycle with a count per stage, and filters the list by cycle', async () => {
      const early = person('early.cycle@example.org', 'review-pilot');
      const registration = await (await post(server, '/api/registrations', early.registration)).json();
      await pilot.json('POST', `/admin/api/records/${registration.id}/accept`, {});
      const old = (await (await post(server, '/api/applications', early.application)).json()).id;
      // Kept as if received in spring 2020: it joined the cycle of 2020-06-15.
      await server.db.query("update records set received_at = '2020-04-02T10:00:00Z' where id = $1", [old]);
      const list = await pilot.json('GET', '/admin/api/records');
      const counts = Object.fromEntries(list.cycles.map((c: { submittedBy: string; counts: object }) => [c.submittedBy, c.counts]));
      assert.deepEqual(counts['2020-03-15'], { application: 0, review: 0, decided: 0 });
      assert.deepEqual(counts['2020-06-15'], { application: 1, review: 0, decided: 0 });
      const { rows } = await server.db.query<{ status: string; n: number }>(
        "select status, count(*)::int as n from records where program = 'review-pilot' and kind = 'application' and received_at > '2020-06-15' group by status",
      );
      const expected = { application: 0, review: 0, decided: 0 };
      for (const row of rows)
        expected[
          row.status === 'received'
            ? 'application'
            : ['endorsed', 'deferred', 'on_hold', 'emerging', 'approved_for_exam'].includes(row.status)
              ? 'decided'
              : 'review'
        ] += row.n;
      assert.deepEqual(counts['2099-03-15'], expected);
      assert.ok(expected.application + expected.review + expected.decided >= 2);
      const inOld = await pilot.json('GET', '/admin/api/records?cycle=2020-06-15');
      assert.deepEqual(
        inOld.items.map((item: { id: string; cycle: string }) => [item.id, item.cycle]),
        [[old, '2020-06-15']],
      );
      assert.equal(
        (await pilot.json('GET', '/admin/api/records?cycle=2099-03-15')).total,
        expected.application + expected.review + expected.decided,
      );
      assert.equal((await pilot.json('GET', '/admin/api/records?cycle=2031-01-01')).total, 0, 'not a review date: nothing');
      assert.deepEqual((await alliance.json('GET', '/admin/api/records')).cycles, [], 'the Alliance configures no review dates here');
      assert.equal((await alliance.json('GET', '/admin/api/records?cycle=2020-06-15')).total, 0, 'another program’s cycle');
    });

    it('refuses hostile input without a 5xx: another application’s checklist, a decision by a reviewer, odd bodies and ids', async () => {
      const reviewer = await invited(pilot, 'review-pilot', 'hostile.reviewer@pilot.example.org', 'Hal Hostile', 'reviewer');
      const target = (await (await post(server, '/api/applications', person('hostile.target@example.org').application)).json()).id;
      const attempts: [string, string, unknown][] = [
        ['POST', `/admin/api/reviews/${target}/checklist`, { areas: {}, comments: '', privateNote: '', submit: true }],
        ['POST', `/admin/api/reviews/${target}/respond`, { answer: 'accept' }],
        ['GET', `/admin/api/reviews/${target}`, undefined],
        ['GET', '/admin/api/reviews/not-an-id', undefined],
        ['POST', `/admin/api/records/${target}/status`, { status: 'endorsed' }],
        ['POST', `/admin/api/records/${target}/review/assign`, { reviewerId: '00000000-0000-4000-8000-000000000000' }],
        ['GET', `/admin/api/records/${target}/certificate.pdf`, undefined],
      ];
      for (const [method, path, body] of attempts)
        assert.equal((await reviewer.request(method, path, body)).status, 404, `${method} ${path}`);
      const odd: [string, string, unknown][] = [
        ['POST', `/admin/api/records/${target}/status`, { status: 'endorsed', letter: 'x'.repeat(30_000) }],
        ['POST', `/admin/api/records/${target}/checks`, { check: 'fee', state: 'confirmed', extra: 1 }],
        ['POST', `/admin/api/records/${target}/review/assign`, { reviewerId: "'; drop table records; --" }],
        ['POST', `/admin/api/records/${target}/review/nope/withdraw`, {}],
        ['POST', '/admin/api/staff', { program: 'alliance', email: 'not an email', name: 'X', role: 'reviewer' }],
        ['POST', '/admin/api/staff', { program: 'alliance', email: 'x@example.org', name: 'X', role: 'admin' }],
        ['POST', '/admin/api/staff/not-an-id/remove', { program: 'alliance' }],
        ['POST', `/admin/api/records/${target}/undo`, { please: true }],
      ];
      for (const [method, path, body] of odd) {
        const response = await alliance.request(method, path, body);
        assert.ok(response.status >= 400 && response.status < 500, `${method} ${path}: ${response.status}`);
      }
      // A cycle that is not one of the program's review dates finds nothing, whatever it says.
      for (const cycle of ["');drop table records;--", '9999-99-99', 'x'.repeat(5000)])
        assert.equal((await pilot.json('GET', `/admin/api/records?cycle=${encodeURIComponent(cycle)}`)).total, 0);
      const reviewerId = (await pilot.json('GET', '/admin/api/staff')).find(
        (s: { email: string }) => s.email === 'hostile.reviewer@pilot.example.org',
      ).id;
      assert.equal(
        (await alliance.request('POST', `/admin/api/records/${target}/review/assign`, { reviewerId })).status,
        404,
        'another program’s reviewer',
      );
    });
  });
}
