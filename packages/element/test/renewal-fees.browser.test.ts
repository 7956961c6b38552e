// The renewal page's fees (docs/fees.md, "Renewal fees"): what the receiver says is due and paid,
// in the program's currency and the endorsee's language; "Pay … by card" asks the receiver for
// Stripe's page of this renewal's fee (the token in the body, the return address without it) and
// goes to the page it answered; a refusal is said and nothing navigates; a program that takes the
// renewal only once paid says so on submit. HTTP faked with msw; axe on the fees.
import 'axe-core/axe.min.js';
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { defineProgram, renewalCycle, type RenewalFeeLine, type RenewalInvitation } from '@endorsement-kit/sdk';
import { COMPLETE_FIRST_RENEWAL } from '@endorsement-kit/test-kit/fixtures/renewal-invitation.js';
import '../src/define-renewal.js';
import type { EndorsementRenewal } from '../src/define-renewal.js';

const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const program = defineProgram({
  id: 'harbor-aimh',
  name: 'Harbor AIMH',
  offers: { 'IMH-E': ['IFA', 'IFS'] },
  feeSchedule: [{ kind: 'renewal', amount: 3000, currency: 'EUR', stripe: true }],
});
const due: RenewalFeeLine = { kind: 'renewal', label: 'Renewal fee', amount: 3000, currency: 'EUR', status: 'due', payment: 'stripe' };
const invitation = (more: Partial<RenewalInvitation> = {}): RenewalInvitation => ({
  program,
  programName: 'Harbor AIMH',
  language: 'en',
  fullName: 'Dee Soto',
  category: 'IFA',
  categoryLabel: 'Infant Family Associate',
  endorsedOn: '2026-02-01',
  cycle: renewalCycle(program, { endorsedOn: '2026-02-01' }),
  state: 'draft',
  note: null,
  renewal: null,
  savedAt: null,
  fees: [due],
  payBeforeSubmit: false,
  ...more,
});

let opened = invitation();
let checkoutAnswer: { status: number; body: unknown } = { status: 201, body: { url: 'https://checkout.stripe.test/c/pay/cs_test_7' } };
const checkouts: unknown[] = [];
const opens: unknown[] = [];
const worker = setupWorker(
  http.post('/api/renewals/open', async ({ request }) => {
    opens.push(await request.json());
    return HttpResponse.json(opened);
  }),
  http.post('/api/renewals/save', () => HttpResponse.json({ savedAt: new Date().toISOString() })),
  http.post('/api/renewals/submit', () => HttpResponse.json({ error: 'fee_due', message: 'The renewal fee is due.' }, { status: 409 })),
  http.post('/api/fees/renewal-checkout', async ({ request }) => {
    checkouts.push(await request.json());
    return HttpResponse.json(checkoutAnswer.body as object, { status: checkoutAnswer.status });
  }),
);

// The Navigation API's `navigate` event (Chromium): it fires for `location.assign`, and
// `preventDefault()` keeps the test page (as in fees.browser.test.ts).
interface NavigateEventLike extends Event {
  readonly destination: { readonly url: string };
}
const navigation = (window as unknown as { navigation: EventTarget }).navigation;
const tried: string[] = [];
const stop = (event: Event) => {
  tried.push((event as NavigateEventLike).destination.url);
  event.preventDefault();
};

before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
after(() => worker.stop());
beforeEach(() => navigation.addEventListener('navigate', stop));
afterEach(() => {
  navigation.removeEventListener('navigate', stop);
  tried.length = 0;
  checkouts.length = 0;
  opens.length = 0;
  opened = invitation();
  checkoutAnswer = { status: 201, body: { url: 'https://checkout.stripe.test/c/pay/cs_test_7' } };
  sessionStorage.clear();
  fixtureCleanup();
});

const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
const fees = (el: EndorsementRenewal) => el.shadowRoot!.querySelector('#ekn-fees');
const button = (el: EndorsementRenewal, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);

async function mounted(): Promise<EndorsementRenewal> {
  const el = await fixture<EndorsementRenewal>(html`<endorsement-renewal .token=${'the-token'}></endorsement-renewal>`);
  await waitUntil(() => fees(el), 'the fees shown');
  // Submit and the registry choices come with the rest of the form, a task after its first part.
  await el.updateComplete;
  return el;
}

describe('the renewal page’s fees', () => {
  it('shows the fee due in its currency, and Pay by card goes to the page the receiver answered, the token never in a URL', async () => {
    const el = await mounted();
    const section = fees(el)!;
    expect(section.querySelector('h2')!.textContent).to.equal('Your renewal fees');
    expect(text(el)).to.contain('Renewal fee (€30.00): due');
    expect(text(el)).to.contain('You may submit your renewal before paying; your coordinator sees what is paid.');
    const result = await axe.run(el, { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] });
    expect(result.violations.map((v) => v.id)).to.deep.equal([]);

    const pay = button(el, 'Pay the Renewal fee by card')!;
    expect(pay.localName).to.equal('button');
    pay.click();
    await waitUntil(() => tried.length > 0, 'the page goes to Stripe’s');
    expect(tried).to.deep.equal(['https://checkout.stripe.test/c/pay/cs_test_7']);
    const returnUrl = `${location.origin}${location.pathname}${location.search}`;
    expect(checkouts).to.deep.equal([{ token: 'the-token', kind: 'renewal', returnUrl }]);
    expect(returnUrl).to.not.contain('the-token');
    expect(sessionStorage.getItem('endorsement-renewal-token'), 'kept for the way back').to.equal('the-token');
    expect(text(el), 'nothing claims the fee paid').to.contain('Renewal fee (€30.00): due').and.not.contain('): paid');
  });

  it('says when the payment page could not be made, and does not navigate', async () => {
    checkoutAnswer = { status: 503, body: { error: 'payments_unavailable', message: 'Try again.' } };
    const el = await mounted();
    button(el, 'Pay the Renewal fee by card')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('#ekn-fees [role="alert"]'), 'the failure shown');
    expect(el.shadowRoot!.querySelector('#ekn-fees [role="alert"]')!.textContent).to.contain('nothing was charged');
    expect(tried).to.deep.equal([]);
  });

  it('shows a paid fee with no way to pay it, in Spanish for a Spanish endorsee', async () => {
    opened = invitation({
      language: 'es',
      fees: [{ ...due, label: 'Cuota de renovación', status: 'paid', settledAt: '2026-10-03T10:00:00.000Z' }],
    });
    const el = await mounted();
    expect(text(el)).to.contain('Cuota de renovación (30,00 €): pagada');
    expect(button(el, 'Pagar la Cuota de renovación con tarjeta')).to.equal(undefined);
    const result = await axe.run(el, { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] });
    expect(result.violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('says the fee comes first when the program takes the renewal only once paid, and points to it', async () => {
    opened = invitation({ payBeforeSubmit: true });
    const el = await mounted();
    expect(text(el)).to.contain('Your renewal can be submitted once its fee is paid.');
    // The first renewal asks no hours: a membership and the two signatures complete it.
    opened = invitation({ payBeforeSubmit: true, renewal: COMPLETE_FIRST_RENEWAL });
    fixtureCleanup();
    const filled = await mounted();
    button(filled, 'Submit my renewal')!.click();
    await waitUntil(() => filled.shadowRoot!.querySelector('#ekn-error-summary a'), 'the summary');
    const link = filled.shadowRoot!.querySelector<HTMLAnchorElement>('#ekn-error-summary a')!;
    expect(link.textContent!.trim()).to.equal('Pay the renewal fee first: your renewal can be submitted once it is paid.');
    link.click();
    await waitUntil(() => filled.shadowRoot!.activeElement === fees(filled), 'the fees take focus');
  });

  it('opens the renewal again on the way back from Stripe, whose address carries no token', async () => {
    expect(location.hash).to.equal('');
    sessionStorage.setItem('endorsement-renewal-token', 'kept-token');
    const el = await fixture<EndorsementRenewal>(html`<endorsement-renewal></endorsement-renewal>`);
    await waitUntil(() => fees(el), 'the renewal opened');
    // The test before's element (token "the-token") may still have an open in flight that lands
    // after the reset; this element has only the kept token to send.
    expect(opens.filter((open) => (open as { token?: string }).token !== 'the-token')).to.deep.equal([{ token: 'kept-token' }]);
  });
});
