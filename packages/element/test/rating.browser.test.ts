// <endorsement-rating>, the reference rater's page, in Chromium against the shared msw fake of the
// receiver's rating routes: the token comes from the page URL's fragment, every call is a POST
// with the token in its body. A rater fills the form by labels and roles after the link was
// opened three times (as mail scanners do), declines, meets expired and unknown links, sees what
// is missing at submit, reads it in Spanish, and every screen passes axe at 320 px too.
import 'axe-core/axe.min.js';
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import type { AxeResults, RunOptions } from 'axe-core';
import { createReferenceReceiver, TEST_FORM } from '@endorsement-kit/test-kit/msw/index.js';
import type { EndorsementRating } from '../src/index.js';
import '../src/define-rating.js';
import { norm } from '@endorsement-kit/test-kit/text.js';

const API = 'https://receiver.test/api';
const receiver = createReferenceReceiver(API);
const worker = setupWorker(...receiver.handlers);
const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const root = (el: EndorsementRating) => el.shadowRoot!;
const heading = (el: EndorsementRating) => norm(root(el).querySelector('#ek-heading')?.textContent);
const pageText = (el: EndorsementRating) => norm(root(el).textContent);

async function open(token: string, locale?: string): Promise<EndorsementRating> {
  // The mail's link is /r/#<token>: the page reads the fragment, which no request carries.
  history.replaceState(null, '', `${location.pathname}#${token}`);
  const el = await fixture<EndorsementRating>(html`<endorsement-rating endpoint=${API} locale=${locale ?? ''}></endorsement-rating>`);
  await waitUntil(() => root(el).querySelector('#ek-heading'), 'a screen with its heading', { timeout: 10000 });
  return el;
}

async function onHeading(el: EndorsementRating, text: string): Promise<void> {
  await waitUntil(() => heading(el) === text, `heading "${text}" (now "${heading(el)}")`, { timeout: 10000 });
  await el.updateComplete;
}

function button(el: EndorsementRating, name: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => norm(b.textContent) === name);
  if (!found)
    throw new Error(`No button "${name}" in: ${[...root(el).querySelectorAll('button')].map((b) => norm(b.textContent)).join(' | ')}`);
  return found;
}

/** The text box, text area or select whose label reads `name`. */
function control(el: EndorsementRating, name: string): HTMLInputElement {
  const label = [...root(el).querySelectorAll('label')].find((l) => norm(l.textContent) === name);
  if (!label) throw new Error(`No label "${name}"`);
  return root(el).getElementById(label.htmlFor) as HTMLInputElement;
}

/** The radio `option` of the group whose legend reads `group`. */
function radio(el: EndorsementRating, group: string, option: string): HTMLInputElement {
  const fieldset = [...root(el).querySelectorAll('fieldset')].find((f) => norm(f.querySelector('legend')?.textContent) === group);
  if (!fieldset) throw new Error(`No group "${group}"`);
  const label = [...fieldset.querySelectorAll('label')].find((l) => norm(l.textContent) === option);
  if (!label) throw new Error(`No option "${option}" in "${group}"`);
  return root(el).getElementById(label.htmlFor) as HTMLInputElement;
}

async function type(el: EndorsementRating, target: HTMLElement, text: string): Promise<void> {
  target.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Picks a radio with the keyboard: focus, then Space, as a keyboard user does. */
async function pick(el: EndorsementRating, target: HTMLInputElement): Promise<void> {
  target.focus();
  await sendKeys({ press: 'Space' });
  await el.updateComplete;
  expect(target.checked, 'the radio is checked').to.equal(true);
}

async function choose(el: EndorsementRating, select: HTMLElement, optionText: string): Promise<void> {
  const s = select as unknown as HTMLSelectElement;
  const found = [...s.options].find((o) => norm(o.textContent) === optionText);
  if (!found) throw new Error(`No option "${optionText}"`);
  s.focus();
  s.value = found.value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function noViolations(el: EndorsementRating, state: string): Promise<void> {
  await el.updateComplete;
  const result = await axe.run(el, { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] });
  const found = result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  expect(found, `axe on ${state}:\n  ${found.join('\n  ')}`).to.deep.equal([]);
}

const focusedId = (el: EndorsementRating) => (root(el).activeElement as HTMLElement | null)?.id;

async function fillEverything(el: EndorsementRating): Promise<void> {
  await type(el, control(el, 'Your title or position'), 'Clinical Director');
  await type(el, control(el, 'Your organization'), 'Bright Start');
  await choose(el, control(el, 'Your own endorsement'), 'IMHM-C: Infant Mental Health Mentor – Clinical');
  await pick(el, radio(el, 'How do you know Ana Ruiz?', 'I am their supervisor, teacher, trainer or consultant'));
  await pick(el, radio(el, 'Do you still work with Ana Ruiz in this role?', 'Yes'));
  await type(el, control(el, 'For how many months have you known Ana Ruiz?'), '30');
  await type(el, control(el, 'In what capacity have you known them?'), 'Her clinical supervisor <b>at</b> Bright Start');
  await pick(el, radio(el, 'Does Ana Ruiz work with families of children prenatal to 36 months?', 'Yes'));
  await pick(el, radio(el, 'Notices their own feelings in the work', 'Consistently'));
  await pick(el, radio(el, 'Uses supervision to think about their work', 'Often'));
  await pick(el, radio(el, 'Observes and listens before acting', 'I do not have enough information to rate this'));
  await pick(el, radio(el, 'Solves problems thoughtfully', 'Often'));
  await type(el, control(el, 'Comments on Thinking (optional)'), 'Thoughtful.');
  await pick(el, radio(el, 'Your overall recommendation', 'I recommend this applicant'));
  await type(el, control(el, 'Type your full name as your signature'), 'Lee Park');
}

describe('<endorsement-rating>', () => {
  before(() => worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true }));
  after(() => worker.stop());
  beforeEach(() => receiver.reset());
  afterEach(async () => {
    fixtureCleanup();
    await setViewport({ width: 800, height: 600 });
    history.replaceState(null, '', location.pathname);
  });

  it('a rater opens the link three times, then accepts and completes the form by labels and roles', async () => {
    const request = receiver.invite('tok-complete');
    // Mail scanners and the rater's own first looks: opening changes nothing.
    for (let i = 0; i < 3; i++) {
      const el = await open('tok-complete');
      await onHeading(el, 'Reference request from Ana Ruiz');
      fixtureCleanup();
    }
    expect(request.calls).to.deep.equal({ open: 3 });
    expect(request.invitation.state).to.equal('invited');

    const el = await open('tok-complete');
    const words = pageText(el);
    expect(words).to.include('Infant Family Specialist').and.include('prenatal to 36 months');
    expect(words).to.include('Ana Ruiz has waived the right to see this form.');
    expect(words).to.include('Thank you for doing this!');
    expect(focusedId(el), 'focus on the heading').to.equal('ek-heading');
    // Keyboard only: Tab to Accept, Enter.
    button(el, 'Accept and start the form').focus();
    await sendKeys({ press: 'Enter' });
    await onHeading(el, 'Reference for Ana Ruiz');
    expect(focusedId(el)).to.equal('ek-heading');
    expect(request.invitation.state).to.equal('in_progress');

    await fillEverything(el);
    // Saved on the server as the rater goes, so another device continues.
    await waitUntil(() => /^Saved at /.test(norm(root(el).querySelector('.save-status')?.textContent)), 'Saved at …', { timeout: 10000 });
    await waitUntil(() => request.invitation.answers.signature?.signedName === 'Lee Park', 'the last answer saved', { timeout: 10000 });
    expect(request.invitation.answers.ratings).to.deep.equal({
      'reflection-1': 4,
      'reflection-2': 3,
      'thinking-1': 'nei',
      'thinking-2': 3,
    });
    expect(request.invitation.answers.knownMonths).to.equal(30);

    button(el, 'Submit the reference').focus();
    await sendKeys({ press: 'Enter' });
    await onHeading(el, 'Thank you: your reference was sent');
    expect(focusedId(el)).to.equal('ek-heading');
    expect(request.invitation.state).to.equal('submitted');
    expect(request.invitation.answers).to.deep.include({
      title: 'Clinical Director',
      organization: 'Bright Start',
      endorsement: 'IMHM-C',
      relationship: 'supervisor',
      current: true,
      servesAgeBand: true,
      recommendation: 'recommend',
      comments: { thinking: 'Thoughtful.' },
    });
    // The token went in bodies only: no request URL carried it.
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes('tok-complete'))).to.equal(false);
  });

  it('continues on another device with the answers saved on the server', async () => {
    const request = receiver.invite('tok-resume', {
      state: 'in_progress',
      answers: { title: 'Teacher', ratings: { 'thinking-2': 2 } },
      savedAt: '2026-12-01T10:32:00.000Z',
    });
    const el = await open('tok-resume');
    await onHeading(el, 'Reference for Ana Ruiz');
    expect(control(el, 'Your title or position').value).to.equal('Teacher');
    expect(radio(el, 'Solves problems thoughtfully', 'Sometimes').checked).to.equal(true);
    expect(norm(root(el).querySelector('.save-status')?.textContent)).to.match(/^Saved at /);
    expect(request.calls).to.deep.equal({ open: 1 });
  });

  it('a key typed renders nothing but the field, and the answer is saved', async () => {
    const request = receiver.invite('tok-keys', { state: 'in_progress', answers: {}, savedAt: '2026-12-01T10:32:00.000Z' });
    const el = await open('tok-keys');
    await onHeading(el, 'Reference for Ana Ruiz');
    const title = control(el, 'Your title or position');
    title.value = 'Teacher';
    title.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(el.isUpdatePending, 'a key schedules no render').to.equal(false);
    await waitUntil(() => request.invitation.answers.title === 'Teacher', 'the answer saved', { timeout: 10000 });
    expect(control(el, 'Your title or position').value).to.equal('Teacher');
  });

  it('keeps the form where it is when the save status above it appears', async () => {
    receiver.invite('tok-still', { state: 'in_progress', answers: {} });
    const el = await open('tok-still');
    await onHeading(el, 'Reference for Ana Ruiz');
    const status = root(el).querySelector('.save-status [role="status"]')!;
    expect(norm(status.textContent)).to.equal('');
    const title = control(el, 'Your title or position');
    const before = title.getBoundingClientRect().top;
    await type(el, title, 'Teacher');
    await waitUntil(() => norm(status.textContent) !== '', 'the save status is shown', { timeout: 10000 });
    expect(title.getBoundingClientRect().top).to.equal(before);
  });

  /** What the form showed at each change of the shadow root, from its first part to the whole form. */
  async function formAsItRenders(token: string) {
    history.replaceState(null, '', `${location.pathname}#${token}`);
    const el = document.createElement('endorsement-rating') as EndorsementRating;
    el.setAttribute('endpoint', API);
    document.body.append(el);
    const seen: { field: boolean; submit: boolean; status: string }[] = [];
    const observer = new MutationObserver(() => {
      if (root(el).querySelector('form'))
        seen.push({
          field: root(el).querySelector('form input') !== null,
          submit: root(el).querySelector('button[type="submit"]') !== null,
          status: norm(root(el).querySelector('.save-status [role="status"]')?.textContent),
        });
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    try {
      await waitUntil(() => root(el).querySelector('button[type="submit"]'), 'the whole form', { timeout: 10000 });
      await el.updateComplete;
    } finally {
      observer.disconnect();
      el.remove();
    }
    return seen;
  }

  it('renders the form’s first part first, with its first text field; the rated items and Submit in the next task', async () => {
    receiver.invite('tok-first', { state: 'in_progress', answers: {} });
    const seen = await formAsItRenders('tok-first');
    expect(seen[0], 'the first part').to.deep.include({ field: true, submit: false });
    expect(seen.at(-1), 'then the whole form').to.deep.include({ field: true, submit: true });
  });

  it('writes the time of an earlier save with the rest of the form, not in its first part (no date formatter before the first field)', async () => {
    receiver.invite('tok-saved-first', { state: 'in_progress', answers: { title: 'Teacher' }, savedAt: '2026-12-01T10:32:00.000Z' });
    const seen = await formAsItRenders('tok-saved-first');
    expect(seen[0], 'the first part: its status region, empty').to.deep.equal({ field: true, submit: false, status: '' });
    expect(seen.at(-1)!.submit, 'then the whole form').to.equal(true);
    expect(seen.at(-1)!.status).to.match(/^Saved at /);
  });

  it('keeps the answers when a save fails and saves them on Try saving again', async () => {
    const request = receiver.invite('tok-retry', { state: 'in_progress' });
    const el = await open('tok-retry');
    await onHeading(el, 'Reference for Ana Ruiz');
    receiver.script('network-error');
    await type(el, control(el, 'Your organization'), 'Bright Start');
    await waitUntil(() => root(el).querySelector('.save-status.error'), 'the save failure', { timeout: 10000 });
    expect(norm(root(el).querySelector('.save-status')?.textContent)).to.include('Not saved');
    button(el, 'Try saving again').click();
    await waitUntil(() => request.invitation.answers.organization === 'Bright Start', 'saved after the retry', { timeout: 10000 });
    await waitUntil(() => /^Saved at /.test(norm(root(el).querySelector('.save-status')?.textContent)), 'Saved at …');
  });

  it('lists what is missing at submit in an error summary that takes focus and links to each field', async () => {
    receiver.invite('tok-missing', { state: 'in_progress' });
    const el = await open('tok-missing');
    await onHeading(el, 'Reference for Ana Ruiz');
    await type(el, control(el, 'Your title or position'), 'Clinical Director');
    button(el, 'Submit the reference').click();
    await waitUntil(() => root(el).querySelector('.error-summary'), 'the error summary', { timeout: 10000 });
    await el.updateComplete;
    expect(focusedId(el), 'the summary takes focus').to.equal('ek-error-summary');
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')].map((a) => norm(a.textContent));
    expect(links).to.include('Enter your organization').and.include('Rate “Observes and listens before acting”');
    expect(links).to.include('Type your full name as your signature');
    expect(links).not.to.include('Enter your title or position');
    // The same message beside the field, tied to it.
    const item = root(el).querySelector<HTMLElement>('.error-summary a[href="#ekr-ratings-thinking-1"]')!;
    item.click();
    await el.updateComplete;
    expect(focusedId(el)).to.equal('ekr-ratings-thinking-1');
    expect(norm(root(el).getElementById('ekr-ratings-thinking-1')?.textContent)).to.include(
      'Error: Rate “Observes and listens before acting”',
    );
    await noViolations(el, 'the form with missing answers');
  });

  it('declines with a note', async () => {
    const request = receiver.invite('tok-decline');
    const el = await open('tok-decline');
    button(el, 'Decline').click();
    await onHeading(el, 'Decline the request');
    await noViolations(el, 'the decline screen');
    await type(el, control(el, 'A note to Ana Ruiz (optional)'), 'I have not worked with Ana long enough.');
    button(el, 'Decline the request').click();
    await onHeading(el, 'You declined the request');
    expect(request.invitation.state).to.equal('declined');
    expect(request.declineNote).to.equal('I have not worked with Ana long enough.');
    await noViolations(el, 'declined');
  });

  it('explains an expired link, a withdrawn one, a used one and one it does not know', async () => {
    receiver.invite('tok-expired', { state: 'expired' });
    let el = await open('tok-expired');
    await onHeading(el, 'This link has expired');
    expect(pageText(el)).to.include('ask the applicant to send you a new request');
    await noViolations(el, 'expired');
    fixtureCleanup();
    receiver.invite('tok-cancelled', { state: 'cancelled' });
    el = await open('tok-cancelled');
    await onHeading(el, 'This link is no longer active');
    fixtureCleanup();
    receiver.invite('tok-done', { state: 'submitted', submittedAt: '2026-12-01T10:00:00.000Z' });
    el = await open('tok-done');
    await onHeading(el, 'This reference has already been submitted');
    fixtureCleanup();
    el = await open('tok-nobody-has');
    await onHeading(el, 'This link does not work');
    await noViolations(el, 'unknown link');
    fixtureCleanup();
    el = await open('');
    await onHeading(el, 'This link does not work');
  });

  it('says when the server cannot be reached, and tries again', async () => {
    receiver.invite('tok-offline');
    receiver.script('network-error');
    const el = await open('tok-offline');
    await onHeading(el, 'The reference request could not be opened');
    await noViolations(el, 'failed to open');
    button(el, 'Try again').click();
    await onHeading(el, 'Reference request from Ana Ruiz');
  });

  it('speaks Spanish when the applicant chose it for the rater', async () => {
    receiver.invite('tok-es', { language: 'es', note: 'Gracias.' });
    const el = await open('tok-es');
    await onHeading(el, 'Solicitud de referencia de Ana Ruiz');
    expect(root(el).querySelector('.root')!.getAttribute('lang')).to.equal('es');
    expect(pageText(el)).to.include('Ana Ruiz renunció a su derecho a ver este formulario.');
    await noViolations(el, 'the request, in Spanish');
    button(el, 'Aceptar y comenzar el formulario').click();
    await onHeading(el, 'Referencia para Ana Ruiz');
    expect(control(el, 'Su cargo o puesto')).to.exist;
    await noViolations(el, 'the form, in Spanish');
  });

  it('passes axe on the request and the form, and fits 320 px without scrolling sideways', async () => {
    receiver.invite('tok-axe', { waiveRight: false });
    await setViewport({ width: 320, height: 640 });
    const el = await open('tok-axe');
    await onHeading(el, 'Reference request from Ana Ruiz');
    expect(pageText(el)).to.include('Ana Ruiz has not waived the right to see this form');
    await noViolations(el, 'the request');
    expect(document.documentElement.scrollWidth, 'no horizontal scroll on the request').to.be.at.most(320);
    button(el, 'Accept and start the form').click();
    await onHeading(el, 'Reference for Ana Ruiz');
    await noViolations(el, 'the empty form');
    expect(document.documentElement.scrollWidth, 'no horizontal scroll on the form').to.be.at.most(320);
    await fillEverything(el);
    button(el, 'Submit the reference').click();
    await onHeading(el, 'Thank you: your reference was sent');
    await noViolations(el, 'the thank-you page');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('asks about reflective supervision where the program does, and warns at the limit of "not enough information"', async () => {
    receiver.invite('tok-rsc', { state: 'in_progress', form: { ...TEST_FORM, asksRscProvider: true, invalidAtNotEnoughInformation: 2 } });
    const el = await open('tok-rsc');
    await onHeading(el, 'Reference for Ana Ruiz');
    expect(radio(el, 'Do you know Ana Ruiz as a provider of reflective supervision/consultation?', 'Yes')).to.exist;
    const nei = 'I do not have enough information to rate this';
    await pick(el, radio(el, 'Observes and listens before acting', nei));
    expect(pageText(el)).not.to.include('cannot be counted');
    await pick(el, radio(el, 'Solves problems thoughtfully', nei));
    expect(pageText(el)).to.include(
      `You chose “${nei}” 2 times. A reference with 2 or more such answers cannot be counted for the application.`,
    );
  });

  it('shows what the applicant wrote as text, never as HTML', async () => {
    receiver.invite('tok-html', { applicantName: 'Ana <img src=x onerror=alert(1)>', note: '<script>alert(1)</script><b>hi</b>' });
    const el = await open('tok-html');
    await waitUntil(() => heading(el).startsWith('Reference request from'), 'the request');
    expect(root(el).querySelector('img, b, script:not([type])')).to.equal(null);
    expect(pageText(el)).to.include('<script>alert(1)</script><b>hi</b>');
  });
});
