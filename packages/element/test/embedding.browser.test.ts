// Embedding as a host page does it: the tag parsed before the script defines it, inside another
// shadow root, twice on a page, a program from a JSON URL, and no backend configured.
// This file must not import the define module statically: the first test defines the tag late.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { memoryStore } from '@endorsement-kit/sdk';
import type { EndorsementApplication } from '../src/index.js';
import { forgetStoredDrafts } from '@endorsement-kit/test-kit/element/stored-drafts.js';

const heading = (el: Element) => {
  const h = el.shadowRoot?.querySelector('#ek-step-heading');
  return (h?.querySelector('.step-title') ?? h)?.textContent?.trim();
};
/** Presses Start on the start screen, once it is there (it comes when the draft has opened). */
async function begin(el: Element): Promise<void> {
  const find = () => [...el.shadowRoot!.querySelectorAll('button')].find((x) => x.textContent!.trim() === 'Start a new application');
  await waitUntil(find, 'the Start button', { timeout: 10000 });
  find()!.click();
}

const shows = (el: Element, text: string) =>
  waitUntil(() => heading(el) === text, `heading "${text}"`, { timeout: 10000 }).catch((error: Error) => {
    throw new Error(
      `${error.message}; it shows "${(el.shadowRoot?.textContent ?? 'no shadow root').replace(/\s+/g, ' ').trim().slice(0, 200)}"`,
    );
  });

describe('embedding', () => {
  // The first test shows the start screen of the page's default store: it must start empty.
  before(() => forgetStoredDrafts());
  afterEach(() => fixtureCleanup());

  it('works when defined after the tag is parsed, also inside another shadow root', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<endorsement-application program="alliance"></endorsement-application>';
    const outer = document.createElement('div');
    const shadow = outer.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<endorsement-application program="first5-alabama"></endorsement-application>';
    document.body.append(host, outer);
    try {
      const plain = host.querySelector('endorsement-application')!;
      const nested = shadow.querySelector('endorsement-application')!;
      expect(plain.shadowRoot).to.equal(null);
      await import('../src/define.js');
      await shows(plain, 'Apply for Endorsement®');
      await shows(nested, 'Apply for Endorsement®');
      expect(nested.shadowRoot!.textContent).to.contain('First 5 Alabama');
      expect(customElements.get('endorsement-application')).to.equal(plain.constructor);
    } finally {
      host.remove();
      outer.remove();
    }
  });

  it('runs twice on one page, each on its own draft', async () => {
    await import('../src/define.js');
    const store = memoryStore();
    const a = document.createElement('endorsement-application');
    const b = document.createElement('endorsement-application');
    Object.assign(a, { program: 'alliance', store, draftId: 'draft-a' });
    Object.assign(b, { program: 'alliance', store, draftId: 'draft-b' });
    document.body.append(a, b);
    try {
      await shows(a, 'Apply for Endorsement®');
      await shows(b, 'Apply for Endorsement®');
      await begin(a);
      await begin(b);
      await shows(a, 'About you');
      await shows(b, 'About you');
      const given = (el: EndorsementApplication) => el.shadowRoot!.querySelector<HTMLInputElement>('#ek-applicant-givenName')!;
      given(a).value = 'Ana';
      given(a).dispatchEvent(new Event('input'));
      given(b).value = 'Bea';
      given(b).dispatchEvent(new Event('input'));
      await waitUntil(async () => (await store.keys()).length === 2, 'two drafts stored');
      expect((await store.keys()).sort()).to.deep.equal(['draft:draft-a', 'draft:draft-b']);
      expect(given(a).value).to.equal('Ana');
      expect(given(b).value).to.equal('Bea');
    } finally {
      a.remove();
      b.remove();
    }
  });

  it('uses properties a host sets right after appending the element (as frameworks do)', async () => {
    await import('../src/define.js');
    const databases = async () => (await indexedDB.databases()).map((d) => d.name);
    expect(await databases()).not.to.include('endorsement-kit');
    const el = document.createElement('endorsement-application');
    el.setAttribute('program', 'first5-alabama');
    const store = memoryStore();
    document.body.append(el);
    el.store = store;
    try {
      await shows(el, 'Apply for Endorsement®');
      await begin(el);
      await shows(el, 'About you');
      const given = el.shadowRoot!.querySelector<HTMLInputElement>('#ek-applicant-givenName')!;
      given.focus();
      await sendKeys({ type: 'Ana' });
      await waitUntil(async () => (await store.keys()).length === 1, 'the draft saved in the store the host set');
      // No first load with the default store (IndexedDB) that is then thrown away.
      expect(await databases()).not.to.include('endorsement-kit');
    } finally {
      el.remove();
    }
  });

  it('loads a program from a JSON URL, in its own words', async () => {
    await import('../src/define.js');
    const el = document.createElement('endorsement-application');
    el.setAttribute('program', '/packages/element/test/fixtures/demo-program.json');
    el.store = memoryStore();
    document.body.append(el);
    try {
      await shows(el, 'Apply for Endorsement in Demo State');
      expect(el.shadowRoot!.textContent).to.contain('The Endorsement Lead confirms your registration');
    } finally {
      el.remove();
    }
  });

  it('without endpoint or backend, saves drafts and says sending is not set up', async () => {
    await import('../src/define.js');
    const el = document.createElement('endorsement-application');
    Object.assign(el, { program: 'alliance', store: memoryStore() });
    document.body.append(el);
    try {
      await shows(el, 'Apply for Endorsement®');
      await begin(el);
      await shows(el, 'About you');
      [...el.shadowRoot!.querySelectorAll('a')].find((x) => x.textContent!.trim() === 'Your work and education')!.click();
      await shows(el, 'Your work and education');
      for (const id of ['#ek-overview-specializedWork', '#ek-overview-education']) {
        el.shadowRoot!.querySelector<HTMLTextAreaElement>(id)!.focus();
        await sendKeys({ type: 'Ten years of home visiting' });
      }
      [...el.shadowRoot!.querySelectorAll('button')].find((x) => x.textContent!.trim() === 'Send registration')!.click();
      await waitUntil(() => el.shadowRoot!.textContent!.includes('Sending is not set up on this page yet'), 'not configured message');
    } finally {
      el.remove();
    }
  });
});
