// Renewal fees through the fee flow (docs/fees.md, "Renewal fees"), run on PGlite and on a real
// Postgres by renewal-fees-*.node.test.ts: the renewal mails state the schedule's fee in its
// currency and the endorsee's language; the renewal link's invitation shows what is due; Stripe
// Checkout for a renewal fee against a fake Stripe API on loopback (an Idempotency-Key per renewal
// and kind), paid only by the webhook (signatures from the stripe package's own helper), a replay
// changing nothing; the coordinator's marks with their receipt or notice; the late fee only in the
// late window; and a program that takes the renewal only once paid.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ParsedMail } from 'mailparser';
import { defineProgram, type RenewalInvitation } from '@endorsement-kit/sdk';
import { axeViolations, byRole, fill, launchChromium, press, waitForText } from '@endorsement-kit/test-kit/server/chromium.js';
import type { EndorseeList } from '../src/endorsees/endorsee-api-types.js';
import { freshDatabase, type DatabaseKind, type TestDatabase } from './support/databases.js';
import { signedInCoordinator, type CoordinatorClient } from './support/coordinator-client.js';
import { signedEvent, startFakeStripe, type FakeStripe } from './support/fake-stripe.js';
import { mailsTo } from './support/references.js';
import { startSmtp, type TestSmtp } from './support/smtp.js';
import { post, startTestServer, type TestServer } from './support/test-server.js';

const WEBHOOK_SECRET = 'whsec_test_renewal_fees';
const renewal = { windowOpens: '10-01', due: '12-31', lateUntil: '01-31', inactive: { maxMonths: 6 } } as const;
const feeSchedule = [
  { kind: 'renewal', amount: 3000, currency: 'EUR', stripe: true },
  { kind: 'late', amount: 2500, currency: 'EUR', stripe: true },
  { kind: 'reinstatement', amount: 5000, currency: 'EUR' },
] as const;
const PROGRAM = defineProgram({
  id: 'harbor-aimh',
  name: { en: 'Harbor AIMH', es: 'AIMH Harbor' },
  offers: { 'IMH-E': ['IFA', 'IFS', 'IMHS'] },
  contact: { email: 'endorsement@harbor.example.org' },
  renewal,
  feeSchedule,
});
// The same rules, but the renewal is taken only once its fee is settled.
const PAY_FIRST = defineProgram({
  id: 'paid-first',
  name: 'Paid First AIMH',
  offers: { 'IMH-E': ['IFA', 'IFS', 'IMHS'] },
  contact: { email: 'endorsement@paidfirst.example.org' },
  renewal: { ...renewal, payBeforeSubmit: true },
  feeSchedule,
});
const CSV = [
  'name,email,categories,endorsed_on,last_renewal,display_name,language',
  'Ana Ruiz,ana@example.org,IMHS,2020-05-01,2025-11-20,,en',
  'Ben Cole,ben@example.org,IFS,2021-01-01,2025-12-10,,en',
  'Dee Soto,dee@example.org,IFA,2026-02-01,,,es',
].join('\n');

/** The token of a renewal mail's link (`…/renew/#<token>` on a line of its own). */
function renewalToken(mail: ParsedMail): string {
  const match = /^https?:\/\/\S+\/renew\/#([A-Za-z0-9_-]{43})$/m.exec(mail.text ?? '');
  if (!match) throw new Error(`no renewal link in: ${mail.text}`);
  return match[1]!;
}

// Dee's first renewal asks no hours: membership and the two attestations.
const signature = { accepted: true, signedName: 'Dee Soto', signedOn: '2026-10-02' };
const firstRenewal = {
  training: [],
  rscReceived: [],
  providesRsc: false,
  membership: { association: 'Harbor AIMH', expiresOn: '2027-06-30' },
  attestations: { codeOfEthics: signature, noSanction: signature },
};

/** The suite for one database. */
export function renewalFeesSuite(kind: DatabaseKind): void {
  describe(`renewal fees on ${kind}`, () => {
    let database: TestDatabase;
    let server: TestServer;
    let smtp: TestSmtp;
    let stripe: FakeStripe;
    let coordinator: CoordinatorClient;
    let now = new Date('2026-10-02T13:00:00.000Z');
    const tokens: Record<string, string> = {};

    const open = async (token: string) => (await (await post(server, '/api/renewals/open', { token })).json()) as RenewalInvitation;
    const checkout = (body: unknown) => post(server, '/api/fees/renewal-checkout', body);
    const deliver = (delivery: { body: string; signature: string }) =>
      server.request('/api/fees/stripe/harbor-aimh', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': delivery.signature },
        body: delivery.body,
      });
    const settle = async (count: number) => {
      await server.mailQueue.wake();
      return smtp.waitFor(count);
    };
    // Waits, mail by mail as smtp-server receives them (bounded by waitFor's deadline), for one the queue is sending.
    const mailMatching = async (predicate: (mail: ParsedMail) => boolean): Promise<ParsedMail> => {
      for (;;) {
        await server.mailQueue.wake();
        const found = smtp.mails.find(predicate);
        if (found) return found;
        await smtp.waitFor(smtp.mails.length + 1);
      }
    };
    const endorsee = async (email: string) =>
      (await coordinator.json<EndorseeList>('GET', '/admin/api/endorsees')).endorsees.find((e) => e.email === email)!;

    before(async () => {
      database = await freshDatabase(kind);
      smtp = await startSmtp();
      stripe = await startFakeStripe();
      server = await startTestServer(database, {
        smtpUrl: smtp.url,
        clock: () => now,
        jobPollMs: 3_600_000,
        programs: [
          { program: PROGRAM, origins: ['https://www.harbor.example.org'], coordinatorEmail: 'coordinator@harbor.example.org' },
          { program: PAY_FIRST, origins: [] },
        ],
        stripe: {
          'harbor-aimh': { secretKey: 'sk_test_harbor', webhookSecret: WEBHOOK_SECRET, apiUrl: stripe.url },
          'paid-first': { secretKey: 'sk_test_paid', webhookSecret: WEBHOOK_SECRET, apiUrl: stripe.url },
        },
      });
      coordinator = await signedInCoordinator(server, 'coordinator@harbor.example.org', 'harbor-aimh');
      await coordinator.json('POST', '/admin/api/endorsees/import', { program: 'harbor-aimh', csv: CSV });
      // The window is open: each is mailed at once, with a personal link.
      await server.jobs.runDue();
      await settle(3);
      for (const email of ['ana@example.org', 'ben@example.org', 'dee@example.org'])
        tokens[email] = renewalToken(mailsTo(smtp.mails, email)[0]!);
    });
    after(async () => {
      await server.close();
      await stripe.stop();
      await smtp.stop();
      database.cleanup();
    });

    it("states the schedule's fee in the program's currency and the endorsee's language in the window's mail", () => {
      const [ana] = mailsTo(smtp.mails, 'ana@example.org');
      assert.match(ana!.text ?? '', /The renewal fee is €30\.00\./);
      assert.match(ana!.text ?? '', /a late fee of €25\.00 applies until January 31, 2027/);
      const [dee] = mailsTo(smtp.mails, 'dee@example.org');
      assert.match(dee!.text ?? '', /La cuota de renovación es 30,00\s€\./);
      assert.match(dee!.text ?? '', /se aplica un recargo de 25,00\s€ hasta el 31 de enero de 2027/);
    });

    it('shows on the renewal what is due, and makes a Checkout Session keyed on the renewal and fee', async () => {
      const invitation = await open(tokens['ana@example.org']!);
      assert.deepEqual(invitation.fees, [
        { kind: 'renewal', label: 'Renewal fee', amount: 3000, currency: 'EUR', status: 'due', payment: 'stripe' },
      ]);
      assert.equal(invitation.payBeforeSubmit, false);
      const first = await checkout({
        token: tokens['ana@example.org'],
        kind: 'renewal',
        returnUrl: 'https://www.harbor.example.org/renew/',
      });
      assert.equal(first.status, 201);
      const { url } = (await first.json()) as { url: string };
      assert.match(url, /^https:\/\/checkout\.stripe\.test\/c\/pay\/cs_test_\d+$/);
      const again = await checkout({ token: tokens['ana@example.org'], kind: 'renewal' });
      assert.equal(((await again.json()) as { url: string }).url, url, 'a second click gets the same session');
      const creates = stripe.requests.filter((r) => r.path === '/v1/checkout/sessions');
      const ana = (await endorsee('ana@example.org')).categories[0]!;
      const { rows } = await server.db.query<{ id: string }>('select id from endorsee_categories where category = $1', ['IMHS']);
      const key = `renewal:${rows[0]!.id}:2026-12-31:renewal`;
      assert.deepEqual(
        creates.map((r) => r.idempotencyKey),
        [key, key],
      );
      const params = creates[0]!.params;
      assert.equal(creates[0]!.authorization, 'Bearer sk_test_harbor');
      assert.equal(params.get('metadata[renewalCategory]'), rows[0]!.id);
      assert.equal(params.get('metadata[feeKind]'), 'renewal');
      assert.equal(params.get('line_items[0][price_data][unit_amount]'), '3000');
      assert.equal(params.get('line_items[0][price_data][currency]'), 'eur');
      assert.equal(params.get('customer_email'), 'ana@example.org');
      assert.doesNotMatch(params.get('success_url') ?? '', /#/, 'the link’s token never goes to Stripe');
      assert.deepEqual(
        ana.fees?.map((f) => f.status),
        ['due'],
        'starting to pay pays nothing',
      );
    });

    it('refuses a fee not charged now, a link that is not one, and a return to another site', async () => {
      const late = await checkout({ token: tokens['ana@example.org'], kind: 'late' });
      assert.deepEqual([late.status, ((await late.json()) as { error: string }).error], [409, 'not_stripe']);
      assert.equal((await checkout({ token: 'x'.repeat(43), kind: 'renewal' })).status, 404);
      assert.equal((await checkout({ token: tokens['ana@example.org'] })).status, 400);
      const away = await checkout({ token: tokens['ana@example.org'], kind: 'renewal', returnUrl: 'https://evil.example.net/' });
      assert.deepEqual([away.status, ((await away.json()) as { error: string }).error], [400, 'return_url_not_allowed']);
    });

    it('marks the renewal fee paid only on the webhook, mails one receipt in the currency, and a replay changes nothing', async () => {
      const session = stripe.sessions.find((s) => s.metadata['feeKind'] === 'renewal')!;
      const event = (id: string, more: Record<string, unknown>, type = 'checkout.session.completed') =>
        signedEvent(WEBHOOK_SECRET, { id, type, data: { object: { ...session, payment_intent: 'pi_renew_1', ...more } } });
      const cheaper = await deliver(event('evt_renew_cheap', { amount_total: 100, payment_status: 'paid' }));
      assert.equal(((await cheaper.json()) as { result: string }).result, 'unmatched');
      const before = smtp.mails.length;
      const paid = event('evt_renew_paid', { payment_status: 'paid' });
      const answer = await deliver(paid);
      assert.equal(answer.status, 200);
      assert.equal(((await answer.json()) as { result: string }).result, 'paid');
      const [receipt] = (await settle(before + 1)).slice(before);
      assert.equal(receipt?.subject, 'Receipt: Renewal fee paid');
      assert.match(
        receipt?.text ?? '',
        /Harbor AIMH received your payment of €30\.00 for the Renewal fee \(Infant Mental Health Specialist\)/,
      );
      assert.match(receipt?.text ?? '', /payment pi_renew_1/);
      assert.match(receipt?.text ?? '', /Your reference: R-[0-9A-F]{8}-2026/);
      const replay = await deliver(paid);
      assert.equal(((await replay.json()) as { result: string }).result, 'duplicate');
      const invitation = await open(tokens['ana@example.org']!);
      assert.deepEqual(
        invitation.fees?.map((f) => [f.kind, f.status]),
        [['renewal', 'paid']],
      );
      assert.equal((await checkout({ token: tokens['ana@example.org'], kind: 'renewal' })).status, 409, 'nothing more to pay');
      const ana = await endorsee('ana@example.org');
      const mark = await coordinator.request('POST', `/admin/api/endorsees/${ana.id}/categories/IMHS/fees/renewal`, { status: 'due' });
      assert.equal(mark.status, 409, "what Stripe recorded stays Stripe's");
      await server.mailQueue.wake();
      assert.equal(smtp.mails.length, before + 1, 'one receipt, however often the event comes');
      const { rows } = await server.db.query<{ actor: string; action: string }>(
        "select actor, action from endorsee_audit where endorsee_id = $1 and action like 'fee-%' order by id",
        [ana.id],
      );
      assert.deepEqual(
        rows.map((r) => `${r.actor} ${r.action}`),
        ['endorsee fee-checkout-created', 'stripe fee-paid'],
      );
    });

    it('lets the coordinator waive a fee with a note (audited), and tells a Spanish endorsee in Spanish', async () => {
      const dee = await endorsee('dee@example.org');
      const path = `/admin/api/endorsees/${dee.id}/categories/IFA/fees/renewal`;
      assert.equal((await coordinator.request('POST', path, { status: 'refunded' })).status, 422);
      const before = smtp.mails.length;
      assert.equal((await coordinator.request('POST', path, { status: 'waived', note: 'Scholarship 2026' })).status, 200);
      const [notice] = (await settle(before + 1)).slice(before);
      assert.equal(notice?.subject, 'Cuota de renovación: nada que pagar');
      assert.match(
        notice?.text ?? '',
        /AIMH Harbor le exoneró la Cuota de renovación de 30,00\s€ \(Asociado\/a de Familias con Infantes\)/,
      );
      assert.doesNotMatch(notice?.text ?? '', /Scholarship/, 'the note stays in the workspace');
      const after = await endorsee('dee@example.org');
      assert.deepEqual(
        after.categories[0]!.fees?.map((f) => [f.kind, f.status]),
        [['renewal', 'waived']],
      );
      const { rows } = await server.db.query<{ actor: string; action: string; detail: unknown }>(
        "select actor, action, detail from endorsee_audit where endorsee_id = $1 and action like 'fee-%'",
        [dee.id],
      );
      const detail = (typeof rows[0]!.detail === 'string' ? JSON.parse(rows[0]!.detail) : rows[0]!.detail) as Record<string, unknown>;
      assert.deepEqual(
        [rows[0]!.actor, rows[0]!.action, detail['note'], detail['kind']],
        ['coordinator:coordinator@harbor.example.org', 'fee-marked-waived', 'Scholarship 2026', 'renewal'],
      );
      const opened = await open(tokens['dee@example.org']!);
      assert.deepEqual(
        opened.fees?.map((f) => [f.label, f.status]),
        [['Cuota de renovación', 'waived']],
      );
    });

    it('adds the late fee in the late window only, in the late mail and on the renewal', async () => {
      now = new Date('2027-01-01T13:00:00.000Z');
      await server.jobs.runDue();
      const mail = await mailMatching((m) => mailsTo([m], 'ben@example.org').length > 0 && /is late$/.test(m.subject ?? ''));
      assert.match(mail.text ?? '', /with a late fee of €25\.00 \(in all €55\.00\)/);
      const ben = await open(renewalToken(mail));
      assert.deepEqual(
        ben.fees?.map((f) => [f.kind, f.amount, f.status]),
        [
          ['renewal', 3000, 'due'],
          ['late', 2500, 'due'],
        ],
      );
      const lateCheckout = await checkout({ token: renewalToken(mail), kind: 'late' });
      assert.equal(lateCheckout.status, 201);
      now = new Date('2026-10-02T13:00:00.000Z');
    });

    it('takes a renewal only once its fee is settled when the program says so', async () => {
      const other = await signedInCoordinator(server, 'coordinator@paidfirst.example.org', 'paid-first');
      const before = smtp.mails.length;
      await other.json('POST', '/admin/api/endorsees/import', {
        program: 'paid-first',
        csv: ['name,email,categories,endorsed_on,language', 'Eve Lara,eve@example.org,IFA,2026-02-01,en'].join('\n'),
      });
      await server.jobs.runDue();
      const token = renewalToken(mailsTo((await settle(before + 1)).slice(before), 'eve@example.org')[0]!);
      assert.equal((await open(token)).payBeforeSubmit, true);
      const refused = await post(server, '/api/renewals/submit', { token, renewal: firstRenewal });
      assert.deepEqual([refused.status, ((await refused.json()) as { error: string }).error], [409, 'fee_due']);
      const eve = (await other.json<EndorseeList>('GET', '/admin/api/endorsees')).endorsees[0]!;
      const marked = await other.request('POST', `/admin/api/endorsees/${eve.id}/categories/IFA/fees/renewal`, {
        status: 'invoiced',
        note: 'PO 88',
      });
      assert.equal(marked.status, 200);
      assert.equal((await post(server, '/api/renewals/submit', { token, renewal: firstRenewal })).status, 200);
      const foreign = await other.request(
        'POST',
        `/admin/api/endorsees/${(await endorsee('ana@example.org')).id}/categories/IMHS/fees/renewal`,
        {
          status: 'paid',
        },
      );
      assert.equal(foreign.status, 404, "another program's endorsee");
    });

    if (kind === 'pglite')
      it('in the workspace, the coordinator sees each renewal fee beside Approve and records one invoiced by roles and names (needs pnpm build)', async () => {
        const browser = await launchChromium();
        try {
          const page = await browser.newPage();
          await page.setBypassCSP(true); // only so that axe-core can be injected
          const [name = '', value = ''] = coordinator.cookie!.split('=');
          await page.setCookie({ name, value, url: server.url });
          await page.goto(new URL('/admin/endorsees', server.url).href);
          await waitForText(page, 'Renewal fee (€30.00): paid');
          await waitForText(page, "Paid through Stripe: a refund is made in Stripe's dashboard.");
          await waitForText(page, 'Renewal fee (€30.00): waived (scholarship)');
          const status = await byRole(page, 'combobox', 'Record the renewal fee of IFS for Ben Cole as');
          await status.evaluate((select) => {
            (select as HTMLSelectElement).value = 'invoiced';
            select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
          });
          await fill(page, 'Note on the renewal fee of IFS for Ben Cole (cheque number, scholarship, employer)', 'Agency PO 7');
          const before = smtp.mails.length;
          await press(page, 'button', 'Save the renewal fee of IFS for Ben Cole');
          await waitForText(
            page,
            'the renewal fee of IFS for Ben Cole is recorded as invoiced to the employer; the endorsee is told by mail.',
          );
          await waitForText(page, 'Renewal fee (€30.00): invoiced to the employer');
          assert.deepEqual(await axeViolations(page), []);
          const [notice] = (await settle(before + 1)).slice(before);
          assert.equal(notice?.subject, 'Renewal fee: invoiced to your employer');
          assert.match(
            notice?.text ?? '',
            /Harbor AIMH will invoice your employer for your Renewal fee of €30\.00 \(Infant Family Specialist\)/,
          );
        } finally {
          await browser.close();
        }
      });

    it('once approved, the next cycle owes nothing until its window opens; the paid row stays with its cycle', async () => {
      const ana = await endorsee('ana@example.org');
      await coordinator.json('POST', `/admin/api/endorsees/${ana.id}/categories/IMHS/renewed`, {});
      const renewed = (await endorsee('ana@example.org')).categories[0]!;
      assert.deepEqual([renewed.dueOn, renewed.fees], ['2027-12-31', undefined]);
      const { rows } = await server.db.query<{ due_on: string; status: string }>(
        "select due_on, status from renewal_fees where kind = 'renewal' and status = 'paid'",
      );
      assert.deepEqual(rows, [{ due_on: '2026-12-31', status: 'paid' }]);
    });
  });
}
