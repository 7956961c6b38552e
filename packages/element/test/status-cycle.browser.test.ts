// Issue 19, point 6: the applicant's status lookup shows the review cycle their application joined
// as the program states it ("submitted by Dec 15, decided by Feb 15"), in English and Spanish,
// instead of the next review date.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { createReceiver } from '@endorsement-kit/test-kit/msw/index.js';
import '../src/define.js';
import type { EndorsementApplication } from '../src/index.js';
import { button, click, field, onHeading, ready, type } from '@endorsement-kit/test-kit/element/helpers.js';
import { completeIfs, registeredStore } from './seed.js';

const receiver = createReceiver('https://receiver.test/api');
const worker = setupWorker(...receiver.handlers);

const answer = (el: EndorsementApplication) =>
  (el.shadowRoot!.querySelector('section [role="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shown = (el: EndorsementApplication) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

describe('the review cycle in the status lookup', () => {
  before(() => worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true }));
  after(() => worker.stop());
  afterEach(() => {
    fixtureCleanup();
    receiver.reset();
  });

  it('says the cycle with its decision day, in English then in Spanish, and no longer the next review date', async () => {
    const store = await registeredStore('IFS', completeIfs);
    const el = await fixture<EndorsementApplication>(
      html`<endorsement-application program="alliance" endpoint=${receiver.baseUrl} .store=${store}></endorsement-application>`,
    );
    await ready(el);
    await click(el, button(el, 'Start the professional application'));
    await click(el, button(el, 'Code of Ethics and Endorsement Agreement'));
    await click(el, button(el, 'Save and check your answers'));
    await onHeading(el, 'Check your answers');
    await click(el, button(el, 'Submit application'));
    await onHeading(el, 'Application submitted');
    const [record] = [...receiver.records.values()];
    // What @endorsement-kit/server adds to a pending application's lookup (applicant-status.ts).
    Object.assign(record!.receipt, { nextReviewOn: '2027-12-15', cycle: { submittedBy: '2027-12-15', decidedBy: '2028-02-15' } });

    await click(el, button(el, 'Check the status of an application'));
    await onHeading(el, 'Check the status of an application');
    await type(field(el, 'Email address'), 'ana@example.org');
    await click(el, button(el, 'Check status'));
    await waitUntil(() => answer(el).startsWith('Reference'), 'the status');
    await waitUntil(() => shown(el).includes('Your review cycle'), 'the cycle');
    expect(shown(el)).to.contain('Your review cycle: submitted by December 15, 2027, decided by February 15, 2028.');
    expect(shown(el)).to.not.contain('Next review');

    el.locale = 'es';
    await waitUntil(() => shown(el).includes('Su ciclo de revisión'), 'the cycle in Spanish', { timeout: 5000 });
    expect(shown(el)).to.contain(
      'Su ciclo de revisión: enviadas hasta el 15 de diciembre de 2027, con decisión antes del 15 de febrero de 2028.',
    );

    // A program that gives no decision day: the cycle's date alone.
    Object.assign(record!.receipt, { cycle: { submittedBy: '2027-12-15' } });
    await click(el, button(el, 'Consultar el estado'));
    await waitUntil(() => shown(el).includes('Su ciclo de revisión: enviadas hasta el 15 de diciembre de 2027.'), 'the new answer');
    expect(shown(el)).to.not.contain('con decisión');
  });
});
