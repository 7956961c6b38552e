// The renewal page's first load carries its first screen only (issue #22, point 4): the form's first
// part (down to the membership fields) renders first, the rest a task later; Spanish is fetched only
// for a Spanish endorsee; validation is fetched once the form is shown and awaited at submit, where a
// failed fetch is said and tried again, nothing typed lost (renewal-checks-part.browser.test.ts). Run
// from sources: each part is its own module (renewal/renewal-<name>-part.ts); the built files' split
// is size.node.test.ts's and the receiver's renewal-form.node.test.ts's. A part stays loaded for the
// rest of the page, so the English test comes before the Spanish one.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { renewalInvitation } from '@endorsement-kit/test-kit/fixtures/renewal-invitation.js';
import '../src/define-renewal.js';
import type { EndorsementRenewal } from '../src/define-renewal.js';

const saves: unknown[] = [];
const worker = setupWorker(
  http.post('/api/renewals/open', () => HttpResponse.json(renewalInvitation())),
  http.post('/api/renewals/save', async ({ request }) => {
    saves.push(((await request.json()) as { renewal: unknown }).renewal);
    return HttpResponse.json({ savedAt: new Date().toISOString() });
  }),
);
// Every script this page fetches from now on (the parts are fetched after the first render).
const fetched: string[] = [];
const watch = new PerformanceObserver((list) => fetched.push(...list.getEntries().map((entry) => entry.name)));
const requested = (part: string) => fetched.some((url) => new URL(url).pathname.endsWith(`/renewal-${part}-part.ts`));

before(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  watch.observe({ type: 'resource' });
});
after(() => {
  watch.disconnect();
  worker.stop();
});
afterEach(() => {
  worker.resetHandlers();
  saves.length = 0;
  fixtureCleanup();
});

const root = (el: EndorsementRenewal) => el.shadowRoot!;
const submitButton = (el: EndorsementRenewal) => root(el).getElementById('ekn-submit') as HTMLButtonElement | null;
function field(el: EndorsementRenewal, label: string): HTMLInputElement {
  const id = [...root(el).querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(label))!.htmlFor;
  return root(el).getElementById(id) as HTMLInputElement;
}

describe('the renewal page in parts', () => {
  it('renders the form’s first part first, down to the membership fields and without Submit; the rest in the next task', async () => {
    const el = document.createElement('endorsement-renewal') as EndorsementRenewal;
    el.token = 'a-token';
    const seen: { membership: boolean; submit: boolean; attestations: boolean }[] = [];
    document.body.append(el);
    const observer = new MutationObserver(() => {
      if (root(el).getElementById('ekn-checklist'))
        seen.push({
          membership: root(el).getElementById('ekn-membership') !== null && field(el, 'Association you are a member of') !== null,
          submit: submitButton(el) !== null,
          attestations: root(el).getElementById('ekn-attestations') !== null,
        });
    });
    observer.observe(root(el), { childList: true, subtree: true });
    try {
      await waitUntil(() => root(el).getElementById('ekn-checklist'), 'the form opened', { timeout: 10000 });
      // updateComplete waits for the whole form.
      await el.updateComplete;
      expect(submitButton(el), 'Submit, once updateComplete has resolved').to.not.equal(null);
    } finally {
      observer.disconnect();
      el.remove();
    }
    expect(seen[0], 'the first part').to.deep.equal({ membership: true, submit: false, attestations: false });
    expect(seen.at(-1), 'then the whole form').to.deep.equal({ membership: true, submit: true, attestations: true });
  });

  it('never fetches the Spanish part for an English endorsee', async () => {
    const el = await fixture<EndorsementRenewal>(html`<endorsement-renewal token="a-token"></endorsement-renewal>`);
    await waitUntil(() => submitButton(el), 'the whole form');
    // The validation part comes once the form is shown: by then the page has asked for every part it wants.
    await waitUntil(() => requested('checks'), 'the validation part is fetched while the endorsee reads', { timeout: 10000 });
    expect(requested('spanish'), 'the Spanish part').to.equal(false);
    expect(root(el).querySelector('h1')?.textContent).to.equal('Renew your Infant Family Specialist Endorsement®');
  });

  it('fetches the Spanish part for a Spanish endorsee, the invitation’s language, and shows the form in Spanish', async () => {
    // Not a first renewal, so the training list (the application's words) shows.
    const cycle = { ...renewalInvitation().cycle, firstRenewal: false };
    worker.use(http.post('/api/renewals/open', () => HttpResponse.json(renewalInvitation({ language: 'es', cycle }))));
    expect(requested('spanish'), 'not before').to.equal(false);
    const el = await fixture<EndorsementRenewal>(html`<endorsement-renewal token="a-token"></endorsement-renewal>`);
    await waitUntil(() => submitButton(el), 'the whole form', { timeout: 10000 });
    expect(requested('spanish'), 'the Spanish part').to.equal(true);
    expect(root(el).querySelector('h1')?.textContent).to.equal('Renueve su Respaldo® Infant Family Specialist');
    // A word of the Spanish part (the application's list buttons), not only the page's own. (From
    // sources, test-kit's fixture imports the SDK's main entry, which has Spanish: the built page's
    // words are renewal-form.node.test.ts's.)
    const buttons = [...root(el).querySelectorAll('button')].map((b) => b.textContent?.trim());
    expect(buttons).to.include('Agregar una capacitación');
    expect(buttons).to.not.include('Add a training');
  });
});
