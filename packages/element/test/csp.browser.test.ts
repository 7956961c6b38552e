// The element on a page served with `default-src 'self'; script-src 'self'; style-src 'self'`:
// rendering, styling, typing and validating cause no `securitypolicyviolation`.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

type CspWindow = Window & { violations: string[] };

describe('Content-Security-Policy', () => {
  it('runs under a strict policy with no violation, styled', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '600px';
    frame.src = '/packages/element/test/csp/strict.csp.html';
    const loaded = oneEvent(frame, 'load');
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as CspWindow;
    const app = win.document.querySelector('endorsement-application')!;
    const root = () => app.shadowRoot;
    const heading = () => {
      const h = root()?.querySelector('#ek-step-heading');
      return (h?.querySelector('.step-title') ?? h)?.textContent?.trim();
    };
    await waitUntil(() => heading() === 'Apply for Endorsement®', 'start screen', { timeout: 10000 });

    // The start screen shows while the draft opens; Start comes once it is open.
    const findBegin = () => [...root()!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Start a new application');
    await waitUntil(findBegin, 'the Start button', { timeout: 10000 });
    const begin = findBegin()!;
    expect(win.getComputedStyle(begin).minHeight).to.equal('44px');
    begin.click();
    await waitUntil(() => heading() === 'About you', 'applicant step');
    root()!.querySelector<HTMLInputElement>('#ek-applicant-givenName')!.focus();
    await sendKeys({ type: 'Ana' });
    [...root()!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Save and continue')!.click();
    await waitUntil(() => root()!.querySelector('.error-summary'), 'validation ran');
    expect(win.violations).to.deep.equal([]);

    // The listener does hear violations on this page: an inline style is refused.
    const style = win.document.createElement('style');
    style.textContent = 'body { color: red; }';
    const refused = oneEvent(win.document, 'securitypolicyviolation');
    win.document.head.append(style);
    await refused;
    expect(win.violations).to.have.length(1);
    frame.remove();
  });
});
