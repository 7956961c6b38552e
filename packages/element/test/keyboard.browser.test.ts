// The whole registration and application with the keyboard alone: every target is found by its role
// and accessible name and reached with Tab (never .click() or .focus() from the test), answers are
// typed, radios picked with the arrow keys and Space, buttons pressed with Enter. The backend is the
// shared msw receiver. Along the way: focus lands on each new step's heading.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import { memoryStore } from '@endorsement-kit/sdk';
import { createReceiver } from '@endorsement-kit/test-kit/msw/index.js';
import '../src/define.js';
import type { EndorsementApplication } from '../src/index.js';
import { ready } from '@endorsement-kit/test-kit/element/helpers.js';
import { norm } from '@endorsement-kit/test-kit/text.js';

const receiver = createReceiver('https://keyboard.test/api');
const worker = setupWorker(...receiver.handlers);

type Name = string | RegExp;

/** The focused element, through open shadow roots. */
function active(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The ARIA role of the controls this element uses (implicit roles, as the accessibility tree has them). */
function roleOf(el: Element): string {
  const explicit = el.getAttribute('role');
  if (explicit) return explicit;
  if (el instanceof HTMLInputElement) return el.type === 'radio' ? 'radio' : el.type === 'checkbox' ? 'checkbox' : 'textbox';
  if (el instanceof HTMLTextAreaElement) return 'textbox';
  if (el instanceof HTMLSelectElement) return 'combobox';
  if (el instanceof HTMLButtonElement || el.localName === 'summary') return 'button';
  if (el instanceof HTMLAnchorElement && el.hasAttribute('href')) return 'link';
  if (/^h[1-6]$/.test(el.localName)) return 'heading';
  return el.localName;
}

/** The accessible name, as computed from aria-labelledby, aria-label, the label(s), then the content. */
function nameOf(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy)
    return norm(
      labelledBy
        .split(/\s+/)
        .map((id) => root.getElementById(id)?.textContent)
        .join(' '),
    );
  const label = el.getAttribute('aria-label');
  if (label) return norm(label);
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length > 0) return norm([...labels].map((l) => l.textContent).join(' '));
  return norm(el.textContent);
}

const matches = (name: Name, actual: string) => (typeof name === 'string' ? actual === name : name.test(actual));
const describe_ = (el: Element | null) => (el ? `${roleOf(el)} "${nameOf(el)}"` : 'nothing');

/** Presses Tab until the focused element has this role and name; fails after `max` presses. */
async function tabTo(role: string, name: Name, max = 150): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const el = active();
    if (el && roleOf(el) === role && matches(name, nameOf(el))) return el;
  }
  throw new Error(`Tab never reached ${role} "${String(name)}" (focus is on ${describe_(active())})`);
}

async function press(role: 'button' | 'link', name: Name): Promise<void> {
  await tabTo(role, name);
  await sendKeys({ press: 'Enter' });
}

async function fill(name: Name, text: string): Promise<void> {
  await tabTo('textbox', name);
  await sendKeys({ type: text });
}

/** A date input takes its segments as typed digits (month, day, year in en-US). */
async function fillDate(name: Name, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  await fill(name, `${m}${d}${y}`);
}

/** Tabs into a radio group (by its legend), then arrows to the option and selects it with Space. */
async function pick(group: string, option: Name): Promise<void> {
  const inGroup = (el: Element | null) => norm(el?.closest('fieldset')?.querySelector('legend')?.textContent) === group;
  for (let i = 0; i < 150 && !(roleOf(active()!) === 'radio' && inGroup(active())); i++) await sendKeys({ press: 'Tab' });
  if (!(roleOf(active()!) === 'radio' && inGroup(active()))) throw new Error(`Tab never reached the radio group "${group}"`);
  for (let i = 0; i < 12 && !matches(option, nameOf(active()!)); i++) await sendKeys({ press: 'ArrowDown' });
  const radio = active() as HTMLInputElement;
  if (!matches(option, nameOf(radio))) throw new Error(`No option "${String(option)}" in "${group}"`);
  if (!radio.checked) await sendKeys({ press: 'Space' });
  expect(radio.checked, `${String(option)} chosen`).to.equal(true);
}

async function check(name: Name): Promise<void> {
  const box = (await tabTo('checkbox', name)) as HTMLInputElement;
  await sendKeys({ press: 'Space' });
  expect(box.checked, `${String(name)} checked`).to.equal(true);
}

/**
 * Waits until focus is on the heading with this name (where navigation puts it). A step heading's
 * name starts with the form's, its caption ("Endorsement Application About you").
 */
async function focusOnHeading(name: string): Promise<void> {
  await waitUntil(
    () => {
      const el = active();
      return el && roleOf(el) === 'heading' && nameOf(el).replace(/^(Endorsement Application|Professional application) /, '') === name;
    },
    `focus on the heading "${name}" (it is on ${describe_(active())})`,
    { timeout: 10000 },
  );
}

async function reference(role: Name, name: string, email: string, endorsed: boolean): Promise<void> {
  await press('button', 'Add a reference');
  await pick('How this person knows you', role);
  await fill('Full name', name);
  await fill(/^Email address/, email);
  if (endorsed) await check('This person holds an endorsement');
  await pick('Do you waive your right to see this reference?', 'Yes');
}

describe('keyboard only: from the start screen to the receipt', () => {
  before(() => worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true }));
  after(() => worker.stop());
  afterEach(() => {
    fixtureCleanup();
    receiver.reset();
  });

  it('registers and applies with Tab, typing, arrows, Space and Enter', async function () {
    this.timeout(180000);
    const el = await fixture<EndorsementApplication>(
      html`<endorsement-application program="alliance" endpoint=${receiver.baseUrl} .store=${memoryStore()}></endorsement-application>`,
    );
    await ready(el);

    await press('button', 'Start a new application');
    await focusOnHeading('About you');
    await fill('Given name', 'Ana');
    await fill('Family name', 'Ruiz');
    await fill(/^Email address/, 'ana@example.org');
    await press('button', 'Save and continue');

    await focusOnHeading('Endorsement and category');
    await pick('Endorsement', /^Infant Mental Health Endorsement \(IMH-E®\)/);
    await pick('Category', /^Infant Family Associate/);
    await press('button', 'Save and continue');

    await focusOnHeading('Your work and education');
    await fill(/^Your specialized work/, 'Home visitor with families of infants since 2021');
    await fill(/^Your education/, 'CDA credential, 2020');
    await press('button', 'Send registration');

    await focusOnHeading('Registration sent');
    expect(receiver.requests.filter((r) => r.kind === 'registration')).to.have.length(1);
    await press('button', 'Start the professional application');

    await focusOnHeading('About you');
    await fill(/^Association you are a member of/, 'Alliance for the Advancement of Infant Mental Health');
    await press('button', 'Save and continue');
    await focusOnHeading('Education');
    await press('button', 'Save and continue');
    await focusOnHeading('Work experience');
    await press('button', 'Save and continue');

    await focusOnHeading('Specialized training');
    await press('button', 'Add a training');
    await fill('Title', 'Foundations of infant mental health');
    await fill('Provided by', 'ZERO TO THREE');
    await fillDate('Date', '2024-03-01');
    await fill(/^Clock hours/, '32');
    await check('Infant and early childhood mental health');
    await press('button', 'Save and continue');

    await focusOnHeading('References');
    await reference('Supervisor', 'Sam Boss', 'sam@example.org', true);
    await reference('Colleague', 'Kim Peer', 'kim@example.org', false);
    await reference(/^Someone you supervise/, 'Lee Team', 'lee@example.org', false);
    await press('button', 'Save and continue');

    await focusOnHeading('Code of Ethics and Endorsement Agreement');
    await check(/^I have read and accept the Code of Ethics/);
    await fill('Your full name, as signature', 'Ana Ruiz');
    await fillDate('Date signed', '2026-11-20');
    await check(/^I have read and accept the Endorsement Agreement/);
    await fill('Your full name, as signature', 'Ana Ruiz');
    await fillDate('Date signed', '2026-11-20');
    await press('button', 'Save and check your answers');

    await focusOnHeading('Check your answers');
    await press('button', 'Submit application');
    await focusOnHeading('Application submitted');
    const sent = receiver.requests.filter((r) => r.kind === 'application');
    expect(sent).to.have.length(1);
    const body = sent[0]!.body as { category: string; training: { hours: number }[]; references: unknown[] };
    expect(body.category).to.equal('IFA');
    expect(body.training[0]!.hours).to.equal(32);
    expect(body.references).to.have.length(3);
  });
});
