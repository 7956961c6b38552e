// The start screen comes up while the draft is still opening (IndexedDB, decryption): its text and
// questionnaire need no draft. Start and Continue wait for the draft, so a saved one is never
// taken for a new one; nothing typed meanwhile is lost, and what was asked for meanwhile (a
// category from the questionnaire) goes into the draft once it is open.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createEndorsementClient, memoryStore, programs, type DraftStore } from '@endorsement-kit/sdk';
import type { EndorsementApplication } from '../src/index.js';
import {
  button,
  click,
  field,
  focused,
  hasButton,
  heading,
  onHeading,
  option,
  saved,
  text,
  type,
} from '@endorsement-kit/test-kit/element/helpers.js';
import { fakeBackend } from './seed.js';

const YEARS = 'Years of paid work with this age group since your highest degree or credential (or in total if you have none)';

/** A store that answers nothing until `open()`: the draft opens only then. `asked` says when it is first asked. */
function slowToOpen(store: DraftStore): { store: DraftStore; open(): void; asked: Promise<void> } {
  let open!: () => void;
  let ask!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const asked = new Promise<void>((resolve) => (ask = resolve));
  const wait = () => (ask(), gate);
  return {
    open,
    asked,
    store: {
      get: async (key) => (await wait(), store.get(key)),
      set: async (key, value) => (await wait(), store.set(key, value)),
      del: async (key) => (await wait(), store.del(key)),
      keys: async () => (await wait(), store.keys()),
    },
  };
}

async function mountOpening(store: DraftStore): Promise<EndorsementApplication> {
  return fixture<EndorsementApplication>(
    html`<endorsement-application program="alliance" .backend=${fakeBackend()} .store=${store}></endorsement-application>`,
  );
}

/** A store holding a draft with a given name typed in, as an earlier visit left it. */
async function storeWithDraft(): Promise<{ store: DraftStore; id: string }> {
  const store = memoryStore();
  const client = createEndorsementClient({ program: programs.alliance, backend: fakeBackend(), store });
  const draft = await client.open();
  draft.set('applicant', { givenName: 'Ana' });
  await draft.flush();
  await client.dispose();
  return { store, id: draft.id };
}

const busy = (el: Element) => el.shadowRoot!.querySelector('[aria-busy="true"]') !== null;

describe('the start screen while the draft opens', () => {
  // Where an applicant left off decides it (positions are kept in localStorage): none to begin with.
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
  });

  it('shows the start screen and its questionnaire before the draft is open; what is typed there keeps its field, and Start comes once it is open', async () => {
    const { store, open } = slowToOpen(memoryStore());
    const el = await mountOpening(store);
    await waitUntil(
      () => heading(el) === 'Apply for Endorsement®',
      `the start screen before the draft opens (shows "${text(el).slice(0, 80)}")`,
      { timeout: 10000 },
    );
    expect(hasButton(el, 'Start a new application'), 'no Start before the draft is open').to.equal(false);
    expect(busy(el), 'where Start will be is marked busy').to.equal(true);

    const years = field(el, YEARS);
    await type(years, '3');
    open();
    await waitUntil(() => hasButton(el, 'Start a new application'), 'Start, once the draft is open');
    expect(busy(el)).to.equal(false);
    expect(field(el, YEARS), 'the same field, not one rendered anew').to.equal(years);
    expect(focused(el), 'focus stays in it').to.equal(years);
    await sendKeys({ type: '4' });
    expect(years.value).to.equal('34');
    await expect(el).to.be.accessible();
  });

  it('offers to continue a saved draft that opens after the start screen showed, with its answers kept', async () => {
    const { store: stored } = await storeWithDraft();
    const { store, open } = slowToOpen(stored);
    const el = await mountOpening(store);
    await waitUntil(() => heading(el) === 'Apply for Endorsement®', 'the start screen before the draft opens', { timeout: 10000 });
    expect(hasButton(el, 'Start a new application'), 'not offered to start anew before the draft is known').to.equal(false);
    open();
    await waitUntil(() => hasButton(el, 'Continue your saved application'), 'Continue, once the saved draft is open');
    expect(hasButton(el, 'Start a new application')).to.equal(false);
    await click(el, button(el, 'Continue your saved application'));
    await onHeading(el, 'About you');
    expect(field(el, 'Given name').value).to.equal('Ana');
    const client = createEndorsementClient({ program: programs.alliance, backend: fakeBackend(), store: stored });
    expect(await client.list(), 'one draft, not a new one beside it').to.have.length(1);
    expect((await client.open()).value.applicant?.givenName).to.equal('Ana');
    await client.dispose();
  });

  it('says "Loading" until the draft opens when the applicant left off past the start screen, then shows their step', async () => {
    const { store: stored, id } = await storeWithDraft();
    localStorage.setItem(`endorsement-kit:position:alliance:${id}`, JSON.stringify({ screen: 'flow', form: 'registration', index: 0 }));
    const { store, open, asked } = slowToOpen(stored);
    const el = await mountOpening(store);
    // The draft is opening (its store was asked): the task after, the start screen would show.
    await asked;
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(heading(el), 'no start screen that the step would replace').to.equal('');
    expect(text(el)).to.equal('Loading the application…');
    open();
    await onHeading(el, 'About you');
    expect(field(el, 'Given name').value).to.equal('Ana');
  });

  it('puts a category chosen from the questionnaire before the draft opened into the draft', async () => {
    const memory = memoryStore();
    const { store, open } = slowToOpen(memory);
    const el = await mountOpening(store);
    await waitUntil(() => heading(el) === 'Apply for Endorsement®', 'the start screen before the draft opens', { timeout: 10000 });
    await click(el, option(el, 'Who do you mainly work with?', 'Infant Mental Health Endorsement (IMH-E®) (Prenatal to 36 months)'));
    await click(el, option(el, 'Your highest completed education', 'Associate degree'));
    await click(el, button(el, 'Suggest a category'));
    await waitUntil(() => hasButton(el, 'Apply for Infant Family Associate'), 'suggestions');
    button(el, 'Apply for Infant Family Associate').click();
    expect(heading(el), 'still the start screen: the draft is not open').to.equal('Apply for Endorsement®');
    open();
    await onHeading(el, 'About you');
    await saved(el);
    const client = createEndorsementClient({ program: programs.alliance, backend: fakeBackend(), store: memory });
    const draft = await client.open();
    expect([draft.value.endorsement, draft.value.category]).to.deep.equal(['IMH-E', 'IFA']);
    await client.dispose();
  });
});

describe('the save status while typing', () => {
  afterEach(() => fixtureCleanup());

  it('stays "Saving…" while keys come and says "Saved" only once typing pauses', async () => {
    const el = await fixture<EndorsementApplication>(
      html`<endorsement-application program="alliance" .store=${memoryStore()}></endorsement-application>`,
    );
    await waitUntil(() => hasButton(el, 'Start a new application'), 'the start screen', { timeout: 10000 });
    await click(el, button(el, 'Start a new application'));
    await onHeading(el, 'About you');
    // When each key arrived (before the element hears it) and when the status read "Saved".
    const keys: number[] = [];
    const savedAt: number[] = [];
    el.shadowRoot!.addEventListener('input', () => keys.push(performance.now()), { capture: true });
    const status = el.shadowRoot!.querySelector('.save-status')!;
    new MutationObserver(() => {
      if (/^Saved\b/.test(status.textContent!.trim())) savedAt.push(performance.now());
    }).observe(status, { childList: true, characterData: true, subtree: true });
    await type(field(el, 'Given name'), 'Annabel');
    await type(field(el, 'Family name'), 'Ruiz');
    await waitUntil(() => savedAt.length > 0, 'Saved, once typing pauses');
    expect(keys).to.have.length(11);
    // Each save is done within a few milliseconds here (a memory store): only the pause after the
    // last key before it (300 ms) lets the status say so.
    for (const at of savedAt) {
      const lastKey = Math.max(...keys.filter((k) => k < at));
      expect(at - lastKey, `"Saved" ${Math.round(at - lastKey)} ms after a key`).to.be.at.least(300);
    }
  });
});
