// The renewal page saves on the server 0.8 s after the last key. Leaving the page inside that pause
// (closing the tab, switching away on a phone) saves at once, with a call that outlives the page
// (`keepalive`), so no typed key is lost. HTTP faked with msw.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { renewalInvitation } from '@endorsement-kit/test-kit/fixtures/renewal-invitation.js';
import '../src/define-renewal.js';
import type { EndorsementRenewal } from '../src/define-renewal.js';

const saves: { keepalive: boolean; renewal: unknown }[] = [];
const invitation = renewalInvitation();
const worker = setupWorker(
  http.post('/api/renewals/open', () => HttpResponse.json(invitation)),
  http.post('/api/renewals/save', async ({ request }) => {
    const body = (await request.json()) as { renewal: unknown };
    saves.push({ keepalive: request.keepalive, renewal: body.renewal });
    return HttpResponse.json({ savedAt: new Date().toISOString() });
  }),
);

before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
after(() => worker.stop());
afterEach(() => {
  saves.length = 0;
  fixtureCleanup();
});

async function typeInto(el: EndorsementRenewal, label: string, text: string): Promise<void> {
  const root = el.shadowRoot!;
  await waitUntil(() => [...root.querySelectorAll('label')].some((l) => l.textContent?.trim().startsWith(label)), `no field ${label}`);
  const id = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(label))!.htmlFor;
  const input = root.getElementById(id) as HTMLInputElement;
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

describe('the renewal page when the endorsee leaves', () => {
  it('saves what was typed at once on pagehide, with keepalive, instead of after the pause', async () => {
    const el = await fixture<EndorsementRenewal>(html`<endorsement-renewal token="a-token"></endorsement-renewal>`);
    await typeInto(el, 'Association you are a member of', 'Lakeside AIMH');
    expect(saves).to.have.length(0);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    await waitUntil(() => saves.length === 1, 'the draft was saved when the page was left');
    expect(saves[0]!.keepalive).to.equal(true);
    expect(saves[0]!.renewal).to.have.nested.property('membership.association', 'Lakeside AIMH');
  });

  it('saves nothing more when nothing was typed since the last save', async () => {
    const el = await fixture<EndorsementRenewal>(html`<endorsement-renewal token="a-token"></endorsement-renewal>`);
    await typeInto(el, 'Association you are a member of', 'Lakeside AIMH');
    const saveState = () => el.shadowRoot!.querySelector('.save-state')?.textContent?.trim();
    await waitUntil(() => saves.length === 1, 'the pause ended in a save');
    await waitUntil(() => saveState() === 'Saved', 'the save was answered');
    expect(saves[0]!.keepalive).to.equal(false);
    // A save starts by saying "Saving…" at once: after leaving, the page still says "Saved".
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    await el.updateComplete;
    expect(saveState()).to.equal('Saved');
    el.remove();
    expect(saves).to.have.length(1);
  });
});
