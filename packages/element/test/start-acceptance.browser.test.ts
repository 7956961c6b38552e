// Issue 19: whether the application may be sent before the coordinator accepts the registration
// is the program's choice (`review.applicationBeforeAcceptance`); the start screen's "How it works"
// says which, in the applicant's language.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { defineProgram, memoryStore } from '@endorsement-kit/sdk';
import { mount } from '@endorsement-kit/test-kit/element/helpers.js';

const steps = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll('ol > li')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
const program = (applicationBeforeAcceptance?: boolean) =>
  defineProgram({
    id: 'acceptance',
    name: 'Acceptance',
    offers: { 'IMH-E': ['IFA'] },
    ...(applicationBeforeAcceptance === undefined ? {} : { review: { applicationBeforeAcceptance } }),
  });

describe('how it works: the application and the registration’s acceptance', () => {
  afterEach(() => fixtureCleanup());

  it('says the application waits for the acceptance when the program says so', async () => {
    const el = await mount({ program: program(false), store: memoryStore() });
    const apply = steps(el).find((step) => step.startsWith('Complete your professional application'));
    expect(apply).to.contain('Send it once your registration is accepted.');
    const es = await mount({ program: program(false), store: memoryStore(), locale: 'es' });
    expect(steps(es).join(' ')).to.contain('Envíela cuando su registro haya sido aceptado.');
  });

  it('says it may go before the acceptance otherwise, as by default', async () => {
    for (const choice of [true, undefined]) {
      const el = await mount({ program: program(choice), store: memoryStore() });
      expect(steps(el).join(' ')).to.contain('Send it even before your registration is accepted.');
      expect(steps(el).join(' ')).not.to.contain('Send it once');
    }
  });
});
