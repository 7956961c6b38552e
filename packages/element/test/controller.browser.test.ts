// The one controller between the element and the SDK: what is written while the draft is still
// loading is kept over the stored draft once it opens, never overwritten by it.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { createEndorsementClient, memoryStore, programs, type DraftStore } from '@endorsement-kit/sdk';
import { EndorsementController } from '../src/index.js';
import { fakeBackend } from './seed.js';

class ControllerHost extends ReactiveElement {
  store: DraftStore | undefined;
  readonly controller = new EndorsementController(this, {
    source: () => ({
      program: 'alliance',
      endpoint: undefined,
      draftId: undefined,
      backend: fakeBackend(),
      store: this.store,
      client: undefined,
    }),
    locale: () => 'en',
  });
}
customElements.define('controller-host', ControllerHost);

// A host written for 0.1, with the deprecated positional constructor.
class PositionalHost extends ReactiveElement {
  ready = 0;
  readonly controller = new EndorsementController(
    this,
    () => ({
      program: 'alliance',
      endpoint: undefined,
      draftId: undefined,
      backend: fakeBackend(),
      store: memoryStore(),
      client: undefined,
    }),
    () => 'es',
    () => this.ready++,
  );
}
customElements.define('positional-controller-host', PositionalHost);

describe('EndorsementController', () => {
  afterEach(() => fixtureCleanup());

  it('keeps what was written before a slow draft load finished', async () => {
    const store = memoryStore();
    const earlier = createEndorsementClient({ program: programs.alliance, backend: fakeBackend(), store });
    const stored = await earlier.open();
    stored.set('applicant', { givenName: 'Old', familyName: 'Stored' });
    await stored.flush();
    await earlier.dispose();

    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const slow: DraftStore = {
      get: async (key) => (await gate, store.get(key)),
      set: (key, value) => store.set(key, value),
      del: (key) => store.del(key),
      keys: async () => (await gate, store.keys()),
    };
    const host = document.createElement('controller-host') as ControllerHost;
    host.store = slow;
    await fixture(html`<div></div>`).then((div) => div.append(host));
    expect(host.controller.state).to.equal('loading');
    host.controller.set(['applicant', 'givenName'], 'Typed');
    expect(host.controller.get(['applicant', 'givenName'])).to.equal('Typed');
    open();
    await waitUntil(() => host.controller.state === 'ready', 'draft open');
    expect(host.controller.draft!.id).to.equal(stored.id);
    expect(host.controller.get(['applicant', 'givenName'])).to.equal('Typed');
    expect(host.controller.get(['applicant', 'familyName'])).to.equal('Stored');
  });

  it('still takes the deprecated positional arguments (source, locale, onReady)', async () => {
    const host = document.createElement('positional-controller-host') as PositionalHost;
    await fixture(html`<div></div>`).then((div) => div.append(host));
    await waitUntil(() => host.controller.state === 'ready', 'draft open');
    expect(host.controller.program?.id).to.equal(programs.alliance.id);
    expect(host.ready).to.equal(1);
    expect(host.controller.client!.locale).to.equal('es');
    host.controller.set(['applicant', 'givenName'], 'Ana');
    expect(host.controller.get(['applicant', 'givenName'])).to.equal('Ana');
  });
});
