// Typing on the renewal page is cheap (issue #22, point 4): a key goes into the draft and the input
// at once and schedules its save, but does not re-evaluate and re-render the whole page; the live
// checklist follows within a short pause, and a structural change (a checkbox) renders at once.
// HTTP faked with msw.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { COMPLETE_FIRST_RENEWAL, renewalInvitation } from '@endorsement-kit/test-kit/fixtures/renewal-invitation.js';
import '../src/define-renewal.js';
import type { EndorsementRenewal } from '../src/define-renewal.js';

const saves: unknown[] = [];
const invitation = renewalInvitation();
const worker = setupWorker(
  http.post('/api/renewals/open', () => HttpResponse.json(invitation)),
  http.post('/api/renewals/save', async ({ request }) => {
    saves.push(((await request.json()) as { renewal: unknown }).renewal);
    return HttpResponse.json({ savedAt: new Date().toISOString() });
  }),
);

before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
after(() => worker.stop());
afterEach(() => {
  worker.resetHandlers();
  saves.length = 0;
  fixtureCleanup();
});

function field(el: EndorsementRenewal, label: string): HTMLInputElement {
  const root = el.shadowRoot!;
  const id = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(label))!.htmlFor;
  return root.getElementById(id) as HTMLInputElement;
}

function key(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

const membershipCheck = (el: EndorsementRenewal) => el.shadowRoot!.getElementById('ekn-check-membership')!;

describe('typing on the renewal page', () => {
  it('renders nothing per key, then the checklist catches up with every key and the draft is saved', async () => {
    const el = await fixture<EndorsementRenewal>(html`<endorsement-renewal token="a-token"></endorsement-renewal>`);
    await waitUntil(() => el.shadowRoot!.getElementById('ekn-check-membership'), 'the checklist is shown');
    key(field(el, 'Association you are a member of'), 'Lakeside AIMH');
    await el.updateComplete;
    const expires = field(el, 'Membership expiry date');
    expires.focus();
    expect(membershipCheck(el).className).to.equal('missing');
    for (const value of ['2', '20', '203', '2030', '2030-', '2030-0', '2030-01', '2030-01-', '2030-01-3', '2030-01-31']) {
      key(expires, value);
      // The key asked for no render of the page (it used to re-evaluate the checklist and render per key).
      expect(el.isUpdatePending, `a render scheduled by the key "${value}"`).to.equal(false);
    }
    await waitUntil(() => membershipCheck(el).className === 'met', 'the checklist shows the membership met after the pause');
    expect(membershipCheck(el).textContent).to.contain('2030');
    expect(el.shadowRoot!.activeElement).to.equal(expires);
    expect(expires.value).to.equal('2030-01-31');
    await waitUntil(() => saves.length > 0, 'the draft was saved');
    expect(saves.at(-1)).to.have.nested.property('membership.expiresOn', '2030-01-31');
    expect(saves.at(-1)).to.have.nested.property('membership.association', 'Lakeside AIMH');
  });

  it('keeps the problems shown after Submit as they are while they are mended, and the form where it is, until the next Submit', async () => {
    const el = await fixture<EndorsementRenewal>(html`<endorsement-renewal token="a-token"></endorsement-renewal>`);
    await waitUntil(() => el.shadowRoot!.getElementById('ekn-submit'), 'the whole form is shown');
    const root = el.shadowRoot!;
    const summary = () => root.getElementById('ekn-error-summary');
    root.getElementById('ekn-submit')!.click();
    await waitUntil(() => summary(), 'the problems are shown', { timeout: 10000 });
    const problems = summary()!.textContent;
    expect(problems).to.contain('Enter your membership and its expiry date');
    const expires = field(el, 'Membership expiry date');
    key(field(el, 'Association you are a member of'), 'Lakeside AIMH');
    expires.focus();
    const top = expires.getBoundingClientRect().top;
    key(expires, '2030-01-31');
    // The checklist follows the pause (150 ms), then the save (800 ms); the summary above the form
    // does not move a thing meanwhile.
    await waitUntil(
      () => (saves.at(-1) as { membership?: { expiresOn?: string } } | undefined)?.membership?.expiresOn === '2030-01-31',
      'the draft was saved, well after the pause',
    );
    await el.updateComplete;
    expect(membershipCheck(el).className).to.equal('met');
    expect(summary()!.textContent).to.equal(problems);
    expect(expires.getBoundingClientRect().top).to.equal(top);
    expect(root.activeElement).to.equal(expires);
    // The next Submit says what is left.
    root.getElementById('ekn-submit')!.click();
    await waitUntil(() => summary()!.textContent !== problems, 'the problems left are shown');
    expect(summary()!.textContent).not.to.contain('Enter your membership and its expiry date');
    expect(root.activeElement?.id).to.equal('ekn-error-summary');
  });

  it('shows a heading and what is happening while the link is being opened', async () => {
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    worker.use(
      http.post('/api/renewals/open', async () => {
        await answered;
        return HttpResponse.json(invitation);
      }),
    );
    const el = await fixture<EndorsementRenewal>(html`<endorsement-renewal token="a-token"></endorsement-renewal>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('h1')?.textContent).to.equal('Endorsement renewal');
    expect(root.querySelector('[role="status"]')?.textContent).to.equal('Opening your renewal…');
    answer();
    await waitUntil(() => root.querySelector('h1')?.textContent === 'Renew your Infant Family Specialist Endorsement®', 'the form opened');
  });

  it('renders a checkbox at once, and keeps a name typed just before it', async () => {
    const el = await fixture<EndorsementRenewal>(html`<endorsement-renewal token="a-token"></endorsement-renewal>`);
    await waitUntil(() => el.shadowRoot!.getElementById('ekn-check-membership'), 'the checklist is shown');
    // The attestations come with the rest of the form, a task after its first part.
    await el.updateComplete;
    const root = el.shadowRoot!;
    const box = root.getElementById('ekn-attest-code-of-ethics') as HTMLInputElement;
    const name = box.closest('fieldset')!.querySelector<HTMLInputElement>('input:not([type="checkbox"])')!;
    key(name, 'Jordan Whitfield');
    box.click();
    expect(el.isUpdatePending).to.equal(true);
    await waitUntil(() => saves.length > 0, 'the draft was saved');
    expect(saves.at(-1)).to.have.nested.property('attestations.codeOfEthics.signedName', 'Jordan Whitfield');
    expect(saves.at(-1)).to.have.nested.property('attestations.codeOfEthics.accepted', true);
  });

  it('keeps Submit where it is when the save status appears', async () => {
    const el = await fixture<EndorsementRenewal>(html`<endorsement-renewal token="a-token"></endorsement-renewal>`);
    await waitUntil(() => el.shadowRoot!.getElementById('ekn-check-membership'), 'the checklist is shown');
    await el.updateComplete;
    const root = el.shadowRoot!;
    const status = root.querySelector('.save-state')!;
    expect(status.textContent).to.equal('');
    const before = root.getElementById('ekn-submit')!.getBoundingClientRect().top;
    key(field(el, 'Association you are a member of'), 'Lakeside AIMH');
    await waitUntil(() => status.textContent !== '', 'the save status is shown');
    expect(root.getElementById('ekn-submit')!.getBoundingClientRect().top).to.equal(before);
  });

  it('sends one renewal however often Submit is pressed, and says it is being sent', async () => {
    let submits = 0;
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    worker.use(
      http.post('/api/renewals/open', () => HttpResponse.json(renewalInvitation({ renewal: COMPLETE_FIRST_RENEWAL }))),
      http.post('/api/renewals/submit', async () => {
        submits++;
        await answered;
        return HttpResponse.json({ submittedAt: new Date().toISOString() });
      }),
    );
    const el = await fixture<EndorsementRenewal>(html`<endorsement-renewal token="a-token"></endorsement-renewal>`);
    await waitUntil(() => el.shadowRoot!.getElementById('ekn-submit'), 'the whole form is shown');
    const root = el.shadowRoot!;
    const submit = root.getElementById('ekn-submit')!;
    submit.click();
    await el.updateComplete;
    expect(root.querySelector('.save-state')!.textContent).to.equal('Sending your renewal…');
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    submit.click();
    await waitUntil(() => submits > 0, 'the renewal is sent');
    submit.click();
    answer();
    await waitUntil(() => root.textContent?.includes('Thank you: your renewal was received.'), 'the thanks');
    // Focus is read from the shadow root: `:focus` needs the window focused, which a page beside
    // another test file's may not be.
    await waitUntil(() => root.activeElement?.tagName === 'H1', 'the heading of the thanks focused');
    expect(submits).to.equal(1);
  });

  it('keeps the page heading on a link that no longer works and on a failure to open', async () => {
    worker.use(http.post('/api/renewals/open', () => HttpResponse.json({ error: 'link_closed', message: 'closed' }, { status: 410 })));
    const closed = await fixture<EndorsementRenewal>(html`<endorsement-renewal token="a-token"></endorsement-renewal>`);
    await waitUntil(() => closed.shadowRoot!.querySelector('[role="alert"]'), 'the closed link is said');
    expect(closed.shadowRoot!.querySelector('h1')?.textContent?.trim()).to.equal('Endorsement renewal');
    worker.use(http.post('/api/renewals/open', () => HttpResponse.error()));
    const failed = await fixture<EndorsementRenewal>(html`<endorsement-renewal token="b-token"></endorsement-renewal>`);
    await waitUntil(() => failed.shadowRoot!.querySelector('button'), 'Try again is offered');
    expect(failed.shadowRoot!.querySelector('h1')?.textContent?.trim()).to.equal('Endorsement renewal');
  });
});
