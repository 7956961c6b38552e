// What a link page (/r/, /renew/) does in Chromium as it opens, under the policy it is served
// with (never bypassed): the POSTs to its open call, who started each, and every CSP violation.
import assert from 'node:assert/strict';
import type { HTTPRequest, Page } from 'puppeteer-core';

type Watched = Window & { violations: string[] };

export interface LinkPageWatch {
  /** The page's requests to `openPath`, in order. */
  opens: HTTPRequest[];
  /** The `securitypolicyviolation`s the page has reported so far. */
  violations(): Promise<string[]>;
  /** Checks that the listener hears a violation: an inline script of the test's own is refused. */
  provesListening(): Promise<void>;
}

/** Starts watching `page` (before its navigation). */
export async function watchLinkPage(page: Page, openPath: string): Promise<LinkPageWatch> {
  const opens: HTTPRequest[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === openPath) opens.push(request);
  });
  await page.evaluateOnNewDocument(() => {
    const watched = window as unknown as Watched;
    watched.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => watched.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const violations = () => page.evaluate(() => [...(window as unknown as Watched).violations]);
  return {
    opens,
    violations,
    async provesListening() {
      const before = (await violations()).length;
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.notAllowed = true;';
        document.head.append(script);
      });
      await page.waitForFunction((count: number) => (window as unknown as Watched).violations.length > count, { timeout: 5_000 }, before);
      assert.equal(await page.evaluate(() => 'notAllowed' in window), false, 'an inline script without the hash is refused');
    },
  };
}

/**
 * One POST to the open call, started by the page's inline script (its initiator is the page, not
 * the element's `.js`), the token in its body and not in its URL.
 */
export function assertOneEarlyOpen(watch: LinkPageWatch, pageUrl: string, token: string): void {
  assert.equal(watch.opens.length, 1, `one open request, not ${watch.opens.length}`);
  const [open] = watch.opens;
  assert.equal(open!.method(), 'POST');
  assert.ok(!open!.url().includes(token), 'no token in the URL');
  assert.deepEqual(JSON.parse(open!.postData() ?? '{}'), { token });
  const frames = open!.initiator()?.stack?.callFrames ?? [];
  assert.ok(frames.length > 0, 'started by a script');
  assert.equal(frames.at(-1)!.url, pageUrl, 'started by the inline script of the page itself');
}
