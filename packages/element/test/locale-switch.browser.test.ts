// Switching the language at runtime reaches the SDK client too, so messages the draft produces
// (validation, submission) follow the screen's language without reopening the draft.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { createEndorsementClient, customBackend, isSubmissionError, memoryStore, programs } from '@endorsement-kit/sdk';
import '../src/define.js';
import type { EndorsementApplication } from '../src/index.js';
import { button, click, mount, ready, text } from '@endorsement-kit/test-kit/element/helpers.js';

describe('language switch', () => {
  afterEach(() => fixtureCleanup());

  it('a host client follows the element from English to Spanish, keeping what was typed', async () => {
    const client = createEndorsementClient({
      program: programs.alliance,
      store: memoryStore(),
      backend: customBackend({
        register: async () => ({ id: 'r-1', receivedAt: new Date().toISOString(), status: 'registered' }),
        submit: async () => ({ id: 'a-1', receivedAt: new Date().toISOString(), status: 'received' }),
        status: async (id) => ({ id, receivedAt: new Date().toISOString(), status: 'received' }),
      }),
    });
    const el = await fixture<EndorsementApplication>(
      html`<endorsement-application program="alliance" locale="en" .client=${client}></endorsement-application>`,
    );
    await ready(el);
    expect(client.locale).to.equal('en');
    const draft = await client.open();
    draft.set('applicant.givenName', 'Ana');
    const english = await draft.register().catch((e: unknown) => e);

    el.locale = 'es';
    await waitUntil(() => client.locale === 'es', 'the client speaks Spanish');
    expect(draft.get('applicant.givenName')).to.equal('Ana');
    const spanish = await draft.register().catch((e: unknown) => e);
    expect(isSubmissionError(english) && isSubmissionError(spanish)).to.equal(true);
    if (isSubmissionError(english) && isSubmissionError(spanish)) {
      expect(spanish.issues[0]?.message).to.not.equal(english.issues[0]?.message);
    }
    await client.dispose();
  });

  it('errors on show follow a switch to Spanish, in the summary and beside the field', async () => {
    const el = await mount({ store: memoryStore(), locale: 'en' });
    await click(el, button(el, 'Start a new application'));
    await click(el, button(el, 'Save and continue'));
    await waitUntil(() => text(el).includes('Enter your given name'), 'English errors');
    el.locale = 'es';
    await waitUntil(() => text(el).includes('Escriba su nombre'), `Spanish errors (now: ${text(el).slice(0, 200)})`);
    expect(text(el)).not.to.contain('Enter your given name');
  });
});
