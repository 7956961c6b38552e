// Test helpers that find things as a person (or a screen reader) does: by label text, by button
// name, by heading. Nothing here reaches into the element's private state.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { memoryStore, type DraftStore, type Program } from '@endorsement-kit/sdk';
import '@endorsement-kit/element/define';
import type { EndorsementApplication } from '@endorsement-kit/element';
import { norm } from '../text.js';

type Backend = EndorsementApplication['backend'];
type Store = EndorsementApplication['store'];

const rootOf = (el: Element) => el.shadowRoot!;

/** The visible name of a label: its text without the hints inside it. */
function labelName(label: Element): string {
  const copy = label.cloneNode(true) as Element;
  copy.querySelectorAll('.hint').forEach((n) => n.remove());
  return norm(copy.textContent);
}

/** Mounts the element and waits until it shows its first screen. */
export async function mount(
  options: { program?: Program | string; backend?: Backend; store?: Store; draftId?: string; locale?: string } = {},
): Promise<EndorsementApplication> {
  const el = await fixture<EndorsementApplication>(html`<endorsement-application
    .program=${options.program ?? 'alliance'}
    .backend=${options.backend}
    .store=${options.store}
    .draftId=${options.draftId}
    .locale=${options.locale}
  ></endorsement-application>`);
  await ready(el);
  return el;
}

/**
 * Resolves when the element shows a screen (not "Loading") and nothing on it is still busy: the
 * start screen shows while the draft opens, its Start and Continue (marked busy) once it is open.
 */
export async function ready(el: EndorsementApplication): Promise<void> {
  await waitUntil(
    () => el.shadowRoot?.querySelector('#ek-step-heading, [role="alert"]') && !el.shadowRoot.querySelector('[aria-busy="true"]'),
    'the element shows a screen',
    { timeout: 10000 },
  );
}

/** The control whose visible label (or legend) is `text`; the n-th match (0-based) when repeated. */
export function field(el: Element, text: string, nth = 0): HTMLInputElement {
  const root = rootOf(el);
  const matches: HTMLElement[] = [];
  for (const label of root.querySelectorAll('label')) {
    if (labelName(label) !== text) continue;
    const control = root.getElementById(label.htmlFor);
    if (
      control &&
      !(
        control instanceof HTMLInputElement &&
        (control.type === 'radio' || (control.type === 'checkbox' && control.closest('fieldset[id]')))
      )
    )
      matches.push(control);
  }
  for (const legend of root.querySelectorAll('legend')) if (labelName(legend) === text) matches.push(legend.parentElement!);
  const found = matches[nth];
  if (!found)
    throw new Error(`No field labelled "${text}" (#${nth}) in: ${[...root.querySelectorAll('label, legend')].map(labelName).join(' | ')}`);
  return found as HTMLInputElement;
}

/** The radio or checkbox labelled `option` inside the group labelled `group`. */
export function option(el: Element, group: string, optionText: string, nth = 0): HTMLInputElement {
  const fieldset = field(el, group, nth);
  for (const label of fieldset.querySelectorAll('label'))
    if (labelName(label) === optionText) return rootOf(el).getElementById(label.htmlFor) as HTMLInputElement;
  throw new Error(`No option "${optionText}" in "${group}"`);
}

/** A button or link by its accessible text (visually hidden words included). */
export function button(el: Element, name: string, nth = 0): HTMLElement {
  const found = [...rootOf(el).querySelectorAll<HTMLElement>('button, a')].filter((b) => norm(b.textContent) === name)[nth];
  if (!found)
    throw new Error(`No button "${name}" in: ${[...rootOf(el).querySelectorAll('button, a')].map((b) => norm(b.textContent)).join(' | ')}`);
  return found;
}

export const hasButton = (el: Element, name: string) =>
  [...rootOf(el).querySelectorAll('button, a')].some((b) => norm(b.textContent) === name);

/** Focuses a control and types into it with the keyboard. */
export async function type(control: HTMLElement, text: string): Promise<void> {
  control.focus();
  await sendKeys({ type: text });
}

/** Types a `YYYY-MM-DD` date into a date input, as its en-US segments (month, day, year). */
export async function typeDate(control: HTMLElement, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  control.focus();
  await sendKeys({ type: `${m}${d}${y}` });
}

/** Clicks, then waits for the element to render. */
export async function click(el: EndorsementApplication, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
}

/** The current step or screen heading, without the form's name a step heading carries as its caption. */
export const heading = (el: Element) => {
  const h = rootOf(el).querySelector('#ek-step-heading');
  return norm((h?.querySelector('.step-title') ?? h)?.textContent);
};

/** Waits until the heading reads `text`. */
export async function onHeading(el: EndorsementApplication, text: string): Promise<void> {
  await waitUntil(() => heading(el) === text, `heading "${text}" (now "${heading(el)}")`, { timeout: 10000 });
}

/** The element that has focus inside the shadow root. */
export const focused = (el: Element) => rootOf(el).activeElement;

/** Text of the whole shadow root. */
export const text = (el: Element) => norm(rootOf(el).textContent);

/** The error message shown beside a control (through its aria-describedby). */
export function errorOf(el: Element, control: HTMLElement): string {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids
    .map((id) => rootOf(el).getElementById(id))
    .filter((n) => n?.classList.contains('error-message'))
    .map((n) => norm(n!.textContent))
    .join(' ');
}

/** The save status as shown in the header. */
export const saveStatus = (el: Element) => norm(rootOf(el).querySelector('.save-status')?.textContent);

/** Waits until the header says the answers are saved ("Saved 10:32"). */
export async function saved(el: EndorsementApplication): Promise<void> {
  await waitUntil(() => /^Saved\b/.test(saveStatus(el)), `saved (now "${saveStatus(el)}")`, { timeout: 10000 });
}

/** A page reload: the element goes away, and a new one opens the same store. */
export async function reload(el: EndorsementApplication, options: Parameters<typeof mount>[0] = {}): Promise<EndorsementApplication> {
  await saved(el);
  el.remove();
  return mount(options);
}

/** Picks an option of a `<select>` by its text, with the keyboard's result: value set, change fired. */
export async function choose(el: EndorsementApplication, select: HTMLElement, optionText: string): Promise<void> {
  const control = select as unknown as HTMLSelectElement;
  const found = [...control.options].find((o) => norm(o.textContent) === optionText);
  if (!found) throw new Error(`No option "${optionText}"`);
  control.focus();
  control.value = found.value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** A draft store whose every write fails as a full disk does (QuotaExceededError). */
export function fullStore(): DraftStore {
  return {
    get: async () => undefined,
    set: async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
    del: async () => undefined,
    keys: async () => [],
  };
}

/**
 * Two elements on one draft (two tabs), both on the first registration step, that change the same
 * answer in the same moment, before either hears of the other's save: one of them is in conflict.
 * `draftId` should be one no other test uses (each draft's screen is kept in localStorage).
 */
export async function twoTabsInConflict(draftId: string): Promise<[EndorsementApplication, EndorsementApplication]> {
  const store = memoryStore();
  const a = await mount({ store, draftId });
  const b = await mount({ store, draftId });
  await click(a, button(a, 'Start a new application'));
  await click(b, button(b, 'Start a new application'));
  for (const [tab, name] of [
    [b, 'Bea'],
    [a, 'Ana'],
  ] as const) {
    const input = field(tab, 'Given name');
    input.value = name;
    input.dispatchEvent(new Event('input'));
  }
  return [a, b];
}

/** From the start screen, types a registration for Ana Ruiz (IMH-E, Infant Family Specialist) and sends it. */
export async function registerByTyping(el: EndorsementApplication): Promise<void> {
  await click(el, button(el, 'Start a new application'));
  await onHeading(el, 'About you');
  await type(field(el, 'Given name'), 'Ana');
  await type(field(el, 'Family name'), 'Ruiz');
  await type(field(el, 'Email address'), 'ana@example.org');
  await click(el, button(el, 'Save and continue'));
  await onHeading(el, 'Endorsement and category');
  await click(el, option(el, 'Endorsement', 'Infant Mental Health Endorsement (IMH-E®)'));
  await click(el, option(el, 'Category', 'Infant Family Specialist'));
  await click(el, button(el, 'Save and continue'));
  await onHeading(el, 'Your work and education');
  await type(field(el, 'Your specialized work'), 'Home visitor since 2021');
  await type(field(el, 'Your education'), 'BSW, 2020');
  await click(el, button(el, 'Send registration'));
}

/** From the registered screen, through the signatures to "Check your answers" (the answers already in the draft). */
export async function toCheckYourAnswers(el: EndorsementApplication): Promise<void> {
  await click(el, button(el, 'Start the professional application'));
  await click(el, button(el, 'Code of Ethics and Endorsement Agreement'));
  await click(el, button(el, 'Save and check your answers'));
  await onHeading(el, 'Check your answers');
}
