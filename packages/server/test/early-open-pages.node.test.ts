// Issue 22 point 4: the rater's page (/r/), the renewal page (/renew/) and the amend page (/amend/) start the POST of the
// link's token from a small inline script in their <head>, allowed by its sha256 hash alone (never
// 'unsafe-inline'); the script is the same for everyone (no token: a GET never sees one), and the
// element's script keeps the plain policy. The rater's and renewal pages write their built script in
// (allowed by its hash too), one round trip fewer on a phone; a script that HTML would end early, one
// that imports a file beside it or one not built yet is loaded by URL.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { earlyOpenScript } from '@endorsement-kit/sdk';
import { HEADERS, canWriteIntoPage, elementPageHtml, elementPageRoutes } from '../src/http/element-page-routes.js';
import { RATER_PAGE } from '../src/references/rater-page.js';
import { RENEWAL_PAGE } from '../src/endorsees/renewal-page.js';
import { AMEND_PAGE } from '../src/review/amend-page.js';
import { freshDatabase, type TestDatabase } from './support/databases.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const PLAIN_CSP = HEADERS['Content-Security-Policy'];
const RATER_SCRIPT = 'customElements.define("endorsement-rating", class extends HTMLElement {});';
const builtScript = (tag: string) => readFileSync(fileURLToPath(import.meta.resolve(`@endorsement-kit/element/cdn/${tag}.js`)), 'utf8');

describe('the link pages’ early open', () => {
  let database: TestDatabase;
  let server: TestServer;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ek-early-open-'));
    const script = join(dir, 'endorsement-rating.js');
    writeFileSync(script, RATER_SCRIPT);
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
      // The element's script: written in (the rater's and renewal pages, once built), else by URL.
      const written = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1];
      const byUrl = html.includes(`<script type="module" src="${path}${tag}.js"></script>`);
      assert.ok(written === undefined ? byUrl : !byUrl, 'the element’s script once, one way or the other');
      if (path === '/r/') assert.equal(written, RATER_SCRIPT, 'the rater’s page writes its built script in');
      if (path === '/renew/') assert.equal(written, builtScript('endorsement-renewal'), 'the renewal page writes its first file in');
      if (path === '/amend/') assert.equal(written, undefined, 'the amend page loads its script by URL');
      assert.ok(html.indexOf('<script>') < html.indexOf('<script type="module"'), 'before the module script, so its POST leaves first');
      const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
      const hashes = [sha256(inline[0]!), ...(written === undefined ? [] : [sha256(written)])];
      const csp = page.headers.get('content-security-policy') ?? '';
      assert.equal(csp, PLAIN_CSP.replace("script-src 'self'", `script-src 'self' ${hashes.join(' ')}`));
      assert.equal(csp.match(/'sha256-/g)?.length, hashes.length);
      assert.ok(!csp.includes('unsafe-inline') && !csp.includes('nonce-'));
      for (const [name, value] of Object.entries(HEADERS))
        if (name !== 'Content-Security-Policy') assert.equal(page.headers.get(name), value, name);

      // The same for everyone: a GET never carries the fragment, so no token can be in it.
      assert.equal(await (await server.request(path)).text(), html);
      assert.equal(
        html,
        elementPageHtml({ '/r/': RATER_PAGE, '/renew/': RENEWAL_PAGE, '/amend/': AMEND_PAGE }[path], written),
        'what the bench serves',
      );

      // The element's script keeps the plain policy.
      const js = await server.request(`${path}${tag}.js`);
      if (js.status === 200) assert.equal(js.headers.get('content-security-policy'), PLAIN_CSP);
      else assert.equal(js.status, 503, 'not built');
    });

  it('a script HTML would end early, or one that imports a file beside it, is loaded by URL; one not built yet too, and written in once it is (needs pnpm build)', async () => {
    const script = join(dir, 'unsafe.js');
    writeFileSync(script, 'const end = "</script>";');
    const unsafe = elementPageRoutes({ ...RATER_PAGE, script });
    const html = await (await unsafe.request('/r/')).text();
    assert.ok(html.includes('<script type="module" src="/r/endorsement-rating.js"></script>'));
    assert.ok(!html.includes('<script type="module">'));
    assert.equal(canWriteIntoPage('const end = "</SCRIPT>";'), false);
    assert.equal(canWriteIntoPage('const a = "<!-- x";'), false);
    assert.equal(canWriteIntoPage('customElements.define("x-y", class extends HTMLElement {});'), true);
    // A static import of a file beside it (a chunk it shares): refused. Parts fetched later with
    // import() resolve from the page's folder, which is the script's.
    assert.equal(canWriteIntoPage('import{r as e}from"./x-y.js";'), false);
    assert.equal(canWriteIntoPage('import "../x.js";'), false);
    assert.equal(canWriteIntoPage('const part = () => import("./x-y.part-12345678.js");'), true);
    // The renewal page's built first file, and its parts, which never import it back by its URL (that
    // would run a second copy beside the one written in): they read what it hands them.
    assert.equal(canWriteIntoPage(builtScript('endorsement-renewal')), true, 'the renewal page’s first file');
    const cdn = dirname(fileURLToPath(import.meta.resolve('@endorsement-kit/element/cdn/endorsement-renewal.js')));
    const parts = readdirSync(cdn).filter((name) => /^endorsement-renewal\.\w+-[\w-]{8}\.js$/.test(name));
    assert.deepEqual(parts.map((name) => name.split(/[.-]/)[2]).sort(), ['checks', 'spanish']);
    for (const name of parts) {
      const part = readFileSync(join(cdn, name), 'utf8');
      assert.ok(!part.includes('endorsement-renewal.js'), `${name} does not import the first file`);
      assert.match(part, /globalThis\[Symbol\.for\("endorsement-kit:endorsement-renewal@[\w.-]+"\)\]/, `${name} reads what it is handed`);
    }

    const later = join(dir, 'later.js');
    const routes = elementPageRoutes({ ...RATER_PAGE, script: later });
    const before = await routes.request('/r/');
    assert.equal(before.status, 200);
    assert.ok((await before.text()).includes('src="/r/endorsement-rating.js"'), 'not built: by URL');
    assert.equal((await routes.request('/r/endorsement-rating.js')).status, 503);
    writeFileSync(later, 'document.title = "built";');
    const after = await routes.request('/r/');
    assert.ok((await after.text()).includes('<script type="module">document.title = "built";</script>'), 'built: written in');
    assert.match(after.headers.get('content-security-policy') ?? '', /script-src 'self' 'sha256-[^']+' 'sha256-[^']+';/);
  });

  it('a page without `earlyOpen` has no inline script', () => {
    const { earlyOpen: _, ...plain } = RATER_PAGE;
    assert.ok(!elementPageHtml(plain).includes('<script>'));
    assert.ok(elementPageHtml(RATER_PAGE).includes('<script>'));
  });
});
