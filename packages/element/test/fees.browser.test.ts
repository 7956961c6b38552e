// Issue 20, fees: the fee of the chosen category before the applicant registers (fees are not
// refunded for a wrong category), the amount in force today for a dated change, what is due at
// each step (registration now, processing with the application), English and Spanish, and the
// status lookup's fees with their payment pages.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { customBackend, defineProgram, memoryStore, today, type FeeDefinition, type Receipt } from '@endorsement-kit/sdk';
import { button, click, field, mount, onHeading, option, registerByTyping, text, type } from '@endorsement-kit/test-kit/element/helpers.js';
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
