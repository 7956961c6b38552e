// The applicant's whole path against the real server (@endorsement-kit/server on PGlite, reached
// at /api on the page's origin through the test runner): register by typing, build and submit the
// application, then look its status up. No fake backend anywhere in this file.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { createEndorsementClient, memoryStore, programs, restBackend, type DraftStore } from '@endorsement-kit/sdk';
import type { EndorsementApplication } from '../src/index.js';
import '../src/define.js';
import {
  button,
  click,
  field,
  onHeading,
  ready,
  registerByTyping,
  text,
  toCheckYourAnswers,
  type,
} from '@endorsement-kit/test-kit/element/helpers.js';
import { completeIfs } from './seed.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const SHORT = /[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}/;

async function mountReal(store: DraftStore): Promise<EndorsementApplication> {
  const el = await fixture<EndorsementApplication>(
    html`<endorsement-application program="first5-alabama" endpoint="/api" .store=${store}></endorsement-application>`,
  );
  await ready(el);
  return el;
}

describe('against the real server', () => {
  afterEach(() => fixtureCleanup());

  it('registers, submits the application and finds its status by reference', async () => {
    const store = memoryStore();
    let el = await mountReal(store);
    await registerByTyping(el);
    await onHeading(el, 'Registration sent').catch((error) => Promise.reject(new Error(`${error.message}: ${text(el)}`)));
    // Issue 23, point 11: the short reference to read out and type, not the 36-character id.
    const registration = SHORT.exec(text(el))?.[0];
    expect(registration, 'the registration reference the server gave').to.be.a('string');
    expect(UUID.test(text(el)), 'no UUID shown').to.equal(false);

    // Weeks later the applicant has filled in the professional application (put in the draft here
    // through the SDK, as typing would), then comes back to submit it.
    fixtureCleanup();
    const client = createEndorsementClient({ program: programs.first5Alabama, backend: restBackend({ baseUrl: '/api' }), store });
    const draft = await client.open();
    expect(draft.registration?.reference).to.equal(registration);
    for (const [path, value] of Object.entries(completeIfs)) draft.set(path, value);
    await draft.flush();
    await client.dispose();

    el = await mountReal(store);
    await toCheckYourAnswers(el);
    await click(el, button(el, 'Submit application'));
    await onHeading(el, 'Application submitted').catch((error) => Promise.reject(new Error(`${error.message}: ${text(el)}`)));
    const application = SHORT.exec(text(el))?.[0];
    expect(application).to.be.a('string').and.not.equal(registration);

    const response = await fetch('/api/applications/lookup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reference: application, email: 'ana@example.org' }),
    });
    expect(response.status).to.equal(200);
    expect((await response.json()).status).to.equal('received');

    await click(el, button(el, 'Check the status of an application'));
    await onHeading(el, 'Check the status of an application');
    // The lookup starts with the reference just shown.
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input')!.value).to.equal(application);
    await type(field(el, 'Email address'), 'ana@example.org');
    await click(el, button(el, 'Check status'));
    await waitUntil(() => /\breceived\b/i.test(text(el).split('Check status').at(-1) ?? ''), 'the status the server gives');
  });
});
