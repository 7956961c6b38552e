// Issue 11, point 3: with one draft open in two tabs, "keep the answers in this tab" dropped what
// the other tab typed in other fields, and both tabs asked. Now different fields merge silently,
// and only the same field changed in both is asked about, naming it and both values.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { memoryStore } from '@endorsement-kit/sdk';
import { button, click, field, mount, text } from '@endorsement-kit/test-kit/element/helpers.js';

const PROMPT = 'This application was changed in another tab';

/** Types into a field as a person would, without waiting for the save (both tabs type "at once"). */
function put(control: HTMLInputElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input'));
}

async function twoTabs(draftId: string) {
  const store = memoryStore();
  const a = await mount({ store, draftId });
  const b = await mount({ store, draftId });
  await click(a, button(a, 'Start a new application'));
  await click(b, button(b, 'Start a new application'));
  return [a, b] as const;
}

describe('one application in two tabs', () => {
  afterEach(() => fixtureCleanup());

  it('keeps what each tab typed in different fields, asking nobody', async () => {
    const [a, b] = await twoTabs('two-tabs-merge');
    put(field(b, 'Family name'), 'Reyes');
    put(field(a, 'Email address'), 'ana@example.org');
    const both = (tab: typeof a) => field(tab, 'Family name').value === 'Reyes' && field(tab, 'Email address').value === 'ana@example.org';
    await waitUntil(() => both(a) && both(b), 'each tab shows both answers');
    expect(text(a)).to.not.contain(PROMPT);
    expect(text(b)).to.not.contain(PROMPT);
  });

  it('asks in one tab about the same field, naming it and both values; the choice reaches the other', async () => {
    const [a, b] = await twoTabs('two-tabs-same-field');
    put(field(b, 'Given name'), 'Bea');
    put(field(b, 'Family name'), 'Reyes');
    put(field(a, 'Given name'), 'Ana');
    await waitUntil(() => text(a).includes(PROMPT) || text(b).includes(PROMPT), 'a question');
    const [asking, other] = text(a).includes(PROMPT) ? [a, b] : [b, a];
    const [mine, theirs] = asking === a ? ['Ana', 'Bea'] : ['Bea', 'Ana'];
    const prompt = asking.shadowRoot!.querySelector('[aria-labelledby="ek-conflict-title"]')!;
    expect(prompt.querySelector('dt')?.textContent?.trim()).to.equal('Given name');
    expect([...prompt.querySelectorAll('dd')].map((d) => d.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      `In this tab: ${mine}`,
      `In the other tab: ${theirs}`,
    ]);
    expect(text(other)).to.not.contain(PROMPT);
    expect(field(asking, 'Family name').value, 'the other field is merged already').to.equal('Reyes');

    await click(asking, button(asking, 'Keep the answers in this tab'));
    await waitUntil(
      () => field(other, 'Given name').value === mine && field(other, 'Family name').value === 'Reyes',
      'the other tab takes the choice',
    );
    expect(text(asking)).to.not.contain(PROMPT);
  });
});
