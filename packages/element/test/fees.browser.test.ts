// Issue 20, fees: the fee of the chosen category before the applicant registers (fees are not
// refunded for a wrong category), the amount in force today for a dated change, what is due at
// each step (registration now, processing with the application), English and Spanish, and the
// status lookup's fees with their payment pages.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { customBackend, defineProgram, memoryStore, today, type FeeDefinition, type Receipt } from '@endorsement-kit/sdk';
import { createCheckoutReceiver, createReceiver } from '@endorsement-kit/test-kit/msw/index.js';
import {
  button,
  click,
  field,
  mount,
  onHeading,
  option,
  ready,
  registerByTyping,
  text,
  type,
} from '@endorsement-kit/test-kit/element/helpers.js';
import '../src/define.js';
import type { EndorsementApplication } from '../src/index.js';

const SCHEDULE: FeeDefinition[] = [
  { kind: 'registration', categories: ['IFA'], amount: 1500, currency: 'USD' },
  { kind: 'registration', categories: ['IFS'], amount: 2000, currency: 'USD', paymentUrl: 'https://pay.example.org/aimh?ref={reference}' },
  { kind: 'processing', categories: ['IFA'], amount: 2500, currency: 'USD' },
  { kind: 'processing', categories: ['IFS'], amount: 10000, currency: 'USD' },
];
const program = (feeSchedule: FeeDefinition[] = SCHEDULE, id = 'fees-aimh') =>
  defineProgram({ id, name: 'Fees AIMH', offers: { 'IMH-E': ['IFA', 'IFS'] }, feeSchedule });

const fees = (el: EndorsementApplication) => (el.shadowRoot!.querySelector('#ek-fees')?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function toCategory(el: EndorsementApplication, start = 'Start a new application', step = 'Endorsement and category') {
  await click(el, button(el, start));
  await click(el, button(el, step));
  await onHeading(el, step);
}

describe('fees', () => {
  afterEach(() => fixtureCleanup());

  it('shows the fee of the chosen category on the category step, before registering, and that it is not refunded', async () => {
    const el = await mount({ program: program(), store: memoryStore() });
    await toCategory(el);
    expect(fees(el)).to.equal('', 'nothing before a category is chosen');
    await click(el, option(el, 'Category', 'Infant Family Associate'));
    await waitUntil(() => fees(el) !== '', 'the fees of the category');
    expect(fees(el)).to.contain('Fees for Infant Family Associate');
    expect(fees(el)).to.contain('Registration fee: $15.00, due when you register');
    expect(fees(el)).to.contain('Processing fee: $25.00, due when you send your application');
    expect(fees(el)).to.contain('Fees are not refunded, also when the category chosen turns out to be the wrong one');
    await click(el, option(el, 'Category', 'Infant Family Specialist'));
    await waitUntil(() => fees(el).includes('$20.00'), 'the other category');
    expect(fees(el)).to.contain('Registration fee: $20.00, due when you register');
    expect(fees(el)).to.contain('Processing fee: $100.00, due when you send your application');
    expect(el.shadowRoot!.querySelector('#ek-fees h3')?.textContent).to.equal('Fees for Infant Family Specialist');
  });

  it('says it in Spanish', async () => {
    const el = await mount({ program: program(), store: memoryStore(), locale: 'es' });
    await toCategory(el, 'Comenzar una solicitud nueva', 'Respaldo y categoría');
    await click(el, option(el, 'Categoría', 'Asociado/a de Familias con Infantes'));
    await waitUntil(() => fees(el) !== '', 'the fees of the category');
    expect(fees(el)).to.match(/Cuota de registro: 15,00\sUS\$, se paga al registrarse/);
    expect(fees(el)).to.match(/Cuota de trámite: 25,00\sUS\$, se paga al enviar la solicitud/);
    expect(fees(el)).to.contain('Las cuotas no se reembolsan');
  });

  it('shows the amount in force today: a change from today applies, one from tomorrow not yet', async () => {
    const now = today();
    const next = new Date(Date.now() + 36 * 3600 * 1000).toISOString().slice(0, 10);
    const dated = (from: string): FeeDefinition[] => [
      {
        kind: 'registration',
        amount: [
          { from: '2000-01-01', value: 1500 },
          { from, value: 4000 },
        ],
        currency: 'USD',
      },
    ];
    for (const [from, shown] of [
      [now, '$40.00'],
      [next, '$15.00'],
    ] as const) {
      const el = await mount({ program: program(dated(from), `dated-${from}`), store: memoryStore() });
      await toCategory(el);
      await click(el, option(el, 'Category', 'Infant Family Associate'));
      await waitUntil(() => fees(el) !== '', 'the fees of the category');
      expect(fees(el), `a change from ${from}`).to.contain(`Registration fee: ${shown}, due when you register`);
      fixtureCleanup();
    }
  });

  it('after registering says the registration fee is due now, with the payment page carrying the reference', async () => {
    const receipt: Receipt = { id: 'reg-1', reference: 'F5A-7K3M-Q9PD', receivedAt: '2026-12-07T10:00:00Z', status: 'registered' };
    const backend = customBackend({ register: async () => receipt, submit: async () => receipt, status: async () => receipt });
    const el = await mount({ program: program(), store: memoryStore(), backend });
    await registerByTyping(el);
    await onHeading(el, 'Registration sent');
    await waitUntil(() => el.shadowRoot!.querySelector('#ek-registered-fees'), 'the fee due now');
    expect(text(el)).to.contain('Due now: Registration fee, $20.00.');
    const link = [...el.shadowRoot!.querySelectorAll('a')].find((a) => a.textContent!.includes('Pay the Registration fee'))!;
    expect(link.href).to.equal('https://pay.example.org/aimh?ref=F5A-7K3M-Q9PD');
    expect(link.rel).to.contain('noopener');
  });

  it('shows in the status lookup what is due and what is paid; only an https payment page is linked', async () => {
    const receipt: Receipt = {
      id: 'app-1',
      receivedAt: '2026-12-07T10:00:00Z',
      status: 'received',
      fees: [
        {
          record: 'reg-1',
          kind: 'registration',
          label: 'Registration fee',
          amount: 2000,
          currency: 'USD',
          status: 'paid',
          payment: 'stripe',
        },
        {
          record: 'app-1',
          kind: 'processing',
          label: 'Processing fee',
          amount: 10000,
          currency: 'USD',
          status: 'due',
          payment: 'link',
          paymentUrl: 'https://pay.example.org/aimh?ref=X',
        },
        {
          record: 'app-1',
          kind: 'exam',
          label: 'Exam fee',
          amount: 2500,
          currency: 'USD',
          status: 'due',
          payment: 'link',
          paymentUrl: 'javascript:alert(1)',
        },
      ],
    };
    const backend = customBackend({ register: async () => receipt, submit: async () => receipt, status: async () => receipt });
    const el = await mount({ program: program(), store: memoryStore(), backend });
    await click(el, button(el, 'Check the status of an application'));
    await onHeading(el, 'Check the status of an application');
    await type(field(el, 'Reference number'), 'app-1');
    await click(el, button(el, 'Check status'));
    await waitUntil(() => el.shadowRoot!.querySelector('#ek-fees-status'), 'the fees');
    expect(text(el)).to.contain('Registration fee ($20.00): paid');
    expect(text(el)).to.contain('Processing fee ($100.00): due');
    const links = [...el.shadowRoot!.querySelectorAll('a')].filter((a) => a.textContent!.startsWith('Pay the'));
    expect(links.map((a) => a.href)).to.deep.equal(['https://pay.example.org/aimh?ref=X']);
  });
});

// The Navigation API's `navigate` event (Chromium; not yet in TypeScript's DOM types): it fires
// for `location.assign`, and `preventDefault()` keeps the test page. A navigation that is not
// made leaves `tried` empty; one that cannot be stopped takes the page away and fails the run.
interface NavigateEventLike extends Event {
  readonly destination: { readonly url: string };
}
const navigation = (window as unknown as { navigation: EventTarget }).navigation;

describe('paying the registration fee by card (Stripe Checkout made by the receiver)', () => {
  const receiver = createReceiver('https://receiver.test/api');
  const checkout = createCheckoutReceiver(receiver.baseUrl);
  const worker = setupWorker(...receiver.handlers, ...checkout.handlers);
  const tried: { url: string; cancelable: boolean }[] = [];
  const stop = (event: Event) => {
    tried.push({ url: (event as NavigateEventLike).destination.url, cancelable: event.cancelable });
    event.preventDefault();
  };
  const STRIPE: FeeDefinition[] = [{ kind: 'registration', categories: ['IFS'], amount: 2000, currency: 'USD', stripe: true }];

  before(() => worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true }));
  after(() => worker.stop());
  beforeEach(() => navigation.addEventListener('navigate', stop));
  afterEach(() => {
    navigation.removeEventListener('navigate', stop);
    tried.length = 0;
    fixtureCleanup();
    receiver.reset();
    checkout.reset();
  });

  async function registered(locale = 'en') {
    const el = await fixture<EndorsementApplication>(
      html`<endorsement-application
        .program=${program(STRIPE, 'fees-stripe')}
        endpoint=${receiver.baseUrl}
        .store=${memoryStore()}
        .locale=${locale}
      ></endorsement-application>`,
    );
    await ready(el);
    return el;
  }
  const alert = (el: EndorsementApplication) =>
    (el.shadowRoot!.querySelector('#ek-registered-fees [role="alert"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

  it('asks the receiver for the page of this record’s fee, says clearly when that fails, and on a retry goes to the page it answered, claiming nothing paid', async () => {
    const el = await registered();
    await registerByTyping(el);
    await onHeading(el, 'Registration sent');
    const [record] = [...receiver.records.values()];
    expect(text(el)).to.contain('Due now: Registration fee, $20.00.');
    const pay = button(el, 'Pay the Registration fee by card');
    expect(pay.localName, 'a real button').to.equal('button');

    checkout.script({
      status: 503,
      body: { error: 'payments_unavailable', message: 'The payment page could not be made; try again shortly.' },
    });
    await click(el, pay);
    await waitUntil(() => alert(el) !== '', 'the failure shown');
    expect(alert(el)).to.equal(
      'The payment page could not be opened, and nothing was charged. Try again in a moment; if it keeps failing, ask your Endorsement Coordinator.',
    );
    expect(tried, 'no navigation on a failure').to.deep.equal([]);
    expect(pay.isConnected && pay.getAttribute('aria-disabled'), 'the button can be used again').to.equal(null);

    await click(el, button(el, 'Pay the Registration fee by card'));
    await waitUntil(() => tried.length > 0, 'the page goes to the payment page');
    expect(checkout.requests.map((r) => r.body)).to.deep.equal([
      { record: record!.receipt.id, kind: 'registration', returnUrl: location.href },
      { record: record!.receipt.id, kind: 'registration', returnUrl: location.href },
    ]);
    expect(checkout.requests[1]!.contentType).to.equal('application/json');
    expect(tried).to.deep.equal([{ url: checkout.pageFor(record!.receipt.id, 'registration'), cancelable: true }]);
    expect(alert(el), 'the failure is gone').to.equal('');
    expect(text(el)).to.contain('Opening the payment page…');
    expect(text(el), 'nothing claims the fee paid').to.not.match(/\bpaid\b/i);

    // Back from Stripe's page with the back button, this page as it was left (bfcache): the button works again.
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await waitUntil(() => !text(el).includes('Opening the payment page…'), 'no longer busy');
    expect(button(el, 'Pay the Registration fee by card').getAttribute('aria-disabled')).to.equal(null);
    expect(text(el), 'still nothing claims the fee paid').to.not.match(/\bpaid\b/i);
  });

  it('offers "Pay by card" in the status lookup for a Stripe fee still due, and goes to the page the receiver answers for that record', async () => {
    const fee = {
      kind: 'registration',
      label: 'Registration fee',
      amount: 2000,
      currency: 'USD',
      refundable: false,
      payment: 'stripe',
    } as const;
    const receipt: Receipt = {
      id: 'app-9',
      receivedAt: '2026-12-07T10:00:00Z',
      status: 'received',
      fees: [
        { ...fee, record: 'reg-9', status: 'due' },
        {
          ...fee,
          record: 'app-9',
          kind: 'processing',
          label: 'Processing fee',
          amount: 10000,
          status: 'paid',
          settledAt: '2026-12-07T11:00:00Z',
        },
      ],
    };
    const backend = customBackend({ register: async () => receipt, submit: async () => receipt, status: async () => receipt });
    const el = await fixture<EndorsementApplication>(
      html`<endorsement-application
        .program=${program(STRIPE, 'fees-stripe-status')}
        endpoint=${receiver.baseUrl}
        .backend=${backend}
        .store=${memoryStore()}
      ></endorsement-application>`,
    );
    await ready(el);
    await click(el, button(el, 'Check the status of an application'));
    await onHeading(el, 'Check the status of an application');
    await type(field(el, 'Reference number'), 'app-9');
    await click(el, button(el, 'Check status'));
    await waitUntil(() => el.shadowRoot!.querySelector('#ek-fees-status'), 'the fees');
    expect(text(el)).to.contain('Registration fee ($20.00): due');
    expect(text(el)).to.contain('Processing fee ($100.00): paid');
    const pay = [...el.shadowRoot!.querySelectorAll('button')].filter((b) => b.textContent!.trim().startsWith('Pay the'));
    expect(
      pay.map((b) => b.textContent!.trim()),
      'only the fee still due',
    ).to.deep.equal(['Pay the Registration fee by card']);
    await click(el, pay[0]!);
    await waitUntil(() => tried.length > 0, 'the page goes to the payment page');
    expect(checkout.requests.map((r) => r.body)).to.deep.equal([{ record: 'reg-9', kind: 'registration', returnUrl: location.href }]);
    expect(tried.map((t) => t.url)).to.deep.equal([checkout.pageFor('reg-9', 'registration')]);
  });

  it('tells an applicant whose fee is already settled that there is nothing more to pay, in English and Spanish, without leaving the page', async () => {
    const el = await registered();
    await registerByTyping(el);
    await onHeading(el, 'Registration sent');
    checkout.script({ status: 409, body: { error: 'fee_settled', message: 'This fee is already paid, waived or invoiced.' } });
    await click(el, button(el, 'Pay the Registration fee by card'));
    await waitUntil(() => alert(el) !== '', 'the answer shown');
    expect(alert(el)).to.equal('This fee is already paid, waived or invoiced: there is nothing more to pay.');
    el.locale = 'es';
    await waitUntil(() => alert(el).startsWith('Esta cuota'), 'the answer in Spanish');
    expect(alert(el)).to.equal('Esta cuota ya está pagada, exonerada o facturada: no hay nada más que pagar.');
    checkout.script('network-error');
    await click(el, button(el, 'Pagar la Cuota de registro con tarjeta'));
    await waitUntil(() => alert(el).startsWith('No se pudo'), 'a network failure in Spanish');
    expect(alert(el)).to.equal(
      'No se pudo abrir la página de pago y no se cobró nada. Inténtelo de nuevo en un momento; si sigue fallando, consulte a su Coordinador/a de Respaldo.',
    );
    expect(tried, 'no navigation').to.deep.equal([]);
  });
});
