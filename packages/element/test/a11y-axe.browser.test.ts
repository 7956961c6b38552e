// axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) over the element's shadow content on every
// screen and state: start, each registration and application step empty and showing errors,
// "Check your answers", the receipt, the status lookup, the two-tab conflict prompt and the
// start-over confirmation; some of them again in Spanish.
import 'axe-core/axe.min.js';
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import { defineProgram, memoryStore, programs } from '@endorsement-kit/sdk';
import type { EndorsementApplication } from '../src/index.js';
import { button, click, hasButton, heading, mount, onHeading, text, type } from '@endorsement-kit/test-kit/element/helpers.js';
import { completeIfs, fakeBackend, registeredStore } from './seed.js';

const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Runs axe on the element (its open shadow root included) and fails with a readable list. */
async function noViolations(el: EndorsementApplication, state: string): Promise<void> {
  await el.updateComplete;
  const result = await axe.run(el, { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] });
  const found = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n    ')}`,
  );
  expect(found, `axe on ${state}:\n  ${found.join('\n  ')}`).to.deep.equal([]);
}

const errorsShown = (el: EndorsementApplication) => waitUntil(() => el.shadowRoot!.querySelector('.error-summary'), 'the error summary');

/** Each step of the current form through the step indicator: empty, then after a failed Continue. */
async function everyStep(el: EndorsementApplication, form: string): Promise<number> {
  const links = () => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav[part="step-indicator"] a')];
  const count = links().length;
  for (let i = 0; i < count; i++) {
    await click(el, links()[i]!);
    const title = heading(el);
    await noViolations(el, `${form} step "${title}", empty`);
    // A list step gets one empty entry, so its fields show their own errors too.
    const add = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('form button.secondary')].find((b) =>
      /^Add|^Añadir|^Agregar/.test(b.textContent!.trim()),
    );
    if (add) await click(el, add);
    await click(el, el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!);
    if (heading(el) === title && el.shadowRoot!.querySelector('.error-summary'))
      await noViolations(el, `${form} step "${title}", with errors`);
  }
  return count;
}

const questionsProgram = defineProgram({
  id: 'axe-questions',
  name: 'Axe Association for Infant Mental Health',
  offers: { 'IMH-E': ['IFA', 'IMHM-C'] },
  questions: [
    {
      id: 'county',
      type: 'choice',
      required: true,
      label: { en: 'County where you work', es: 'Condado donde trabaja' },
      options: [
        { value: 'a', label: 'Adams' },
        { value: 'b', label: 'Baker' },
      ],
    },
    {
      id: 'languages',
      type: 'multiple-choice',
      label: { en: 'Languages you work in', es: 'Idiomas en que trabaja' },
      options: [
        { value: 'en', label: 'English' },
        { value: 'es', label: 'Español' },
      ],
    },
    { id: 'bilingual', type: 'yes-no', required: true, label: { en: 'Do you work bilingually?', es: '¿Trabaja en dos idiomas?' } },
    {
      id: 'years',
      type: 'number',
      min: 0,
      label: { en: 'Years in the field', es: 'Años en el campo' },
      hint: { en: 'Whole years', es: 'Años completos' },
    },
    { id: 'started', type: 'date', label: { en: 'Date you started', es: 'Fecha en que empezó' } },
    { id: 'notes', type: 'long-text', label: { en: 'Anything else', es: 'Algo más' } },
  ],
});

describe('axe: no WCAG 2.2 A/AA violation on any screen or state', () => {
  afterEach(() => fixtureCleanup());

  it('start screen, with the questionnaire’s suggestions', async () => {
    const el = await mount({ store: memoryStore() });
    await noViolations(el, 'start');
    await click(el, button(el, 'Suggest a category'));
    await waitUntil(() => text(el).includes('Suggestions'), 'suggestions');
    await noViolations(el, 'start with suggestions');
  });

  it('each registration step, empty and with errors', async () => {
    const el = await mount({ store: memoryStore() });
    await click(el, button(el, 'Start a new application'));
    await onHeading(el, 'About you');
    expect(await everyStep(el, 'registration')).to.equal(3);
  });

  it('each application step of a Mentor (Clinical), empty and with errors', async () => {
    const el = await mount({ store: await registeredStore('IMHM-C'), backend: fakeBackend() });
    await noViolations(el, 'registration sent');
    await click(el, button(el, 'Start the professional application'));
    await onHeading(el, 'About you');
    const steps = await everyStep(el, 'application');
    expect(steps).to.be.at.least(9);
  });

  it('a program’s own questions step, empty and with errors', async () => {
    const el = await mount({
      program: questionsProgram,
      store: await registeredStore('IFA', {}, questionsProgram),
      backend: fakeBackend(),
    });
    await click(el, button(el, 'Start the professional application'));
    await click(el, button(el, questionsStepName(el)));
    const title = heading(el);
    await noViolations(el, `questions step "${title}"`);
    await click(el, button(el, 'Save and continue'));
    await errorsShown(el);
    await noViolations(el, 'questions step with errors');
  });

  it('check your answers, the receipt and the status lookup', async () => {
    const el = await mount({ store: await registeredStore('IFS', completeIfs), backend: fakeBackend() });
    await click(el, button(el, 'Start the professional application'));
    await click(el, button(el, 'Code of Ethics and Endorsement Agreement'));
    await click(el, button(el, 'Save and check your answers'));
    await onHeading(el, 'Check your answers');
    await noViolations(el, 'check your answers');
    await click(el, button(el, 'Submit application'));
    await onHeading(el, 'Application submitted');
    await noViolations(el, 'receipt');
    await click(el, button(el, 'Check the status of an application'));
    await onHeading(el, 'Check the status of an application');
    await noViolations(el, 'status lookup');
    // It starts with the reference just shown: emptied, it says what is missing.
    const id = el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    id.value = '';
    id.dispatchEvent(new Event('input'));
    await click(el, button(el, 'Check status'));
    await waitUntil(() => text(el).includes('Enter a reference number'), 'the lookup’s error');
    await noViolations(el, 'status lookup with an error');
    await type(el.shadowRoot!.querySelector<HTMLInputElement>('input')!, 'APP-42');
    await click(el, button(el, 'Check status'));
    await waitUntil(() => text(el).includes('under review'), 'the status');
    await noViolations(el, 'status lookup with a result');
  });

  it('the start-over confirmation and the two-tab conflict prompt', async () => {
    const store = memoryStore();
    // A draft id no other test uses: the element keeps each draft's screen in localStorage.
    const a = await mount({ store, draftId: 'axe-two-tabs' });
    const b = await mount({ store, draftId: 'axe-two-tabs' });
    await click(a, button(a, 'Start a new application'));
    await click(b, button(b, 'Start a new application'));
    await click(a, button(a, 'Start over'));
    await waitUntil(() => hasButton(a, 'Yes, delete my answers'), 'the confirmation');
    await noViolations(a, 'start-over confirmation');
    await click(a, button(a, 'No, keep my answers'));
    // Both tabs change the answer in the same moment, before either hears of the other's save:
    // a conflict every time, whatever the machine's speed.
    for (const [tab, name] of [
      [b, 'Bea'],
      [a, 'Ana'],
    ] as const) {
      const input = tab.shadowRoot!.querySelector<HTMLInputElement>('input')!;
      input.value = name;
      input.dispatchEvent(new Event('input'));
    }
    const conflicted = () => [a, b].find((x) => text(x).includes('This application was changed in another tab'));
    await waitUntil(conflicted, 'a conflict');
    await noViolations(conflicted()!, 'conflict prompt');
  });

  it('in Spanish: start, a step with errors, check your answers', async () => {
    const el = await mount({ store: await registeredStore('IFS', completeIfs, programs.alliance), backend: fakeBackend(), locale: 'es' });
    await click(el, button(el, 'Comenzar la solicitud profesional'));
    await click(el, button(el, 'Guardar y continuar'));
    await onHeading(el, 'Formación académica');
    await noViolations(el, 'Spanish step');
    const start = await mount({ store: memoryStore(), locale: 'es' });
    await noViolations(start, 'Spanish start');
    await click(start, button(start, 'Comenzar una solicitud nueva'));
    await click(start, button(start, 'Guardar y continuar'));
    await errorsShown(start);
    await noViolations(start, 'Spanish step with errors');
  });
});

/** The name of the program-questions step in the step indicator (its title comes from the SDK). */
function questionsStepName(el: EndorsementApplication): string {
  const links = [...el.shadowRoot!.querySelectorAll('nav[part="step-indicator"] a')].map((a) => a.textContent!.trim());
  return links[links.length - 2]!;
}
