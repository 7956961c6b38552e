// "Saved 10:32" without building a time formatter between two keys: the flow screen builds it
// when the browser is idle (the first Intl.DateTimeFormat a page builds costs a phone about 90 ms,
// issue 22). Its own file: formatters are kept once made, for the rest of the page.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { memoryStore } from '@endorsement-kit/sdk';
import { button, click, field, mount, onHeading, saveStatus, type } from '@endorsement-kit/test-kit/element/helpers.js';

/** The locale of each time formatter (one with an `hour` option) built on this page since it loaded. */
const built: string[] = [];
const Original = Intl.DateTimeFormat;
Intl.DateTimeFormat = new Proxy(Original, {
  construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
    if (args[1]?.hour !== undefined) built.push(String(args[0]));
    return new target(...args);
  },
});
const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve()));

describe('the time of "Saved"', () => {
  after(() => {
    Intl.DateTimeFormat = Original;
    fixtureCleanup();
  });

  it('is formatted by a formatter built while the step was read, none while typing', async () => {
    const el = await mount({ store: memoryStore() });
    await click(el, button(el, 'Start a new application'));
    await onHeading(el, 'About you');
    await idle();
    expect(built, 'built once the browser was idle on the step').to.deep.equal(['en']);
    await type(field(el, 'Given name'), 'Ana');
    await waitUntil(() => /^Saved \d{1,2}:\d{2}/.test(saveStatus(el)), `saved with a time (now "${saveStatus(el)}")`);
    expect(built, 'none built for the save').to.deep.equal(['en']);
  });
});
