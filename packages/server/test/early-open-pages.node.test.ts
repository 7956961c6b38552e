// Issue 22 point 4: the rater's page (/r/), the renewal page (/renew/) and the amend page (/amend/) start the POST of the
// link's token from a small inline script in their <head>, allowed by its sha256 hash alone (never
// 'unsafe-inline'); the script is the same for everyone (no token: a GET never sees one), and the
// element's script keeps the plain policy.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { earlyOpenScript } from '@endorsement-kit/sdk';
import { HEADERS, elementPageHtml } from '../src/http/element-page-routes.js';
import { RATER_PAGE } from '../src/references/rater-page.js';
import { RENEWAL_PAGE } from '../src/endorsees/renewal-page.js';
import { AMEND_PAGE } from '../src/review/amend-page.js';
import { freshDatabase, type TestDatabase } from './support/databases.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const PLAIN_CSP = HEADERS['Content-Security-Policy'];

describe('the link pages’ early open', () => {
  let database: TestDatabase;
  let server: TestServer;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ek-early-open-'));
    const script = join(dir, 'endorsement-rating.js');
    writeFileSync(script, 'customElements.define("endorsement-rating", class extends HTMLElement {});');
    database = await freshDatabase('pglite');
    server = await startTestServer(database, { raterScript: script });
  });
  after(async () => {
    await server.close();
    database.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const [path, tag, open] of [
    ['/r/', 'endorsement-rating', '/api/ratings/open'],
    ['/renew/', 'endorsement-renewal', '/api/renewals/open'],
    ['/amend/', 'endorsement-amend', '/api/applications/amend/open'],
  ] as const)
    it(`${path} holds the early-open script of ${open} before the element's, allowed by its hash only`, async () => {
      const page = await server.request(path);
      assert.equal(page.status, 200);
      const html = await page.text();
      const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      assert.deepEqual(inline, [earlyOpenScript(open)], 'one inline script, the SDK’s for this page’s open');
      assert.ok(
        html.indexOf('<script>') < html.indexOf(`<script type="module" src="${path}${tag}.js"></script>`),
        'before the module script, so its POST leaves first',
      );
      const hash = `'sha256-${createHash('sha256').update(inline[0]!, 'utf8').digest('base64')}'`;
      const csp = page.headers.get('content-security-policy') ?? '';
      assert.equal(csp, PLAIN_CSP.replace("script-src 'self'", `script-src 'self' ${hash}`));
      assert.equal(csp.match(/'sha256-/g)?.length, 1);
      assert.ok(!csp.includes('unsafe-inline') && !csp.includes('nonce-'));
      for (const [name, value] of Object.entries(HEADERS))
        if (name !== 'Content-Security-Policy') assert.equal(page.headers.get(name), value, name);

      // The same for everyone: a GET never carries the fragment, so no token can be in it.
      assert.equal(await (await server.request(path)).text(), html);
      assert.equal(
        html,
        elementPageHtml({ '/r/': RATER_PAGE, '/renew/': RENEWAL_PAGE, '/amend/': AMEND_PAGE }[path]),
        'what the bench serves',
      );

      // The element's script keeps the plain policy.
      const js = await server.request(`${path}${tag}.js`);
      if (js.status === 200) assert.equal(js.headers.get('content-security-policy'), PLAIN_CSP);
      else assert.equal(js.status, 503, 'not built');
    });

  it('a page without `earlyOpen` has no inline script', () => {
    const { earlyOpen: _, ...plain } = RATER_PAGE;
    assert.ok(!elementPageHtml(plain).includes('<script>'));
    assert.ok(elementPageHtml(RATER_PAGE).includes('<script>'));
  });
});
