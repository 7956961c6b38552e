// Issue 18, point 4: the applicant's request list says which of the category's rater slots the
// submitted, counted forms leave open (so the tracker can hold "3 references" to the slots), and
// nothing of what a rater answered. On PGlite and on a real Postgres; mails stay in the outbox.
import assert from 'node:assert/strict';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import type { RaterInvitation, ReferenceList } from '@endorsement-kit/sdk';
import { DATABASE_KINDS, freshDatabase, stopPostgres, type TestDatabase } from './support/databases.js';
import { asApplicant, completeAnswers, rater, raterInput, register, type Registered } from './support/references.js';
import { startTestServer, type TestServer } from './support/test-server.js';

after(stopPostgres);

const START = new Date('2026-03-02T10:00:00.000Z');

for (const kind of DATABASE_KINDS) {
  describe(`the open rater slots in the applicant's list on ${kind}`, () => {
    let database: TestDatabase;
    let server: TestServer;
    let registration: Registered;
    beforeEach(async () => {
      database = await freshDatabase(kind);
      server = await startTestServer(database, { clock: () => START });
      registration = await register(server);
    });
    afterEach(async () => {
      await server.close();
      database.cleanup();
    });

    /** Asks a rater and submits their form with these answers; the link is read from the mail outbox. */
    async function rated(name: string, email: string, role: string, answers: Record<string, unknown>) {
      const created = await asApplicant(server, registration, '', raterInput(name, email, role));
      assert.equal(created.status, 201, await created.clone().text());
      const { rows } = await server.db.query<{ body: string }>(
        "select body from mail_outbox where recipient = $1 and purpose = 'rater-request' order by id desc limit 1",
        [email],
      );
      const token = /\/r\/#([A-Za-z0-9_-]{43})$/m.exec(rows[0]!.body)![1]!;
      const opened = (await (await rater(server, 'open', { token })).json()) as RaterInvitation;
      const items = opened.form.domains.flatMap((d) => d.items.map((item) => item.id));
      const submitted = await rater(server, 'submit', { token, answers: completeAnswers(items, 0, answers) });
      assert.equal(submitted.status, 200, await submitted.clone().text());
    }

    async function list(): Promise<{ list: ReferenceList; text: string }> {
      const response = await asApplicant(server, registration, '');
      assert.equal(response.status, 200);
      const text = await response.text();
      return { list: JSON.parse(text) as ReferenceList, text };
    }

    it('a not-endorsed rater leaves the endorsed slot open; an endorsed rater closes it; no answer is shown', async () => {
      // An IFS applicant (the kit's default slots): a supervisor, their RSC provider, one endorsed rater.
      const empty = (await list()).list;
      assert.deepEqual(
        empty.openSlots.map((slot) => [slot.id, slot.missing]),
        [
          ['supervisor', 1],
          ['rsc-provider', 1],
          ['endorsed', 1],
        ],
      );
      assert.deepEqual(empty.openSlots[2]!.label, {
        en: 'An endorsed professional (or a rater the association vetted)',
        es: 'Un/a profesional con respaldo (o evaluador/a aprobado/a por la asociación)',
      });

      await rated('Lee Park', 'lee@example.net', 'supervisor', {
        relationship: 'supervisor',
        endorsement: 'not-endorsed',
        organization: 'Lakeside Clinic',
      });
      const afterLee = await list();
      assert.equal(afterLee.list.requests[0]!.state, 'submitted');
      assert.equal(afterLee.list.requests[0]!.counts, true, 'the form counts');
      assert.deepEqual(
        afterLee.list.openSlots.map((slot) => slot.id),
        ['rsc-provider', 'endorsed'],
        'the supervisor slot is filled, the endorsed one is not',
      );
      for (const answer of ['not-endorsed', 'Lakeside Clinic', 'Her supervisor', 'endorsement', 'answers'])
        assert.ok(!afterLee.text.includes(answer), `the applicant's list does not carry ${answer}`);

      await rated('Sam Lee', 'sam@example.net', 'rsc-provider', { relationship: 'rsc-provider', endorsement: 'IMHM-C' });
      const afterSam = await list();
      assert.deepEqual(afterSam.list.openSlots, [], 'the endorsed RSC provider fills both remaining slots');
      assert.ok(!afterSam.text.includes('IMHM-C'));
    });
  });
}
