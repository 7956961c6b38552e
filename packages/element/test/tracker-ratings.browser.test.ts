// Issue 18, point 4: the requirement tracker's "3 references" is met only by submitted forms that
// count, as the applicant's request list (the shared msw fake of the receiver's reference routes)
// shows them, not by the references the draft lists; without that list it says the ratings are
// not received yet, in English and Spanish. "Check your answers" warns by the same count. It is
// met only when no rater slot is open either, as the list's `openSlots` says.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import {
  createEndorsementClient,
  customBackend,
  memoryStore,
  programs,
  type DraftStore,
  type Receipt,
  type ReferenceRequestView,
} from '@endorsement-kit/sdk';
import { createReferenceReceiver } from '@endorsement-kit/test-kit/msw/index.js';
import type { EndorsementApplication } from '../src/index.js';
import { button, click, onHeading, ready, text } from '@endorsement-kit/test-kit/element/helpers.js';
import { norm } from '@endorsement-kit/test-kit/text.js';
import { completeIfs, fakeBackend } from './seed.js';

const API = 'https://receiver.test/api';
const receiver = createReferenceReceiver(API);
const worker = setupWorker(...receiver.handlers);

const receipt = (id: string, status: string, accessToken?: string): Receipt => ({
  id,
  receivedAt: '2026-11-26T10:32:00Z',
  status,
  ...(accessToken ? { accessToken } : {}),
});
const backend = customBackend({
  register: async () => receipt('REG-7', 'registered', 'access-7'),
  submit: async () => receipt('APP-42', 'received'),
  status: async (id) => receipt(id, 'under_review'),
});

/** A registered draft (its receipt with the access token, unless `withToken` is false) and a complete IFS application listing three references. */
async function registered(withToken = true): Promise<DraftStore> {
  const store = memoryStore();
  const client = createEndorsementClient({ program: programs.alliance, backend: withToken ? backend : fakeBackend(), store });
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

const request = (id: string, name: string, state: ReferenceRequestView['state'], counts?: boolean): ReferenceRequestView => ({
  id,
  name,
  email: `${id}@example.org`,
  role: 'supervisor',
  waiveRight: true,
  language: 'en',
  state,
  sentAt: '2026-12-01T10:00:00.000Z',
  canResendAt: null,
  expiresAt: null,
  ...(counts === undefined ? {} : { counts }),
});

/** The tracker's items, as "Met: …" or "Not yet: …". */
const trackerItems = (el: EndorsementApplication) =>
  [...el.shadowRoot!.querySelectorAll('[part="tracker"] li')].map((li) => norm(li.textContent));
const trackerSummary = (el: EndorsementApplication) => norm(el.shadowRoot!.querySelector('[part="tracker"] summary')?.textContent);

async function mount(store: DraftStore, attributes: { endpoint?: string; locale?: string } = {}): Promise<EndorsementApplication> {
  const el = await fixture<EndorsementApplication>(
    html`<endorsement-application
      program="alliance"
      endpoint=${attributes.endpoint ?? API}
      locale=${attributes.locale ?? 'en'}
      .backend=${backend}
      .store=${store}
    ></endorsement-application>`,
  );
  await ready(el);
  return el;
}

async function toReview(el: EndorsementApplication): Promise<void> {
  await click(el, button(el, 'Start the professional application'));
  await click(el, button(el, 'Code of Ethics and Endorsement Agreement'));
  await click(el, button(el, 'Save and check your answers'));
  await onHeading(el, 'Check your answers');
}

describe('the requirement tracker counts reference ratings', () => {
  before(() => worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true }));
  after(() => worker.stop());
  beforeEach(() => {
    receiver.reset();
    receiver.accessTokens.set('REG-7', 'access-7');
  });
  afterEach(() => fixtureCleanup());

  it('shows "3 references" unmet with three listed and two counted forms, and met with three', async () => {
    receiver.applicant.set('REG-7', [
      request('r1', 'Sam Boss', 'submitted', true),
      request('r2', 'Dr. Lee', 'submitted', true),
      request('r3', 'Kim Peer', 'in_progress'),
    ]);
    const el = await mount(await registered());
    await toReview(el);
    await waitUntil(
      () => trackerItems(el).includes('Not yet: Rating forms still to count: 1.'),
      `the count: ${trackerItems(el).join(' | ')}`,
      {
        timeout: 10000,
      },
    );
    // Every other requirement of the complete application is met: this one alone is missing.
    expect(trackerItems(el).filter((item) => item.startsWith('Not yet:'))).to.deep.equal(['Not yet: Rating forms still to count: 1.']);
    const [met, total] = /(\d+) of (\d+) requirements met/.exec(trackerSummary(el))!.slice(1).map(Number);
    expect(met).to.equal(total! - 1);
    expect(text(el)).to.include('Warning: 1 requirement for this category is not met yet.');

    fixtureCleanup();
    receiver.applicant.set('REG-7', [
      request('r1', 'Sam Boss', 'submitted', true),
      request('r2', 'Dr. Lee', 'submitted', true),
      request('r3', 'Kim Peer', 'submitted', true),
    ]);
    const again = await mount(await registered());
    await toReview(again);
    await waitUntil(() => trackerItems(again).includes('Met: 3 rating forms count.'), `met: ${trackerItems(again).join(' | ')}`, {
      timeout: 10000,
    });
    expect(trackerItems(again).filter((item) => item.startsWith('Not yet:'))).to.deep.equal([]);
    expect(text(again)).to.not.include('not met yet');
  });

  it('holds "3 references" to the rater slots the list says are open, naming the slot in English and Spanish, then meets it', async () => {
    const three = [
      request('r1', 'Sam Boss', 'submitted', true),
      request('r2', 'Dr. Lee', 'submitted', true),
      request('r3', 'Kim Peer', 'submitted', true),
    ];
    receiver.applicant.set('REG-7', three);
    // Three forms count, and none of their raters is endorsed: the receiver says the endorsed slot is open.
    receiver.openSlots = [
      {
        id: 'endorsed',
        label: {
          en: 'An endorsed professional (or a rater the association vetted)',
          es: 'Un/a profesional con respaldo (o evaluador/a aprobado/a por la asociación)',
        },
        missing: 1,
      },
    ];
    const el = await mount(await registered());
    await toReview(el);
    const open = 'Not yet: Still needed: An endorsed professional (or a rater the association vetted).';
    await waitUntil(() => trackerItems(el).includes(open), `the open slot: ${trackerItems(el).join(' | ')}`, { timeout: 10000 });
    expect(trackerItems(el).filter((item) => item.startsWith('Not yet:'))).to.deep.equal([open]);
    expect(text(el)).to.include('Warning: 1 requirement for this category is not met yet.');
    el.locale = 'es';
    await waitUntil(
      () => trackerItems(el).includes('Todavía no: Aún falta: Un/a profesional con respaldo (o evaluador/a aprobado/a por la asociación).'),
      `the Spanish words: ${trackerItems(el).join(' | ')}`,
    );

    // An endorsed rater's form came in: the list loaded again has no open slot.
    fixtureCleanup();
    receiver.applicant.set('REG-7', [...three, request('r4', 'Rita Endorsed', 'submitted', true)]);
    receiver.openSlots = [];
    const again = await mount(await registered());
    await toReview(again);
    await waitUntil(() => trackerItems(again).includes('Met: 4 rating forms count.'), `met: ${trackerItems(again).join(' | ')}`, {
      timeout: 10000,
    });
    expect(trackerItems(again).filter((item) => item.startsWith('Not yet:'))).to.deep.equal([]);
  });

  it('does not count a submitted form that cannot be counted', async () => {
    receiver.applicant.set('REG-7', [
      request('r1', 'Sam Boss', 'submitted', true),
      request('r2', 'Dr. Lee', 'submitted', true),
      request('r3', 'Kim Peer', 'submitted', false),
    ]);
    const el = await mount(await registered());
    await toReview(el);
    await waitUntil(
      () => trackerItems(el).includes('Not yet: Rating forms still to count: 1.'),
      `the count: ${trackerItems(el).join(' | ')}`,
      {
        timeout: 10000,
      },
    );
  });

  it('says the ratings are not received yet, in English and Spanish, when no request list is known', async () => {
    // No access token in the receipt: this backend takes no reference requests.
    const el = await mount(await registered(false));
    await toReview(el);
    expect(trackerItems(el)).to.include('Not yet: References listed: 3; their rating forms are not received yet.');
    expect(trackerItems(el).filter((item) => item.startsWith('Not yet:'))).to.have.length(1);
    el.locale = 'es';
    await waitUntil(
      () => trackerItems(el).includes('Todavía no: Referencias en la lista: 3; aún no se han recibido sus formularios de calificación.'),
      `the Spanish words: ${trackerItems(el).join(' | ')}`,
    );
  });
});
