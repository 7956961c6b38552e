import { expect, fixtureCleanup } from '@open-wc/testing';
import { customBackend, memoryStore, type Receipt } from '@endorsement-kit/sdk';
import {
  button,
  click,
  field,
  focused,
  heading,
  mount,
  onHeading,
  option,
  registerByTyping,
  reload,
  type,
} from '@endorsement-kit/test-kit/element/helpers.js';

const receipt = (id: string): Receipt => ({ id, receivedAt: '2026-11-26T10:32:00Z', status: 'registered' });

describe('registration', () => {
  afterEach(() => fixtureCleanup());

  it('walks the start screen into "About you", typed by label, and a reload comes back to it', async () => {
    const store = memoryStore();
    let el = await mount({ store });
    expect(heading(el)).to.equal('Apply for Endorsement®');
    await click(el, button(el, 'Start a new application'));
    await onHeading(el, 'About you');
    expect(focused(el)?.id).to.equal('ek-step-heading');
    await type(field(el, 'Given name'), 'Ana');
    await type(field(el, 'Family name'), 'Ruiz');
    expect(field(el, 'Given name').value).to.equal('Ana');

    el = await reload(el, { store });
    await onHeading(el, 'About you');
    expect(field(el, 'Given name').value).to.equal('Ana');
    expect(field(el, 'Family name').value).to.equal('Ruiz');
  });

  it('registers with draft.register() and says what happens next', async () => {
    const sent: unknown[] = [];
    const backend = customBackend({
      register: async (payload) => (sent.push(payload), receipt('REG-1')),
      submit: async () => receipt('APP-1'),
      status: async (id) => receipt(id),
    });
    const el = await mount({ store: memoryStore(), backend, program: 'first5-alabama' });
    await registerByTyping(el);
    await onHeading(el, 'Registration sent');
    expect(sent).to.have.length(1);
    expect(el.shadowRoot!.textContent).to.contain('REG-1');
    expect(el.shadowRoot!.textContent).to.contain('Endorsement Coordinator will email you');
  });

  it('endorsement and category, then the overview: each restored by a reload in the middle', async () => {
    const store = memoryStore();
    let el = await mount({ store, program: 'first5-alabama' });
    await click(el, button(el, 'Start a new application'));
    await click(el, button(el, 'Endorsement and category'));
    await onHeading(el, 'Endorsement and category');
    await click(el, option(el, 'Endorsement', 'Early Childhood Mental Health Endorsement (ECMH-E®)'));
    await click(el, option(el, 'Category', 'Early Childhood Family Associate'));
    el = await reload(el, { store, program: 'first5-alabama' });
    await onHeading(el, 'Endorsement and category');
    expect(option(el, 'Category', 'Early Childhood Family Associate').checked).to.equal(true);
    await click(el, button(el, 'Save and continue'));
    await onHeading(el, 'Your work and education');
    await type(field(el, 'Your specialized work'), 'Preschool teacher since 2020');
    el = await reload(el, { store, program: 'first5-alabama' });
    await onHeading(el, 'Your work and education');
    expect(field(el, 'Your specialized work').value).to.equal('Preschool teacher since 2020');
  });
});
