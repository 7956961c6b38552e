// Autosave the applicant can see, "Start over" with a confirmation, and the start screen's
// "Continue your saved application".
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { memoryStore } from '@endorsement-kit/sdk';
import {
  button,
  click,
  field,
  focused,
  fullStore,
  hasButton,
  heading,
  mount,
  onHeading,
  reload,
  saveStatus,
  text,
  type,
} from '@endorsement-kit/test-kit/element/helpers.js';

describe('autosave, start over, continue', () => {
  afterEach(() => fixtureCleanup());

  it('shows "Saving…" while typing, then "Saved" with the time, announced politely once typing pauses', async () => {
    // A store whose writes wait until the test lets them through, so "Saving…" can be seen.
    const memory = memoryStore();
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const store = { ...memory, set: async (key: string, value: unknown) => (await gate, memory.set(key, value)) };
    const el = await mount({ store });
    expect(saveStatus(el), 'nothing to say before anything is saved').to.equal('');
    await click(el, button(el, 'Start a new application'));
    await type(field(el, 'Given name'), 'A');
    await waitUntil(() => saveStatus(el) === 'Saving…', `saving (now "${saveStatus(el)}")`);
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(live.textContent!.trim()).to.equal('');
    release();
    await waitUntil(() => /^Saved \d{1,2}:\d{2}/.test(saveStatus(el)), `saved with a time (now "${saveStatus(el)}")`);
    await waitUntil(() => /Saved \d{1,2}:\d{2}/.test(live.textContent!), 'announced once the typing pauses');
  });

  it('says why it is not saved on this device when the store fails', async () => {
    const el = await mount({ store: fullStore() });
    await click(el, button(el, 'Start a new application'));
    await type(field(el, 'Given name'), 'Ana');
    await waitUntil(() => saveStatus(el).startsWith('Not saved'), `not saved (now "${saveStatus(el)}")`);
    expect(saveStatus(el)).to.equal(
      'Not saved on this device: the device is out of storage space. Your answers are kept while this page stays open.',
    );
    expect(field(el, 'Given name').value).to.equal('Ana');
  });

  it('offers to continue a saved application, and Start over asks first', async () => {
    const store = memoryStore();
    let el = await mount({ store });
    expect(hasButton(el, 'Continue your saved application')).to.equal(false);
    await click(el, button(el, 'Start a new application'));
    await type(field(el, 'Given name'), 'Ana');
    await click(el, button(el, 'Save and continue'));
    el = await reload(el, { store });
    await click(el, button(el, 'Back'));
    await onHeading(el, 'Apply for Endorsement®');
    expect(text(el)).to.match(/Last saved \d{1,2}:\d{2}/);
    await click(el, button(el, 'Continue your saved application'));
    await onHeading(el, 'About you');
    expect(field(el, 'Given name').value).to.equal('Ana');

    await click(el, button(el, 'Start over'));
    expect(el.shadowRoot!.querySelector('#ek-start-over-title')!.textContent).to.equal('Start over?');
    expect(focused(el)?.id).to.equal('ek-start-over-title');
    await click(el, button(el, 'No, keep my answers'));
    expect(heading(el)).to.equal('About you');
    expect(field(el, 'Given name').value).to.equal('Ana');

    await click(el, button(el, 'Start over'));
    await click(el, button(el, 'Yes, delete my answers'));
    await onHeading(el, 'Apply for Endorsement®');
    await click(el, button(el, 'Start a new application'));
    expect(field(el, 'Given name').value).to.equal('');
  });
});
