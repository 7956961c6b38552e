// Moving around as applicants do: Back from a step reached by a Change link returns to "Check your
// answers" (also after a reload); an endorsement changed after choosing a category of the other one.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { createEndorsementClient, customBackend, defineProgram, memoryStore, programs, SubmissionError } from '@endorsement-kit/sdk';
import type { EndorsementApplication } from '../src/index.js';
import { button, choose, click, field, hasButton, mount, onHeading, reload, text } from '@endorsement-kit/test-kit/element/helpers.js';
import { completeIfs, fakeBackend, registeredStore } from './seed.js';

/** A radio button whose label starts with `name` (its hint, if any, may follow). */
const radio = (el: Element, name: string) => {
  const label = [...el.shadowRoot!.querySelectorAll('label')].find(
    (l) => l.textContent!.trim().startsWith(name) && el.shadowRoot!.getElementById(l.htmlFor)?.getAttribute('type') === 'radio',
  );
  if (!label)
    throw new Error(
      `No radio "${name}" among ${[...el.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent!.trim().slice(0, 40)).join(' / ')}`,
    );
  return el.shadowRoot!.getElementById(label.htmlFor) as HTMLInputElement;
};
/** From the registered screen to "Check your answers" of a complete application. */
async function toReview(el: EndorsementApplication): Promise<void> {
  await click(el, button(el, 'Start the professional application'));
  await click(el, button(el, 'Code of Ethics and Endorsement Agreement'));
  await click(el, button(el, 'Save and check your answers'));
  await onHeading(el, 'Check your answers');
}
const changeLinks = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('a, button')].filter((x) => x.textContent!.trim().startsWith('Change'));

/** A store whose registered, complete IFS draft has its application stored as a pending send (key `key-1`). */
async function storeWithPendingApplication({ offline }: { offline: boolean }) {
  const store = await registeredStore('IFS', completeIfs);
  const client = createEndorsementClient({ program: programs.alliance, backend: fakeBackend(), store });
  const draft = await client.open();
  const checked = draft.validate('application');
  expect(checked.ok, JSON.stringify(checked)).to.equal(true);
  const key = `draft:${draft.id}`;
  await client.dispose();
  const record = (await store.get(key)) as Record<string, unknown>;
  const pending = {
    kind: 'application',
    idempotencyKey: 'key-1',
    payload: (checked as { value: unknown }).value,
    createdAt: '2026-11-26T10:00:00.000Z',
    ...(offline ? { offline: true } : {}),
  };
  await store.set(key, { ...record, pending: { application: pending } });
  return { store, draftId: draft.id };
}

describe('navigation', () => {
  afterEach(() => fixtureCleanup());

  // Issue 11, point 7: the form's name was a paragraph above the step heading, out of the headings
  // a screen reader lists.
  it('names the form in each step heading, as its caption', async () => {
    const el = await mount({ store: memoryStore() });
    await click(el, button(el, 'Start a new application'));
    await onHeading(el, 'About you');
    const h2 = el.shadowRoot!.querySelector('#ek-step-heading')!;
    expect(h2.tagName).to.equal('H2');
    expect(h2.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Endorsement Application About you');
    expect([...el.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent!.trim())).to.not.include('Endorsement Application');
    fixtureCleanup();
    const registered = await mount({ store: await registeredStore('IFS', completeIfs), backend: fakeBackend() });
    await click(registered, button(registered, 'Start the professional application'));
    await onHeading(registered, 'About you');
    expect(registered.shadowRoot!.querySelector('#ek-step-heading .form-title')!.textContent).to.equal('Professional application');
  });

  it('Back from a step reached by a Change link returns to "Check your answers", also after a reload', async () => {
    const store = await registeredStore('IFS', completeIfs);
    let el = await mount({ store, backend: fakeBackend() });
    await toReview(el);
    const change = changeLinks(el).find((x) => x.textContent!.includes('Given name'))!;
    await click(el, change);
    await onHeading(el, 'About you');
    expect(hasButton(el, 'Save and check your answers')).to.equal(true);
    await click(el, button(el, 'Back'));
    await onHeading(el, 'Check your answers');

    await click(
      el,
      changeLinks(el).find((x) => x.textContent!.includes('Given name'))!,
    );
    await onHeading(el, 'About you');
    el = await reload(el, { store, backend: fakeBackend() });
    await onHeading(el, 'About you');
    expect(hasButton(el, 'Save and check your answers')).to.equal(true);
    await click(el, button(el, 'Back'));
    await onHeading(el, 'Check your answers');
  });

  it('changing the endorsement takes a chosen category to its twin, so no hidden wrong category remains', async () => {
    const el = await mount({ store: memoryStore() });
    await click(el, button(el, 'Start a new application'));
    await onHeading(el, 'About you');
    await click(el, button(el, 'Endorsement and category'));
    await onHeading(el, 'Endorsement and category');
    // Before an endorsement is chosen, every category is offered in one list.
    const select = field(el, 'Category') as unknown as HTMLSelectElement;
    await choose(
      el,
      select,
      [...select.options].find((o) => o.textContent!.trim().startsWith('Early Childhood Family Specialist'))!.textContent!.trim(),
    );
    await click(el, radio(el, 'Infant Mental Health Endorsement'));
    expect(radio(el, 'Infant Family Specialist').checked).to.equal(true);
    expect(text(el)).not.to.contain('is not a category of');
  });

  it('after submitting, the start screen says so and leads to the receipt, not to an empty "saved application"', async () => {
    const store = await registeredStore('IFS', completeIfs);
    let el = await mount({ store, backend: fakeBackend() });
    await toReview(el);
    await click(el, button(el, 'Submit application'));
    await onHeading(el, 'Application submitted');
    await click(el, button(el, 'Back to the start'));
    await onHeading(el, 'Apply for Endorsement®');
    el = await reload(el, { store, backend: fakeBackend() });
    await onHeading(el, 'Apply for Endorsement®');
    expect(hasButton(el, 'Continue your saved application')).to.equal(false);
    expect(text(el)).to.contain('Its reference number is APP-42');
    await click(el, button(el, 'See the receipt'));
    await onHeading(el, 'Application submitted');
    await click(el, button(el, 'Back to the start'));
    await onHeading(el, 'Apply for Endorsement®');
    await click(el, button(el, 'Start a new application'));
    await onHeading(el, 'About you');
    expect((field(el, 'Given name') as HTMLInputElement).value).to.equal('');
  });

  // Issue 11, point 4: after a crash mid-submission the page opened on the start screen with
  // "Continue your saved application" and said nothing; sending again made a second record.
  it('a send cut off by a crash is shown on the screen the page opens on, resent with its key, and offered again while unknown', async () => {
    // As a crash leaves it: the send stored with its key, on its way, not waiting for the network.
    const { store } = await storeWithPendingApplication({ offline: false });
    const keys: string[] = [];
    let answer: (ok: boolean) => void = () => undefined;
    const backend = customBackend({
      register: async () => {
        throw new Error('not expected');
      },
      submit: async (_payload, ctx) => {
        keys.push(ctx.idempotencyKey);
        const ok = await new Promise<boolean>((resolve) => (answer = resolve));
        if (!ok) throw new SubmissionError('The backend answered 500', { status: 500 });
        return { id: 'APP-9', receivedAt: '2026-11-26T10:33:00Z', status: 'received' };
      },
      status: async (id) => ({ id, receivedAt: '2026-11-26T10:33:00Z', status: 'received' }),
    });
    const el = await mount({ store, backend });
    await waitUntil(
      () => text(el).includes('Your application was on its way when this page closed. It is being sent again now'),
      `the resend shown (saw: ${text(el).slice(0, 300)})`,
    );
    answer(false);
    await waitUntil(() => text(el).includes('we cannot tell whether it arrived'), 'the unknown outcome shown');
    await click(el, button(el, 'Send it again'));
    await waitUntil(() => keys.length === 2, 'sent again');
    answer(true);
    await onHeading(el, 'Application submitted');
    expect(text(el)).to.contain('APP-9');
    expect(keys).to.deep.equal(['key-1', 'key-1']);
    expect(text(el)).to.not.contain('was on its way');
  });

  it('a send resumed after a reload moves the screen on and tells the host, so nobody sends twice', async () => {
    // Leave the application waiting for the network, as a page closed while offline does.
    const { store, draftId } = await storeWithPendingApplication({ offline: true });
    localStorage.setItem(
      `endorsement-kit:position:alliance:${draftId}`,
      JSON.stringify({ screen: 'review', form: 'application', index: 0 }),
    );
    const submitted: Event[] = [];
    const listener = (event: Event) => submitted.push(event);
    document.addEventListener('endorsement-submitted', listener);
    try {
      const log: { kind: string; payload: unknown }[] = [];
      const el = await mount({ store, backend: fakeBackend(log) });
      await onHeading(el, 'Application submitted');
      expect(text(el)).to.contain('APP-42');
      expect(log.map((l) => l.kind)).to.deep.equal(['application']);
      expect(submitted).to.have.length(1);
    } finally {
      document.removeEventListener('endorsement-submitted', listener);
    }
  });

  it('a program that offers one endorsement has it chosen already: the applicant picks only a category', async () => {
    const program = defineProgram({ id: 'infant-only', name: 'Infant only AIMH', offers: { 'IMH-E': ['IFA', 'IFS'] } });
    const el = await mount({ program, store: memoryStore() });
    expect(hasButton(el, 'Continue your saved application')).to.equal(false);
    await click(el, button(el, 'Start a new application'));
    await click(el, button(el, 'Endorsement and category'));
    await onHeading(el, 'Endorsement and category');
    expect(radio(el, 'Infant Mental Health Endorsement').checked).to.equal(true);
    await click(el, radio(el, 'Infant Family Specialist'));
    await click(el, button(el, 'Save and continue'));
    await onHeading(el, 'Your work and education');
    expect(text(el)).not.to.contain('Select an endorsement');
  });

  it('after registering, a category chosen in the questionnaire starts a new application; the registered one keeps its own', async () => {
    const store = await registeredStore('IFS', completeIfs);
    const el = await mount({ store, backend: fakeBackend() });
    await click(el, button(el, 'Back to the start'));
    await onHeading(el, 'Apply for Endorsement®');
    await click(el, button(el, 'Suggest a category'));
    const apply = [...el.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent!.trim().startsWith('Apply for') && !b.textContent!.includes('Infant Family Specialist'),
    )!;
    await click(el, apply);
    await onHeading(el, 'About you');
    expect((field(el, 'Given name') as HTMLInputElement).value).to.equal('', 'a new application');
    const client = createEndorsementClient({ program: programs.alliance, backend: fakeBackend(), store });
    const registered = (await client.list()).find((d) => d.registration);
    expect(registered, 'the registered draft is still stored').to.not.equal(undefined);
    const kept = await client.open(registered!.id);
    expect(kept.get('category')).to.equal('IFS');
    await client.dispose();
  });
});
