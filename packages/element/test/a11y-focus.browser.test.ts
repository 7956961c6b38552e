// Focus, labels and announcements as a screen-reader user meets them: the error summary, labels
// with their hints and errors tied to each control, focus on every navigation, the step indicator's
// aria-current and "(completed)" in text, the one polite live region (not on every key), and the
// start-over confirmation that gives focus back.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { customBackend, memoryStore, SubmissionError } from '@endorsement-kit/sdk';
import type { EndorsementApplication } from '../src/index.js';
import {
  button,
  click,
  errorOf,
  field,
  focused,
  fullStore,
  heading,
  mount,
  onHeading,
  twoTabsInConflict,
  type,
} from '@endorsement-kit/test-kit/element/helpers.js';
import { completeIfs, fakeBackend, registeredStore } from './seed.js';
import { norm } from '@endorsement-kit/test-kit/text.js';

const root = (el: EndorsementApplication) => el.shadowRoot!;
const focusedIs = (el: EndorsementApplication, id: string) =>
  waitUntil(() => focused(el)?.id === id, `focus on #${id} (it is on #${focused(el)?.id})`);

/** Records each text the live region takes. */
function listen(live: Element): string[] {
  const said: string[] = [];
  new MutationObserver(() => said.push(norm(live.textContent))).observe(live, { childList: true, characterData: true, subtree: true });
  return said;
}

/** Every control of the screen has a visible label, and what it describes itself with exists. */
function checkLabels(el: EndorsementApplication): number {
  const controls = [...root(el).querySelectorAll<HTMLInputElement>('input, select, textarea')];
  for (const control of controls) {
    const label = [...(control.labels ?? [])].map((l) => norm(l.textContent)).join(' ');
    expect(label, `a visible label for #${control.id}`).to.not.equal('');
    for (const l of control.labels ?? [])
      expect(l.getBoundingClientRect().height, `label of #${control.id} is visible`).to.be.greaterThan(0);
    const described = control.closest('fieldset[aria-describedby]') ?? control;
    for (const id of (described.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean))
      expect(root(el).getElementById(id), `#${id} described by #${control.id}`).to.not.equal(null);
  }
  return controls.length;
}

describe('accessibility: focus, labels, announcements', () => {
  afterEach(() => fixtureCleanup());

  it('shows an error summary that takes focus and links to each field, with the same message beside it', async () => {
    const el = await mount({ store: memoryStore() });
    await click(el, button(el, 'Start a new application'));
    await onHeading(el, 'About you');
    expect(checkLabels(el)).to.be.greaterThan(5);
    await click(el, button(el, 'Save and continue'));
    await focusedIs(el, 'ek-error-summary');
    const summary = root(el).getElementById('ek-error-summary')!;
    expect(norm(summary.querySelector('[role="alert"] h2')!.textContent)).to.equal('There is a problem');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => norm(a.textContent))).to.deep.equal([
      'Enter your given name',
      'Enter your family name',
      'Enter your email address',
    ]);
    // The same message beside each field, tied to it, and the field marked invalid.
    for (const link of links) {
      const control = root(el).getElementById(link.getAttribute('href')!.slice(1))!;
      expect(errorOf(el, control)).to.equal(`Error: ${norm(link.textContent)}`);
      expect(control.getAttribute('aria-invalid')).to.equal('true');
    }
    checkLabels(el);
    // From the summary, Tab then Enter on the second link puts focus in that field.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(norm(focused(el)?.textContent)).to.equal('Enter your family name');
    await sendKeys({ press: 'Enter' });
    await focusedIs(el, field(el, 'Family name').id);
  });

  it('ties hints and errors to radio groups and list entries too', async () => {
    const el = await mount({ store: await registeredStore('IFS'), backend: fakeBackend() });
    await click(el, button(el, 'Start the professional application'));
    await click(el, button(el, 'References'));
    await click(el, button(el, 'Add a reference'));
    await click(el, button(el, 'Save and continue'));
    await focusedIs(el, 'ek-error-summary');
    expect(checkLabels(el)).to.be.greaterThan(5);
    const group = field(el, 'How this person knows you');
    expect(group.localName).to.equal('fieldset');
    expect(errorOf(el, group)).to.match(/^Error: /);
    // A link to a radio group's problem focuses its first option.
    const link = [...root(el).querySelectorAll<HTMLAnchorElement>('#ek-error-summary a')].find(
      (a) => a.getAttribute('href') === `#${group.id}`,
    )!;
    await click(el, link);
    await waitUntil(() => focused(el)?.closest('fieldset') === (group as Element), 'focus in the radio group');
  });

  it('moves focus to the heading on Continue, Back, the step list, and back from a Change link', async () => {
    const el = await mount({ store: await registeredStore('IFS', completeIfs), backend: fakeBackend() });
    await click(el, button(el, 'Start the professional application'));
    await focusedIs(el, 'ek-step-heading');
    await click(el, button(el, 'Save and continue'));
    await onHeading(el, 'Education');
    await focusedIs(el, 'ek-step-heading');
    await click(el, button(el, 'Back'));
    await onHeading(el, 'About you');
    await focusedIs(el, 'ek-step-heading');
    await click(el, button(el, 'Code of Ethics and Endorsement Agreement'));
    await focusedIs(el, 'ek-step-heading');
    await click(el, button(el, 'Save and check your answers'));
    await onHeading(el, 'Check your answers');
    await focusedIs(el, 'ek-step-heading');
    await click(el, button(el, 'Change Title (Training 1)'));
    await onHeading(el, 'Specialized training');
    await focusedIs(el, field(el, 'Title').id);
    await click(el, button(el, 'Save and check your answers'));
    await onHeading(el, 'Check your answers');
    await focusedIs(el, 'ek-step-heading');
  });

  it('keeps focus somewhere sensible when a list entry is added, removed and restored', async () => {
    const el = await mount({ store: await registeredStore('IFS'), backend: fakeBackend() });
    await click(el, button(el, 'Start the professional application'));
    await click(el, button(el, 'Specialized training'));
    await click(el, button(el, 'Add a training'));
    await focusedIs(el, field(el, 'Title').id);
    await type(field(el, 'Title'), 'DC:0-5');
    await click(el, button(el, 'Remove Training 1'));
    await focusedIs(el, 'ek-step-heading');
    await click(el, button(el, 'Undo'));
    await focusedIs(el, field(el, 'Title').id);
    expect(field(el, 'Title').value).to.equal('DC:0-5');
  });

  it('the status lookup focuses its field on a missing number and says a backend’s 404 in words', async () => {
    const backend = customBackend({
      register: () => Promise.reject(new SubmissionError('unused')),
      submit: () => Promise.reject(new SubmissionError('unused')),
      status: () => Promise.reject(new SubmissionError('Not Found', { status: 404 })),
    });
    const el = await mount({ store: memoryStore(), backend });
    await click(el, button(el, 'Check the status of an application'));
    await focusedIs(el, 'ek-step-heading');
    await click(el, button(el, 'Check status'));
    const input = field(el, 'Reference number');
    await focusedIs(el, input.id);
    expect(errorOf(el, input)).to.equal('Error: Enter a reference number');
    expect(norm(root(el).querySelector('section [role="status"]')!.textContent)).to.equal('');
    await type(input, 'APP-404');
    await click(el, button(el, 'Check status'));
    await waitUntil(() => norm(root(el).querySelector('section [role="status"]')!.textContent) !== '', 'the answer');
    expect(norm(root(el).querySelector('section [role="status"]')!.textContent)).to.equal(
      'The status could not be found: no application matches what you entered. Check it against the page you saw when you submitted.',
    );
  });

  it('marks the current step with aria-current and says which steps are done, in text, in both languages', async () => {
    const el = await mount({ store: await registeredStore('IFS', completeIfs), backend: fakeBackend() });
    await click(el, button(el, 'Start the professional application'));
    await click(el, button(el, 'Save and continue'));
    await onHeading(el, 'Education');
    const links = () => [...root(el).querySelectorAll<HTMLAnchorElement>('nav[part="step-indicator"] a')];
    expect(root(el).querySelector('nav[part="step-indicator"]')!.getAttribute('aria-label')).to.equal('Steps');
    expect(
      links()
        .filter((a) => a.getAttribute('aria-current') === 'step')
        .map((a) => norm(a.textContent)),
    ).to.deep.equal(['Education']);
    const stateOf = (a: HTMLAnchorElement) => norm(root(el).getElementById(a.getAttribute('aria-describedby')!)?.textContent);
    expect(stateOf(links()[0]!)).to.equal('(completed)');
    expect(stateOf(links()[1]!)).to.equal('(current step)');
    el.locale = 'es';
    await onHeading(el, 'Formación académica');
    expect(stateOf(links()[0]!)).to.equal('(completado)');
    expect(root(el).querySelector('nav[part="step-indicator"]')!.getAttribute('aria-label')).to.equal('Pasos');
  });

  it('has one polite live region, which says "Saved" once typing pauses, not on every key', async () => {
    const el = await mount({ store: memoryStore() });
    const regions = root(el).querySelectorAll('[aria-live]');
    expect(regions).to.have.length(1);
    const live = regions[0]!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    await click(el, button(el, 'Start a new application'));
    const said = listen(live);
    await type(field(el, 'Given name'), 'Ana');
    await waitUntil(() => said.length > 0, 'an announcement');
    await type(field(el, 'Family name'), 'Ruiz');
    await waitUntil(() => /^Saved/.test(norm(root(el).querySelector('.save-status')?.textContent)), 'saved again');
    await el.updateComplete;
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^Saved \d/);
  });

  it('announces once, politely, that answers cannot be saved on this device', async () => {
    const el = await mount({ store: fullStore() });
    await click(el, button(el, 'Start a new application'));
    const said = listen(root(el).getElementById('ek-live')!);
    await type(field(el, 'Given name'), 'Ana');
    await waitUntil(() => said.length > 0, 'an announcement');
    expect(said).to.deep.equal([
      'Not saved on this device: the device is out of storage space. Your answers are kept while this page stays open.',
    ]);
    // Every later save fails the same way: nothing new to say about it.
    await type(field(el, 'Family name'), 'Ruiz');
    await type(field(el, 'Given name'), 'x');
    await click(el, button(el, 'Endorsement and category'));
    await onHeading(el, 'Endorsement and category');
    const label = [...root(el).querySelectorAll('label')].find((l) => norm(l.textContent).startsWith('Infant Mental Health Endorsement'))!;
    await click(el, root(el).getElementById(label.htmlFor)!);
    // Choosing an endorsement (no category yet) changes no count either; a category does.
    const category = [...root(el).querySelectorAll('label')].find((l) => norm(l.textContent).startsWith('Infant Family Associate'))!;
    await click(el, root(el).getElementById(category.htmlFor)!);
    await waitUntil(() => said.length > 1, 'the next announcement');
    expect(said.slice(1)).to.have.length(1);
    expect(said[1]).to.match(/^Requirements: 0 of \d+ met\.$/);
  });

  it('announces a change in the requirements met once typing pauses, and nothing when the count holds', async () => {
    const el = await mount({ store: await registeredStore('IFA', { membership: { association: 'AAIMH' } }), backend: fakeBackend() });
    await click(el, button(el, 'Start the professional application'));
    await click(el, button(el, 'Specialized training'));
    await click(el, button(el, 'Add a training'));
    const said = listen(root(el).getElementById('ek-live')!);
    // 3, then 34: the 30-hour training requirement is met only after the second key.
    await type(field(el, 'Clock hours'), '34');
    await waitUntil(() => said.length > 0, 'an announcement');
    // The first save of this visit is said once too.
    const first = /^(Requirements: \d+ of \d+ met\.)( Saved .+)?$/.exec(said[0]!)?.[1];
    expect(first, said[0]).to.be.a('string');
    // 34 -> 3 (not met) -> 35 (met): back where it was, so nothing to say; per key it would say two things.
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '5' });
    await type(field(el, 'Title'), 'DC:0-5');
    field(el, 'Clock hours').select();
    await type(field(el, 'Clock hours'), '2');
    await waitUntil(() => said.length > 1, 'the next announcement');
    expect(said).to.have.length(2);
    expect(said[1])
      .to.match(/^Requirements: \d+ of \d+ met\.$/)
      .and.not.equal(first);
  });

  it('announces the count a removal changes, before any typing, and again after Undo', async () => {
    const training = [{ title: 'DC:0-5', provider: 'ZERO TO THREE', date: '2024-03-01', hours: 34, topics: ['iecmh'] }];
    const el = await mount({
      store: await registeredStore('IFA', { membership: { association: 'AAIMH' }, training }),
      backend: fakeBackend(),
    });
    await click(el, button(el, 'Start the professional application'));
    await click(el, button(el, 'Specialized training'));
    await onHeading(el, 'Specialized training');
    const said = listen(root(el).getElementById('ek-live')!);
    const remove = [...root(el).querySelectorAll('button')].find((b) => norm(b.textContent).startsWith('Remove'))!;
    await click(el, remove);
    await waitUntil(() => said.some((s) => s.startsWith('Requirements:')), 'the count after the removal');
    const afterRemoval = said.find((s) => s.startsWith('Requirements:'))!;
    const metAfterRemoval = Number(/(\d+) of/.exec(afterRemoval)![1]);
    await click(el, button(el, 'Undo'));
    await waitUntil(() => said.filter((s) => s.startsWith('Requirements:')).length > 1, 'the count after Undo');
    const afterUndo = said.filter((s) => s.startsWith('Requirements:'))[1]!;
    expect(Number(/(\d+) of/.exec(afterUndo)![1])).to.equal(metAfterRemoval + 1);
  });

  it('after a choice in the two-tab conflict prompt, focus goes to the step heading', async () => {
    const [a, b] = await twoTabsInConflict('focus-two-tabs');
    const prompt = (tab: EndorsementApplication) => tab.shadowRoot!.querySelector('[aria-labelledby="ek-conflict-title"]');
    await waitUntil(() => prompt(a) || prompt(b), 'a conflict');
    const mine = prompt(a) ? a : b;
    expect(prompt(mine)!.getAttribute('role')).to.equal('alert');
    await click(mine, button(mine, 'Keep the answers in this tab'));
    await waitUntil(() => !prompt(mine), 'the prompt goes');
    await focusedIs(mine, 'ek-step-heading');
  });

  it('the start-over confirmation gives focus back to the button that opened it (No, or Escape)', async () => {
    const el = await mount({ store: memoryStore() });
    await click(el, button(el, 'Start a new application'));
    await type(field(el, 'Given name'), 'Ana');
    const header = button(el, 'Start over');
    await click(el, header);
    await focusedIs(el, 'ek-start-over-title');
    await click(el, button(el, 'No, keep my answers'));
    await focusedIs(el, 'ek-start-over');
    expect(heading(el)).to.equal('About you');
    await sendKeys({ press: 'Enter' });
    await focusedIs(el, 'ek-start-over-title');
    await sendKeys({ press: 'Escape' });
    await focusedIs(el, 'ek-start-over');
    expect(field(el, 'Given name').value).to.equal('Ana');
    await click(el, button(el, 'Back'));
    await onHeading(el, 'Apply for Endorsement®');
    // The start screen has one Start over (its own, beside Continue), not the header's too.
    expect([...el.shadowRoot!.querySelectorAll('button')].filter((b) => b.textContent!.trim() === 'Start over')).to.have.length(1);
    await click(el, button(el, 'Start over'));
    await focusedIs(el, 'ek-start-over-title');
    await click(el, button(el, 'No, keep my answers'));
    await focusedIs(el, 'ek-start-over-start');
  });
});
