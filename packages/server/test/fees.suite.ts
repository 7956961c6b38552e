// Fees (docs/fees.md), run on PGlite and on a real Postgres by fees-*.node.test.ts: what the
// status lookup shows as due and paid, Stripe Checkout against a fake Stripe API on loopback
// (the Idempotency-Key per record and fee), the webhook with signatures made by the stripe
// package's own helper (a tampered or replayed event changes nothing; paid only on the webhook,
// never on the return), hostile webhook bodies, the coordinator's marks, and the receipt mails.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { defineProgram, IMH_CODES, programs } from '@endorsement-kit/sdk';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { freshDatabase, type DatabaseKind, type TestDatabase } from './support/databases.js';
import { signedInCoordinator, type CoordinatorClient } from './support/coordinator-client.js';
import { signBody, signedEvent, startFakeStripe, type FakeStripe } from './support/fake-stripe.js';
import { startSmtp, type TestSmtp } from './support/smtp.js';
import { post, startTestServer, type TestServer } from './support/test-server.js';

const WEBHOOK_SECRET = 'whsec_test_fees';
const PROGRAM = defineProgram({
  id: 'fees-demo',
  name: { en: 'Fees Demo AIMH', es: 'AIMH Demo de Cuotas' },
  offers: { 'IMH-E': [...IMH_CODES] },
  contact: { email: 'endorsement@fees.example.org' },
  feeSchedule: [
    { kind: 'registration', amount: 2000, currency: 'USD', stripe: true, label: { en: 'Registration fee', es: 'Cuota de registro' } },
    { kind: 'processing', categories: ['IFS'], amount: 10000, currency: 'USD', paymentUrl: 'https://pay.example.org/fees?ref={reference}' },
    { kind: 'processing', categories: ['IFA'], amount: 2500, currency: 'USD', stripe: true },
  ],
});

// Registration fees paid by the association's page (IFS), or as the coordinator says (IFA).
const LINK_PROGRAM = defineProgram({
  id: 'fees-link',
  name: { en: 'Link AIMH', es: 'AIMH Enlace' },
  offers: { 'IMH-E': [...IMH_CODES] },
  contact: { email: 'endorsement@link.example.org' },
  fees: { en: 'Membership is separate.', es: 'La membresía es aparte.' },
  feeSchedule: [
    { kind: 'registration', categories: ['IFS'], amount: 2000, currency: 'USD', paymentUrl: 'https://pay.example.org/reg?ref={reference}' },
    { kind: 'registration', categories: ['IFA'], amount: 1500, currency: 'USD' },
  ],
});

/** The suite for one database. */
export function feesSuite(kind: DatabaseKind): void {
  describe(`fees on ${kind}`, () => {
    let database: TestDatabase;
    let server: TestServer;
    let smtp: TestSmtp;
    let stripe: FakeStripe;
    let coordinator: CoordinatorClient;
    let other: CoordinatorClient;
    let registration: { id: string; reference: string };
    let application: { id: string; reference: string };

    const status = async (id: string) =>
      (await (await server.request(`/api/applications/${id}`)).json()) as { fees?: Record<string, unknown>[] };
    const feeOf = async (id: string, kind: string) =>
      (
        await server.db.query<{ status: string; method: string | null }>(
          'select status, method from record_fees where record_id = $1 and kind = $2',
          [id, kind],
        )
      ).rows[0];
    const checkout = (body: unknown) => post(server, '/api/fees/checkout', body);
    const deliver = (delivery: { body: string; signature: string }, program = 'fees-demo') =>
      server.request(`/api/fees/stripe/${program}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': delivery.signature },
        body: delivery.body,
      });
    const completed = (id: string, session: Record<string, unknown>, type = 'checkout.session.completed') =>
      signedEvent(WEBHOOK_SECRET, { id, type, data: { object: { object: 'checkout.session', ...session } } });

    before(async () => {
      database = await freshDatabase(kind);
      smtp = await startSmtp();
      stripe = await startFakeStripe();
      server = await startTestServer(database, {
        smtpUrl: smtp.url,
        programs: [
          { program: PROGRAM, origins: ['https://embed.example.org'], coordinatorEmail: 'coordinator@fees.example.org' },
          { program: programs.alliance, origins: [] },
          { program: LINK_PROGRAM, origins: [] },
        ],
        stripe: { 'fees-demo': { secretKey: 'sk_test_fees', webhookSecret: WEBHOOK_SECRET, apiUrl: stripe.url } },
      });
      coordinator = await signedInCoordinator(server, 'staff@fees.example.org', 'fees-demo');
      other = await signedInCoordinator(server, 'staff@alliance.example.org', 'alliance');
      registration = await (await post(server, '/api/registrations', { ...validRegistration(), program: 'fees-demo' })).json();
      application = await (
        await post(server, '/api/applications', { ...validApplication(), program: 'fees-demo' }, undefined, { 'accept-language': 'es' })
      ).json();
      // The registration's and the application's mails to the applicant (and the coordinator's).
      await smtp.waitFor(3);
    });
    after(async () => {
      await server.close();
      await stripe.stop();
      await smtp.stop();
      database.cleanup();
    });

    it("shows in the status lookup what is due for the record's category, the link carrying the reference", async () => {
      const { fees } = await status(application.id);
      assert.deepEqual(fees, [
        {
          record: registration.id,
          kind: 'registration',
          label: 'Cuota de registro',
          amount: 2000,
          currency: 'USD',
          refundable: false,
          status: 'due',
          payment: 'stripe',
        },
        {
          record: application.id,
          kind: 'processing',
          label: 'Cuota de trámite',
          amount: 10000,
          currency: 'USD',
          refundable: false,
          status: 'due',
          payment: 'link',
          paymentUrl: `https://pay.example.org/fees?ref=${application.reference}`,
        },
      ]);
    });

    it('creates a Checkout Session with the idempotency key of the record and fee, and the amount of the schedule', async () => {
      const first = await checkout({ record: registration.id, kind: 'registration', returnUrl: 'https://embed.example.org/apply' });
      assert.equal(first.status, 201);
      const { url } = (await first.json()) as { url: string };
      assert.equal(url, 'https://checkout.stripe.test/c/pay/cs_test_1');
      const again = await checkout({ record: registration.id, kind: 'registration' });
      assert.equal(((await again.json()) as { url: string }).url, url, 'a second click gets the same session');
      const creates = stripe.requests.filter((r) => r.path === '/v1/checkout/sessions');
      assert.deepEqual(
        creates.map((r) => r.idempotencyKey),
        [`${registration.id}:registration`, `${registration.id}:registration`],
      );
      const params = creates[0]!.params;
      assert.equal(creates[0]!.authorization, 'Bearer sk_test_fees');
      assert.equal(params.get('mode'), 'payment');
      assert.equal(params.get('client_reference_id'), registration.id);
      assert.equal(params.get('metadata[feeKind]'), 'registration');
      assert.equal(params.get('line_items[0][price_data][unit_amount]'), '2000');
      assert.equal(params.get('line_items[0][price_data][currency]'), 'usd');
      assert.equal(params.get('success_url'), 'https://embed.example.org/apply');
      assert.equal(stripe.sessions.length, 1);
      // Starting to pay (or coming back from Stripe's page) pays nothing.
      assert.equal((await feeOf(registration.id, 'registration'))?.status, 'due');
    });

    it('refuses a checkout for a fee not paid through Stripe, an unknown record, or a return to another site', async () => {
      assert.equal((await checkout({ record: application.id, kind: 'processing' })).status, 409);
      assert.equal((await checkout({ record: crypto.randomUUID(), kind: 'registration' })).status, 404);
      assert.equal((await checkout({ record: 'nope', kind: 'registration' })).status, 404);
      assert.equal((await checkout({ record: registration.id })).status, 400);
      const away = await checkout({ record: registration.id, kind: 'registration', returnUrl: 'https://evil.example.net/' });
      assert.equal(away.status, 400);
      assert.equal(((await away.json()) as { error: string }).error, 'return_url_not_allowed');
    });

    it('answers 503, not a crash, while Stripe is down', async () => {
      const created = await post(server, '/api/registrations', { ...validRegistration(), program: 'fees-demo' });
      const { id } = (await created.json()) as { id: string };
      stripe.down = true;
      try {
        const answer = await checkout({ record: id, kind: 'registration' });
        assert.equal(answer.status, 503);
        assert.ok(answer.headers.get('retry-after'));
      } finally {
        stripe.down = false;
      }
    });

    it('changes nothing on a tampered, unsigned, wrongly signed or stale event', async () => {
      const session = {
        id: 'cs_test_1',
        amount_total: 2000,
        currency: 'usd',
        payment_status: 'paid',
        payment_intent: 'pi_1',
        metadata: { recordId: registration.id, feeKind: 'registration' },
      };
      const good = completed('evt_tamper', session);
      const tampered = { body: good.body.replace('"amount_total":2000', '"amount_total":1'), signature: good.signature };
      assert.equal((await deliver(tampered)).status, 400);
      assert.equal((await deliver({ body: good.body, signature: '' })).status, 400);
      const wrongSecret = signedEvent('whsec_someone_else', {
        id: 'evt_wrong',
        type: 'checkout.session.completed',
        data: { object: session },
      });
      assert.equal((await deliver(wrongSecret)).status, 400);
      const stale = signedEvent(
        WEBHOOK_SECRET,
        { id: 'evt_stale', type: 'checkout.session.completed', data: { object: session } },
        Math.floor(Date.now() / 1000) - 3600,
      );
      assert.equal((await deliver(stale)).status, 400);
      assert.equal((await deliver(good, 'alliance')).status, 404, 'a program without Stripe has no webhook');
      assert.equal((await feeOf(registration.id, 'registration'))?.status, 'due');
      const { rows } = await server.db.query('select id from stripe_events');
      assert.deepEqual(rows, [], 'no refused event is remembered');
    });

    it('changes nothing for a session this server did not make for that fee, or for another amount', async () => {
      const base = {
        amount_total: 2000,
        currency: 'usd',
        payment_status: 'paid',
        metadata: { recordId: registration.id, feeKind: 'registration' },
      };
      for (const [id, session] of [
        ['evt_other_session', { ...base, id: 'cs_test_999' }],
        ['evt_other_amount', { ...base, id: 'cs_test_1', amount_total: 1 }],
        ['evt_no_metadata', { ...base, id: 'cs_test_1', metadata: {} }],
      ] as const) {
        const answer = await deliver(completed(id, session));
        assert.equal(answer.status, 200);
        assert.equal(((await answer.json()) as { result: string }).result, 'unmatched');
      }
      assert.equal((await feeOf(registration.id, 'registration'))?.status, 'due');
    });

    it('marks the fee paid only when Stripe says paid, mails one receipt, and a replayed event changes nothing', async () => {
      const session = {
        id: 'cs_test_1',
        amount_total: 2000,
        currency: 'usd',
        payment_intent: 'pi_123',
        metadata: { recordId: registration.id, feeKind: 'registration' },
      };
      // A bank debit: completed, not yet paid.
      const unpaid = await deliver(completed('evt_unpaid', { ...session, payment_status: 'unpaid' }));
      assert.equal(((await unpaid.json()) as { result: string }).result, 'pending');
      assert.equal((await feeOf(registration.id, 'registration'))?.status, 'pending');
      const before = smtp.mails.length;
      const succeeded = completed('evt_succeeded', { ...session, payment_status: 'paid' }, 'checkout.session.async_payment_succeeded');
      const answer = await deliver(succeeded);
      assert.equal(answer.status, 200);
      assert.equal(((await answer.json()) as { result: string }).result, 'paid');
      assert.deepEqual(await feeOf(registration.id, 'registration'), { status: 'paid', method: 'stripe' });
      const [receipt] = (await smtp.waitFor(before + 1)).slice(before);
      assert.equal(receipt?.subject, 'Receipt: Registration fee paid');
      assert.equal(receipt?.to && 'text' in receipt.to ? receipt.to.text : '', 'ana.ruiz@example.org');
      assert.match(receipt?.text ?? '', /Fees Demo AIMH received your payment of \$20\.00 for the Registration fee/);
      assert.match(receipt?.text ?? '', /payment pi_123/);
      assert.match(receipt?.text ?? '', new RegExp(registration.reference));

      const audit = async () => (await server.db.query('select action from fee_audit where record_id = $1', [registration.id])).rows.length;
      const audited = await audit();
      const replay = await deliver(succeeded);
      assert.equal(replay.status, 200);
      assert.equal(((await replay.json()) as { result: string }).result, 'duplicate');
      // A completed event after the payment changes nothing either.
      await deliver(completed('evt_late_completed', { ...session, payment_status: 'paid' }));
      assert.equal(await audit(), audited);
      await server.mailQueue.wake();
      assert.equal(smtp.mails.length, before + 1, 'one receipt');
      const { fees } = await status(application.id);
      assert.equal(fees?.[0]?.status, 'paid');
      assert.ok(typeof fees?.[0]?.settledAt === 'string');
      // Paid: no new checkout.
      assert.equal((await checkout({ record: registration.id, kind: 'registration' })).status, 409);
    });

    it('answers hostile webhook bodies with 4xx, never 5xx', async () => {
      // Signed for another body (refused), and signed for this very body with the server's secret
      // (as only Stripe could): then it is our parsing that meets it.
      const mismatched = (body: string) => ({ body, signature: signBody(WEBHOOK_SECRET, '{}') });
      const selfSigned = (body: string) => ({ body, signature: signBody(WEBHOOK_SECRET, body) });
      const bodies = [
        '',
        'not json',
        '[]',
        'null',
        '{"id":"evt_x"}',
        '{"id":1,"type":"checkout.session.completed","data":{"object":null}}',
        '{"id":"evt_y","type":"checkout.session.completed","data":null}',
        '{"id":"evt_z","type":"checkout.session.completed","data":{"object":{"metadata":"x","amount_total":"2000"}}}',
        '['.repeat(5000) + ']'.repeat(5000),
        JSON.stringify({ id: 'evt_big', pad: 'x'.repeat(600 * 1024) }),
      ];
      for (const body of bodies)
        for (const delivery of [mismatched(body), selfSigned(body)]) {
          const answer = await deliver(delivery);
          assert.ok(answer.status < 500, `${answer.status} for ${body.slice(0, 40)}`);
        }
      const wrongType = await server.request('/api/fees/stripe/fees-demo', {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'stripe-signature': 't=1,v1=x' },
        body: 'x',
      });
      assert.equal(wrongType.status, 415);
      assert.equal((await feeOf(registration.id, 'registration'))?.status, 'paid');
    });

    it('lets the coordinator waive, invoice or mark a fee paid with a note, audited; each mails the applicant (a notice, a receipt) in their language', async () => {
      const path = `/admin/api/records/${application.id}/fees/processing`;
      assert.equal((await coordinator.request('POST', path, { status: 'waived', note: 'Scholarship 2027' })).status, 200);
      assert.equal((await status(application.id)).fees?.[1]?.status, 'waived');
      assert.equal((await coordinator.request('POST', path, { status: 'invoiced', note: 'Agency PO 4411' })).status, 200);
      assert.equal((await status(application.id)).fees?.[1]?.status, 'invoiced');
      // Waived, then invoiced: each a notice that there is nothing to pay, without the coordinator's note.
      const notices = () =>
        smtp.mails.filter((mail) => /^Cuota de trámite: (nada que pagar|facturada a su empleador)$/.test(mail.subject ?? ''));
      for (let i = 0; notices().length < 2; i++) {
        if (i > 20) assert.fail(`notices: ${smtp.mails.map((mail) => mail.subject).join(' | ')}`);
        await smtp.waitFor(smtp.mails.length + 1, 5000).catch(() => undefined);
      }
      assert.deepEqual(
        notices()
          .map((mail) => mail.subject)
          .sort(),
        ['Cuota de trámite: facturada a su empleador', 'Cuota de trámite: nada que pagar'],
      );
      assert.match(notices()[0]!.text ?? '', /no tiene nada que pagar/);
      assert.ok(!notices().some((mail) => /Scholarship|Agency/.test(mail.text ?? '')), 'the notes stay in the workspace');
      const before = smtp.mails.length;
      assert.equal((await coordinator.request('POST', path, { status: 'paid', note: 'Cheque 1024' })).status, 200);
      const [receipt] = (await smtp.waitFor(before + 1)).slice(before);
      assert.equal(receipt?.subject, 'Recibo: Cuota de trámite pagada');
      assert.match(receipt?.text ?? '', /Registrada por su Coordinador\/a de Respaldo/);
      const answer = await coordinator.json('GET', `/admin/api/records/${application.id}/fees`);
      assert.equal(answer.fees[0].status, 'paid');
      assert.equal(answer.fees[0].method, 'coordinator');
      assert.deepEqual(
        answer.history.map((h: { action: string; note?: string; actor: string }) => [h.action, h.note, h.actor]),
        [
          ['marked-waived', 'Scholarship 2027', 'staff@fees.example.org'],
          ['marked-invoiced', 'Agency PO 4411', 'staff@fees.example.org'],
          ['marked-paid', 'Cheque 1024', 'staff@fees.example.org'],
        ],
      );
      assert.equal((await coordinator.request('POST', path, { status: 'refunded' })).status, 422);
      assert.equal(
        (await coordinator.request('POST', `/admin/api/records/${application.id}/fees/renewal`, { status: 'paid' })).status,
        404,
      );
      // What Stripe recorded stays Stripe's.
      assert.equal(
        (await coordinator.request('POST', `/admin/api/records/${registration.id}/fees/registration`, { status: 'due' })).status,
        409,
      );
    });

    it('states the registration fee due now in the registration mail, with how to pay it, in English and Spanish', async () => {
      const register = async (program: string, category: string, email: string, language: string) => {
        const answer = await post(
          server,
          '/api/registrations',
          { ...validRegistration(), program, category, applicant: { ...validRegistration().applicant, email } },
          undefined,
          { 'accept-language': language },
        );
        assert.equal(answer.status, 201, await answer.clone().text());
        return (await answer.json()) as { id: string; reference: string };
      };
      const mailTo = async (address: string) => {
        for (let i = 0; ; i++) {
          const found = smtp.mails.find((mail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text === address);
          if (found) return found;
          if (i > 20) assert.fail(`no mail to ${address}`);
          await smtp.waitFor(smtp.mails.length + 1, 5000).catch(() => undefined);
        }
      };
      const lines = (text: string | undefined) => (text ?? '').split('\n');

      // The association's payment page, the reference in it, in Spanish; the free text stays.
      const linked = await register('fees-link', 'IFS', 'link.es@example.org', 'es');
      const es = lines((await mailTo('link.es@example.org')).text);
      const dueAt = es.indexOf('A pagar ahora: la Cuota de registro de 20,00\u00a0US$.');
      assert.ok(dueAt > 0, es.join('\n'));
      assert.equal(
        es[dueAt + 1],
        `Páguela en esta página, que lleva su referencia ${linked.reference}: https://pay.example.org/reg?ref=${linked.reference}`,
      );
      assert.equal(es[dueAt + 2], 'Cuotas: La membresía es aparte.');

      // No page: the coordinator says how; another category, another amount.
      await register('fees-link', 'IFA', 'link.en@example.org', 'en');
      const en = lines((await mailTo('link.en@example.org')).text);
      assert.ok(en.includes('Due now: the Registration fee of $15.00.'), en.join('\n'));
      assert.ok(
        en.includes('Your Endorsement Coordinator will tell you how to pay it (card, cheque, or an invoice to your employer).'),
        en.join('\n'),
      );
      assert.ok(!en.some((line) => line.includes('https://pay.example.org')));

      // Stripe: the button of the page they registered on (a mail's link would be opened by scanners).
      await register('fees-demo', 'IFS', 'card.en@example.org', 'en');
      const card = lines((await mailTo('card.en@example.org')).text);
      assert.ok(card.includes('Due now: the Registration fee of $20.00.'), card.join('\n'));
      assert.ok(
        card.includes(
          'Pay it by card with the button on the page where you registered; if you cannot, your Endorsement Coordinator will tell you how to pay.',
        ),
        card.join('\n'),
      );

      // A program without a schedule says nothing of an amount.
      await register('alliance', 'IFS', 'plain@example.org', 'en');
      assert.ok(!(await mailTo('plain@example.org')).text?.includes('Due now'));
    });

    it("keeps another program's coordinator out of the fees", async () => {
      assert.equal((await other.request('GET', `/admin/api/records/${application.id}/fees`)).status, 404);
      assert.equal((await other.request('POST', `/admin/api/records/${application.id}/fees/processing`, { status: 'due' })).status, 404);
      assert.equal((await feeOf(application.id, 'processing'))?.status, 'paid');
    });
  });
}
