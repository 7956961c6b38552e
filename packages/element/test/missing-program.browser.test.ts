// Without a program there is nothing to load: the element says how to set one, and the host hears
// a typed error (`isMissingProgramError`), not one to be told apart by its message.
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { isEndorsementKitError, isMissingProgramError, memoryStore } from '@endorsement-kit/sdk';
import { resolveProgram, type EndorsementApplication, type EndorsementErrorEvent } from '../src/index.js';
import '../src/define.js';
import { text } from '@endorsement-kit/test-kit/element/helpers.js';

describe('an element without a program', () => {
  afterEach(() => fixtureCleanup());

  it('says how to set one and reports a MissingProgramError', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('endorsement-application') as EndorsementApplication;
    el.store = memoryStore();
    const heard = oneEvent(el, 'endorsement-error') as Promise<EndorsementErrorEvent>;
    holder.append(el);
    const event = await heard;
    expect(event.context).to.equal('program');
    expect(isMissingProgramError(event.error)).to.equal(true);
    expect(isEndorsementKitError(event.error)).to.equal(true);
    await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'the failure shows');
    expect(text(el)).to.include('No program is set. Add a program attribute, for example program="first5-alabama".');
  });

  it('is what resolveProgram throws for an empty source', async () => {
    const error = await resolveProgram('').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isMissingProgramError(error)).to.equal(true);
  });
});
