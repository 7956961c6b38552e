// Issue 23, point 11: the receipt gives a short reference to read out and type (the 36-character
// id was unusable on the phone), the lookup asks for it with the email address, and after a reload
// on the status screen the reference is still filled in.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { createReceiver } from '@endorsement-kit/test-kit/msw/index.js';
import '../src/define.js';
import type { EndorsementApplication } from '../src/index.js';
import { button, click, field, onHeading, ready, text, type } from '@endorsement-kit/test-kit/element/helpers.js';
import { completeIfs, registeredStore } from './seed.js';

const receiver = createReceiver('https://receiver.test/api');
const worker = setupWorker(...receiver.handlers);

type Store = Awaited<ReturnType<typeof registeredStore>>;

async function mountAt(store: Store): Promise<EndorsementApplication> {
  const el = await fixture<EndorsementApplication>(
    html`<endorsement-application program="alliance" endpoint=${receiver.baseUrl} .store=${store}></endorsement-application>`,
  );
  await ready(el);
  return el;
}

const answer = (el: EndorsementApplication) =>
  (el.shadowRoot!.querySelector('section [role="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the short reference and the status lookup', () => {
  before(() => worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true }));
  after(() => worker.stop());
  afterEach(() => {
    fixtureCleanup();
    receiver.reset();
  });

  it('shows the short reference on the receipt; the lookup keeps it after a reload and needs the email with it', async () => {
    const store = await registeredStore('IFS', completeIfs);
    let el = await mountAt(store);
    await click(el, button(el, 'Start the professional application'));
    await click(el, button(el, 'Code of Ethics and Endorsement Agreement'));
    await click(el, button(el, 'Save and check your answers'));
    await onHeading(el, 'Check your answers');
    await click(el, button(el, 'Submit application'));
    await onHeading(el, 'Application submitted');
    const [record] = [...receiver.records.values()];
    const reference = record!.receipt.reference;
    expect(el.shadowRoot!.querySelector('.receipt-id')!.textContent!.trim()).to.equal(reference);
    expect(text(el)).to.not.contain(record!.receipt.id);

    await click(el, button(el, 'Check the status of an application'));
    await onHeading(el, 'Check the status of an application');
    expect(field(el, 'Reference number').value).to.equal(reference);

    el.remove();
    el = await mountAt(store);
    await onHeading(el, 'Check the status of an application');
    expect(field(el, 'Reference number').value, 'still filled after a reload').to.equal(reference);

    await click(el, button(el, 'Check status'));
    const email = field(el, 'Email address');
    await waitUntil(() => el.shadowRoot!.activeElement === email, 'the empty email focused');
    expect(receiver.requests.filter((r) => r.kind === 'lookup')).to.have.length(0);

    await type(email, 'someone.else@example.org');
    await click(el, button(el, 'Check status'));
    await waitUntil(() => answer(el) !== '', 'the answer');
    expect(answer(el)).to.equal(
      'The status could not be found: no application matches what you entered. Check it against the page you saw when you submitted.',
    );

    email.select();
    await type(email, 'ana@example.org');
    const typed = field(el, 'Reference number');
    typed.select();
    await type(typed, reference.toLowerCase().replace(/-/g, ''));
    await click(el, button(el, 'Check status'));
    await waitUntil(() => answer(el).startsWith('Reference'), 'the status');
    expect(answer(el)).to.match(new RegExp(`^Reference ${reference}: under review\\.`));
    const lookups = receiver.requests.filter((r) => r.kind === 'lookup');
    expect(lookups.at(-1)!.body, 'the email in the body').to.deep.equal({
      reference: reference.toLowerCase().replace(/-/g, ''),
      email: 'ana@example.org',
    });
  });
});
