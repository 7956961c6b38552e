// Issue #22, point 4: the renewal page's validation (zod, its messages, validateRenewal) is a part of
// its own, fetched once the form is shown. Submit waits for it when it is late, and says so when it
// cannot be fetched, keeping everything typed; the next Submit fetches it again. Run from sources,
// the part's module (renewal/renewal-checks-part.ts) failed by msw, then let through: one story
// (a part, once loaded, stays for the page).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse, passthrough } from 'msw';
import { renewalInvitation } from '@endorsement-kit/test-kit/fixtures/renewal-invitation.js';
import '../src/define-renewal.js';
import type { EndorsementRenewal } from '../src/define-renewal.js';
import { renewalPartUrls } from '../src/renewal/renewal-part-urls.js';

// By its URL, as the built page loads it (rollup fills these in): a retry then asks for a fresh
// URL (`?retry=1`), which any browser fetches again. A plain `import()` of the same module again
// after a failure is fetched again by recent Chromium (156) but not by Debian's Chromium 150, which
// keeps the failure.
renewalPartUrls['checks'] = new URL('../src/renewal/renewal-checks-part.ts', import.meta.url).href;
const CHECKS_PART = /\/renewal\/renewal-checks-part\.ts(\?retry=\d+)?$/;
const saves: unknown[] = [];
let partRequests = 0;
const worker = setupWorker(
  http.post('/api/renewals/open', () => HttpResponse.json(renewalInvitation())),
  http.post('/api/renewals/save', async ({ request }) => {
    saves.push(((await request.json()) as { renewal: unknown }).renewal);
    return HttpResponse.json({ savedAt: new Date().toISOString() });
  }),
  // Unreachable (a redeploy, a dropped connection) until a test says otherwise.
  http.get(CHECKS_PART, () => {
    partRequests++;
    return HttpResponse.error();
  }),
);

before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
after(() => worker.stop());

const root = (el: EndorsementRenewal) => el.shadowRoot!;
const summary = (el: EndorsementRenewal) => root(el).getElementById('ekn-error-summary');
function field(el: EndorsementRenewal, label: string): HTMLInputElement {
  const id = [...root(el).querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(label))!.htmlFor;
  return root(el).getElementById(id) as HTMLInputElement;
}
function key(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

describe('submitting the renewal while its validation part is missing or late', () => {
  it('says the renewal could not be checked when the part cannot be fetched, keeping what was typed; the next Submit fetches it and shows the problems', async () => {
    const el = await fixture<EndorsementRenewal>(html`<endorsement-renewal token="a-token"></endorsement-renewal>`);
    await waitUntil(() => root(el).getElementById('ekn-checklist'), 'the form opened', { timeout: 10000 });
    await el.updateComplete;
    key(field(el, 'Association you are a member of'), 'Lakeside AIMH');
    // The fetch while the endorsee reads has failed, quietly: nobody asked for it yet.
    await waitUntil(() => partRequests > 0, 'the part was fetched once the form was shown', { timeout: 10000 });
    expect(summary(el)).to.equal(null);
    root(el).getElementById('ekn-submit')!.click();
    await waitUntil(() => summary(el), 'the failure is said');
    expect(summary(el)!.textContent).to.contain('Your renewal could not be checked');
    expect(root(el).activeElement?.id, 'focus').to.equal('ekn-error-summary');
    // Its link leads to Submit, which tries again.
    expect(summary(el)!.querySelector('a')!.getAttribute('href')).to.equal('#ekn-submit');
    expect(field(el, 'Association you are a member of').value).to.equal('Lakeside AIMH');
    await waitUntil(() => saves.length > 0, 'what was typed is saved meanwhile');
    expect(saves.at(-1)).to.have.nested.property('membership.association', 'Lakeside AIMH');

    // The next Submit fetches the part again (it is not there when pressed), waits for it, then
    // shows the problems and focuses them.
    const earlier = partRequests;
    worker.use(
      http.get(CHECKS_PART, () => {
        partRequests++;
        return passthrough();
      }),
    );
    // Not there when Submit is pressed: this Submit fetches it, and checks once it has arrived.
    root(el).getElementById('ekn-submit')!.click();
    await waitUntil(() => !summary(el)?.textContent?.includes('could not be checked'), 'the problems replace the failure', {
      timeout: 10000,
    });
    expect(partRequests, 'fetched again').to.equal(earlier + 1);
    expect(summary(el)!.textContent).to.contain('There is a problem');
    expect(summary(el)!.textContent).to.contain('Enter your membership and its expiry date');
    expect(root(el).activeElement?.id, 'focus').to.equal('ekn-error-summary');
    expect(field(el, 'Association you are a member of').value).to.equal('Lakeside AIMH');
  });
});
