// The applicant's reference requests in <endorsement-application>, against the shared msw fake of
// the receiver's reference routes: once registered (the registration receipt carries the access
// token), the References step sends a rater's request, shows where each stands, corrects an
// address and asks someone else instead; "Check your answers" says when the program needs the
// ratings first and refuses the submit; the status lookup lists the states too.
import 'axe-core/axe.min.js';
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { setViewport } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import { createEndorsementClient, customBackend, memoryStore, programs, type DraftStore, type Receipt } from '@endorsement-kit/sdk';
import { createReferenceReceiver } from '@endorsement-kit/test-kit/msw/index.js';
import type { EndorsementApplication } from '../src/index.js';
import { button, click, field, heading, onHeading, option, ready, text, type } from '@endorsement-kit/test-kit/element/helpers.js';
import { completeIfs } from './seed.js';
import { norm } from '@endorsement-kit/test-kit/text.js';

const API = 'https://receiver.test/api';
const receiver = createReferenceReceiver(API);
const worker = setupWorker(...receiver.handlers);
const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const sent: { kind: string }[] = [];
const receipt = (id: string, status: string, accessToken?: string): Receipt => ({
  id,
  receivedAt: '2026-11-26T10:32:00Z',
  status,
  ...(accessToken ? { accessToken } : {}),
});
const backend = customBackend({
  register: async () => (sent.push({ kind: 'registration' }), receipt('REG-7', 'registered', 'access-7')),
  submit: async () => (sent.push({ kind: 'application' }), receipt('APP-42', 'received')),
  status: async (id) => receipt(id, 'under_review'),
});

/** A registered draft whose receipt carries the access token, with a complete IFS application. */
async function registered(): Promise<DraftStore> {
  const store = memoryStore();
  const client = createEndorsementClient({ program: programs.alliance, backend, store });
  const draft = await client.open();
  draft.set('applicant', { givenName: 'Ana', familyName: 'Ruiz', email: 'ana@example.org' });
  draft.set('endorsement', 'IMH-E');
  draft.set('category', 'IFS');
  draft.set('overview', { specializedWork: 'Home visitor since 2019', education: 'BSW 2018' });
  await draft.register();
  for (const [path, value] of Object.entries(completeIfs)) draft.set(path, value);
  await draft.flush();
  await client.dispose();
  return store;
}

async function mount(store: DraftStore): Promise<EndorsementApplication> {
  const el = await fixture<EndorsementApplication>(
    html`<endorsement-application program="alliance" endpoint=${API} .backend=${backend} .store=${store}></endorsement-application>`,
  );
  await ready(el);
  return el;
}

async function toReferences(el: EndorsementApplication): Promise<void> {
  await click(el, button(el, 'Start the professional application'));
  await click(el, button(el, 'References'));
  await onHeading(el, 'References');
  await waitUntil(() => !text(el).includes('Loading your reference requests'), 'the requests loaded', { timeout: 10000 });
}

async function noViolations(el: EndorsementApplication, state: string): Promise<void> {
  await el.updateComplete;
  const result = await axe.run(el, { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] });
  const found = result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  expect(found, `axe on ${state}:\n  ${found.join('\n  ')}`).to.deep.equal([]);
}

const stateOf = (el: EndorsementApplication, name: string) => norm(requestItem(el, name)?.querySelector('.ref-state')?.textContent);
const requestItem = (el: EndorsementApplication, name: string) =>
  [...el.shadowRoot!.querySelectorAll('.refs-list li')].find((li) => norm(li.querySelector('h4')?.textContent) === name);

describe('the applicant’s reference requests', () => {
  before(() => worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true }));
  after(() => worker.stop());
  beforeEach(() => {
    receiver.reset();
    receiver.accessTokens.set('REG-7', 'access-7');
    sent.length = 0;
  });
  afterEach(() => fixtureCleanup());

  it('sends a rater’s request from the References step and sees its state', async () => {
    const el = await mount(await registered());
    await toReferences(el);
    expect(text(el)).to.include('No request sent yet.');
    await click(el, button(el, 'Ask a rater for a reference'));
    expect(el.shadowRoot!.activeElement?.id, 'focus on the form’s heading').to.equal('ek-refs-form-heading');

    // Sent empty: the summary lists each missing answer and takes focus.
    await click(el, button(el, 'Send the request'));
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'ek-refs-error-summary', 'the summary focused');
    const problems = [...el.shadowRoot!.querySelectorAll('#ek-refs-error-summary a')].map((a) => norm(a.textContent));
    expect(problems).to.deep.equal([
      'Enter the rater’s full name',
      'Enter the rater’s email address',
      'Select how this person knows you',
      'Select whether you waive your right to see this reference',
    ]);
    await noViolations(el, 'the request form with errors');

    await type(field(el, 'The rater’s full name'), 'Lee Park');
    await type(field(el, 'The rater’s email address'), 'lee.park@example.org');
    await click(el, option(el, 'How the rater knows you', 'Supervisor'));
    await click(el, option(el, 'Do you waive your right to see this rater’s form?', 'Yes, I waive my right to see it'));
    await type(field(el, 'A personal note to the rater (optional)'), 'Thank you for doing this!');
    await click(el, button(el, 'Send the request'));
    await waitUntil(() => text(el).includes('Request sent to Lee Park.'), 'the confirmation', { timeout: 10000 });
    const [request] = receiver.applicant.get('REG-7')!;
    expect(request).to.deep.include({
      name: 'Lee Park',
      email: 'lee.park@example.org',
      role: 'supervisor',
      waiveRight: true,
      note: 'Thank you for doing this!',
      language: 'en',
    });
    const item = requestItem(el, 'Lee Park')!;
    expect(stateOf(el, 'Lee Park')).to.equal('Invited');
    expect(norm(item.textContent)).to.include('You waived your right to see it');
    // Resending waits until the receiver allows it again.
    expect(norm(item.textContent)).to.match(/You can send the email again after /);
    await noViolations(el, 'the References step with a request');

    // The rater declines: the applicant sees it, with the rater's note, on the next visit.
    Object.assign(request!, {
      state: 'declined',
      declineNote: 'I have not worked with Ana long enough.',
      canResendAt: null,
      expiresAt: null,
    });
    fixtureCleanup();
    const again = await mount(await registeredAgain());
    await toReferences(again);
    expect(stateOf(again, 'Lee Park')).to.equal('Declined');
    expect(norm(requestItem(again, 'Lee Park')!.textContent)).to.include('Their note: I have not worked with Ana long enough.');
  });

  it('fits 320 px with the request form open, without scrolling sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mount(await registered());
      await toReferences(el);
      await click(el, button(el, 'Ask a rater for a reference'));
      await click(el, button(el, 'Send the request'));
      await waitUntil(() => el.shadowRoot!.querySelector('#ek-refs-error-summary'), 'the summary');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('corrects an address and asks someone else instead of a rater who has not submitted', async () => {
    receiver.applicant.set('REG-7', [
      {
        id: 'req-1',
        name: 'Lee Park',
        email: 'lee@wrong.example',
        role: 'supervisor',
        waiveRight: true,
        language: 'en',
        state: 'undeliverable',
        sentAt: '2026-12-01T10:00:00.000Z',
        canResendAt: '2026-12-03T10:00:00.000Z',
        expiresAt: '2027-01-30T10:00:00.000Z',
      },
    ]);
    const el = await mount(await registered());
    await toReferences(el);
    expect(stateOf(el, 'Lee Park')).to.equal('Mail refused: check the address');
    // The receiver allows a resend again: the button says whose mail goes again.
    const before = receiver.applicant.get('REG-7')![0]!.sentAt;
    await click(el, button(el, 'Send the email again (Lee Park)'));
    await waitUntil(() => text(el).includes('The email was sent again to Lee Park.'), 'resent', { timeout: 10000 });
    expect(receiver.applicant.get('REG-7')![0]!.sentAt).not.to.equal(before);
    expect(el.shadowRoot!.activeElement?.id, 'focus on the confirmation').to.equal('ek-refs-message');
    await click(el, button(el, 'Correct the email address (Lee Park)'));
    const address = field(el, 'The correct email address for Lee Park');
    expect(el.shadowRoot!.activeElement).to.equal(address);
    address.select();
    await type(address, 'lee@example.org');
    await click(el, button(el, 'Send to this address'));
    await waitUntil(() => text(el).includes('A new link was sent to lee@example.org.'), 'the address corrected', { timeout: 10000 });
    expect(receiver.applicant.get('REG-7')![0]).to.deep.include({ email: 'lee@example.org', state: 'invited' });

    await click(el, button(el, 'Ask someone else instead (Lee Park)'));
    expect(heading(el)).to.equal('References');
    await type(field(el, 'The rater’s full name'), 'Sam Ortiz');
    await type(field(el, 'The rater’s email address'), 'sam@example.org');
    await click(el, option(el, 'How the rater knows you', 'Colleague'));
    await click(el, option(el, 'Do you waive your right to see this rater’s form?', 'No, I keep my right to see it'));
    await click(el, button(el, 'Send the request'));
    await waitUntil(() => text(el).includes('Lee Park was withdrawn and a request sent to Sam Ortiz.'), 'replaced', { timeout: 10000 });
    expect(stateOf(el, 'Lee Park')).to.equal('Withdrawn');
    expect(stateOf(el, 'Sam Ortiz')).to.equal('Invited');
    expect(norm(requestItem(el, 'Sam Ortiz')!.textContent)).to.include('You kept your right to see it');
  });

  it('says that only the coordinator can replace a rater once the application is in, when the receiver refuses it', async () => {
    const el = await mount(await registered());
    await toReferences(el);
    await click(el, button(el, 'Ask a rater for a reference'));
    await type(field(el, 'The rater’s full name'), 'Lee Park');
    await type(field(el, 'The rater’s email address'), 'lee.park@example.org');
    await click(el, option(el, 'How the rater knows you', 'Supervisor'));
    await click(el, option(el, 'Do you waive your right to see this rater’s form?', 'Yes, I waive my right to see it'));
    await click(el, button(el, 'Send the request'));
    await waitUntil(() => text(el).includes('Request sent to Lee Park.'), 'sent', { timeout: 10000 });

    await click(el, button(el, 'Ask someone else instead (Lee Park)'));
    await type(field(el, 'The rater’s full name'), 'Sam Ortiz');
    await type(field(el, 'The rater’s email address'), 'sam@example.org');
    await click(el, option(el, 'How the rater knows you', 'Colleague'));
    await click(el, option(el, 'Do you waive your right to see this rater’s form?', 'Yes, I waive my right to see it'));
    receiver.script({ status: 409, body: { error: 'application_submitted', message: 'The application is in' } });
    await click(el, button(el, 'Send the request'));
    await waitUntil(() => text(el).includes('only your coordinator can withdraw or replace a rater now'), 'told', { timeout: 10000 });
    expect(el.shadowRoot!.activeElement?.id, 'focus on the message').to.equal('ek-refs-message');
    expect(stateOf(el, 'Lee Park')).to.equal('Invited');
  });

  it('tells the applicant to ask another rater when a submitted form cannot be counted, without saying why', async () => {
    const base = {
      email: 'lee@example.org',
      role: 'supervisor',
      waiveRight: true,
      language: 'en',
      state: 'submitted',
      sentAt: '2026-12-01T10:00:00.000Z',
      canResendAt: null,
      expiresAt: null,
    } as const;
    receiver.applicant.set('REG-7', [
      { ...base, id: 'req-1', name: 'Lee Park', counts: false },
      { ...base, id: 'req-2', name: 'Sam Ortiz', email: 'sam@example.org', counts: true },
    ]);
    const el = await mount(await registered());
    await toReferences(el);
    expect(stateOf(el, 'Lee Park')).to.equal('Submitted');
    const notCounted = norm(requestItem(el, 'Lee Park')!.textContent);
    expect(notCounted).to.include('This form cannot be counted for your category. Please ask another rater for a reference.');
    expect(notCounted).not.to.match(/not enough information|answers/i);
    expect(norm(requestItem(el, 'Sam Ortiz')!.textContent)).not.to.include('ask another rater');
    await noViolations(el, 'a submitted form that cannot be counted');

    el.locale = 'es';
    await waitUntil(
      () => norm(requestItem(el, 'Lee Park')?.textContent).includes('Pida una referencia a otra persona.'),
      'the Spanish words',
    );
  });

  it('says on Check your answers that the ratings must be in first, and refuses the submit', async () => {
    receiver.submitBeforeRatings = false;
    receiver.applicant.set('REG-7', [
      {
        id: 'req-1',
        name: 'Lee Park',
        email: 'lee@example.org',
        role: 'supervisor',
        waiveRight: true,
        language: 'en',
        state: 'submitted',
        sentAt: '2026-12-01T10:00:00.000Z',
        canResendAt: null,
        expiresAt: null,
        counts: true,
      },
    ]);
    const el = await mount(await registered());
    await toReferences(el);
    await click(el, button(el, 'Code of Ethics and Endorsement Agreement'));
    await click(el, button(el, 'Save and check your answers'));
    await onHeading(el, 'Check your answers');
    await waitUntil(() => text(el).includes('This program needs your ratings'), 'the notice');
    expect(text(el)).to.include('1 of 3 submitted so far');
    await click(el, button(el, 'Submit application'));
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the refusal');
    expect(norm(el.shadowRoot!.querySelector('[role="alert"]')!.textContent)).to.equal(
      'The application was not submitted: this program needs your ratings first (1 of 3 submitted so far).',
    );
    expect(sent.filter((s) => s.kind === 'application')).to.deep.equal([]);
    await noViolations(el, 'Check your answers with the refusal');
  });

  it('holds the submit back while a rater slot is open, though enough forms are in, and names the slot', async () => {
    receiver.submitBeforeRatings = false;
    const submitted = (id: string, name: string) => ({
      id,
      name,
      email: `${id}@example.org`,
      role: 'supervisor' as const,
      waiveRight: true,
      language: 'en',
      state: 'submitted' as const,
      sentAt: '2026-12-01T10:00:00.000Z',
      canResendAt: null,
      expiresAt: null,
      counts: true,
    });
    receiver.applicant.set('REG-7', [submitted('req-1', 'Lee Park'), submitted('req-2', 'Sam Ortiz'), submitted('req-3', 'Ada Cruz')]);
    receiver.openSlots = [{ id: 'endorsed', label: { en: 'An endorsed professional', es: 'Un/a profesional con respaldo' }, missing: 1 }];
    const el = await mount(await registered());
    await toReferences(el);
    await click(el, button(el, 'Code of Ethics and Endorsement Agreement'));
    await click(el, button(el, 'Save and check your answers'));
    await onHeading(el, 'Check your answers');
    await waitUntil(() => text(el).includes('Still needed: An endorsed professional.'), 'the notice naming the slot');
    expect(text(el)).not.to.include('3 of 3 submitted so far');
    await click(el, button(el, 'Submit application'));
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the refusal');
    expect(norm(el.shadowRoot!.querySelector('[role="alert"]')!.textContent)).to.equal(
      'The application was not submitted: this program needs your ratings first. Still needed: An endorsed professional.',
    );
    expect(sent.filter((s) => s.kind === 'application')).to.deep.equal([]);
    el.locale = 'es';
    await waitUntil(() => text(el).includes('Aún falta: Un/a profesional con respaldo.'), 'the Spanish notice');
    await noViolations(el, 'Check your answers held back by an open slot');
  });

  it('lists the requests’ states on the status lookup', async () => {
    receiver.applicant.set('REG-7', [
      {
        id: 'req-1',
        name: 'Lee Park',
        email: 'lee@example.org',
        role: 'supervisor',
        waiveRight: true,
        language: 'en',
        state: 'in_progress',
        sentAt: '2026-12-01T10:00:00.000Z',
        canResendAt: '2026-12-03T10:00:00.000Z',
        expiresAt: '2027-01-30T10:00:00.000Z',
      },
    ]);
    const el = await mount(await registered());
    await click(el, button(el, 'Back to the start'));
    await click(el, button(el, 'Check the status of an application'));
    await onHeading(el, 'Check the status of an application');
    await waitUntil(() => el.shadowRoot!.querySelector('section[aria-labelledby="ek-refs-states"]'), 'the states', { timeout: 10000 });
    const states = el.shadowRoot!.querySelector('section[aria-labelledby="ek-refs-states"]');
    expect(norm(states?.querySelector('h3')?.textContent)).to.equal('Reference requests');
    expect(stateOf(el, 'Lee Park')).to.equal('In progress');
  });
});

/** The same registered draft on a later visit (a new store seeded the same way). */
async function registeredAgain(): Promise<DraftStore> {
  return registered();
}
