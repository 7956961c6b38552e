// "Check your answers" with its Change links, submission through restBackend to the shared msw
// receiver, the receipt, the status lookup, and a 422 shown on the right field.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { createReceiver } from '../../sdk/test/msw/index.js';
import '../src/define.js';
import type { EndorsementApplication } from '../src/index.js';
import { button, click, errorOf, field, focused, heading, onHeading, ready, text, type } from './helpers.js';
import { completeIfs, registeredStore } from './seed.js';

const receiver = createReceiver('https://receiver.test/api');
const worker = setupWorker(...receiver.handlers);

async function mountAt(store: Awaited<ReturnType<typeof registeredStore>>): Promise<EndorsementApplication> {
  const el = await fixture<EndorsementApplication>(html`<endorsement-application program="alliance" endpoint=${receiver.baseUrl} .store=${store}></endorsement-application>`);
  await ready(el);
  return el;
}

async function toReview(el: EndorsementApplication) {
  await click(el, button(el, 'Start the professional application'));
  await click(el, button(el, 'Code of Ethics and Endorsement Agreement'));
  await click(el, button(el, 'Save and check your answers'));
  await onHeading(el, 'Check your answers');
}

describe('check your answers, submit, receipt', () => {
  before(() => worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true }));
  after(() => worker.stop());
  afterEach(() => {
    fixtureCleanup();
    receiver.reset();
  });

  it('lists every answer by step, and a Change link goes to the field and comes back', async () => {
    const el = await mountAt(await registeredStore('IFS', completeIfs));
    await toReview(el);
    const sections = [...el.shadowRoot!.querySelectorAll('section[part="summary"] h3')].map((h) => h.textContent!.trim());
    expect(sections).to.deep.equal(['About you', 'Education', 'Work experience', 'Specialized training', 'Reflective supervision/consultation received', 'References', 'Code of Ethics and Endorsement Agreement']);
    expect(text(el)).to.contain('Clock hours 40');
    expect(text(el)).to.contain('Bachelor’s degree');
    await click(el, button(el, 'Change Clock hours'));
    await onHeading(el, 'Specialized training');
    const hours = field(el, 'Clock hours');
    expect(focused(el)?.id).to.equal(hours.id);
    hours.select();
    await type(hours, '45');
    await click(el, button(el, 'Save and check your answers'));
    await onHeading(el, 'Check your answers');
    expect(text(el)).to.contain('Clock hours 45');
  });

  it('submits, shows the receipt with id, status and when to hear back, then looks the status up', async () => {
    const el = await mountAt(await registeredStore('IFS', completeIfs));
    await toReview(el);
    await click(el, button(el, 'Submit application'));
    await onHeading(el, 'Application submitted');
    expect(receiver.requests.filter((r) => r.kind === 'application')).to.have.length(1);
    expect(text(el)).to.contain('APP-1');
    expect(text(el)).to.contain('received');
    expect(text(el)).to.contain('once per quarter');
    await click(el, button(el, 'Check the status of an application'));
    await onHeading(el, 'Check the status of an application');
    await type(field(el, 'Reference number'), 'APP-1');
    await click(el, button(el, 'Check status'));
    await waitUntil(() => text(el).includes('Application APP-1: under review'), 'status shown');
  });

  it('shows a 422 from the backend on the field it names, with the error summary focused', async () => {
    const el = await mountAt(await registeredStore('IFS', completeIfs));
    await toReview(el);
    receiver.script({ status: 422, body: { issues: [{ path: ['references', 1, 'email'], code: 'undeliverable', message: 'This address bounced: enter another email address' }] } });
    await click(el, button(el, 'Submit application'));
    await onHeading(el, 'References');
    await waitUntil(() => focused(el)?.id === 'ek-error-summary', 'summary focused');
    const summaryLink = button(el, 'This address bounced: enter another email address');
    const email = field(el, 'Email address', 1);
    expect(summaryLink.getAttribute('href')).to.equal(`#${email.id}`);
    expect(errorOf(el, email)).to.equal('Error: This address bounced: enter another email address');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    await click(el, summaryLink);
    expect(focused(el)?.id).to.equal(email.id);
    expect(heading(el)).to.equal('References');
  });

  it('stops on a step with missing answers: summary first, the same message beside each field', async () => {
    const el = await mountAt(await registeredStore('IFS'));
    await click(el, button(el, 'Start the professional application'));
    // Registered, so about-you is filled in, but the application also needs a membership.
    await click(el, button(el, 'Save and continue'));
    await waitUntil(() => focused(el)?.id === 'ek-error-summary', 'summary focused');
    expect(heading(el)).to.equal('About you');
    const links = [...el.shadowRoot!.querySelectorAll('.error-summary a')];
    expect(links.length).to.be.greaterThan(0);
    const membership = field(el, 'Association you are a member of');
    expect(links.map((a) => a.getAttribute('href'))).to.include(`#${membership.id}`);
    const link = links.find((a) => a.getAttribute('href') === `#${membership.id}`)!;
    expect(errorOf(el, membership)).to.equal(`Error: ${link.textContent!.trim()}`);
    await type(membership, 'F5A');
    await click(el, button(el, 'Save and continue'));
    await onHeading(el, 'Education');
  });
});
