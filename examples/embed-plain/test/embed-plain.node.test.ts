// The demo page's own parts: its msw backend keeps the receipts it gives in the page's storage, so
// the status lookup after a reload still finds them; the page links an icon its server serves
// under the strict policy, so no load asks for a /favicon.ico that is not there; and it serves the
// sample documents its program links on the signatures step.
import { after, before, describe, it } from 'node:test';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import type { AddressInfo, Server } from 'node:net';
import { setupServer } from 'msw/node';
import { demoHandlers, RECEIPTS_KEY } from '../demo-backend.js';
import { program } from '../program.js';
import { serveDemo } from '../serve.mjs';

/** A page's localStorage, as much of it as the demo uses. */
function pageStorage() {
  const items = new Map<string, string>();
  return { items, getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

const API = 'http://127.0.0.1:5173/api';
const post = (path: string, body: unknown, key: string) =>
  fetch(`${API}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body),
  });

describe('examples/embed-plain: the demo backend', () => {
  const storage = pageStorage();
  const msw = setupServer();
  before(() => msw.listen({ onUnhandledRequest: 'error' }));
  after(() => msw.close());

  it('finds a receipt after a reload, and keeps only the receipts', async () => {
    msw.resetHandlers(...demoHandlers({ storage, baseUrl: API }));
    const registration = await (await post('/registrations', { applicant: { givenName: 'Ana', email: 'ana@example.org' } }, 'k1')).json();
    const application = await (await post('/applications', { applicant: { givenName: 'Ana', email: 'ana@example.org' } }, 'k2')).json();
    assert.match(application.id, /^APP-/);
    assert.deepEqual(await (await post('/applications', {}, 'k2')).json(), application, 'a retry gets the same receipt');

    // A reload: the page's memory is gone, its storage is not.
    msw.resetHandlers(...demoHandlers({ storage, baseUrl: API }));
    const response = await fetch(`${API}/applications/${application.id}`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { ...application, status: 'under_review' });
    assert.equal((await fetch(`${API}/applications/APP-NOPE`)).status, 404);
    // The element's lookup: the short reference, typed any way, with an email in the body.
    assert.match(application.reference, /^[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    const lookup = (reference: string) =>
      fetch(`${API}/applications/lookup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ reference, email: 'ana@example.org' }),
      });
    const found = await lookup(application.reference.toLowerCase().replace(/-/g, ''));
    assert.deepEqual(await found.json(), { ...application, status: 'under_review' });
    assert.equal((await lookup(registration.reference)).status, 404, 'a registration is no application');

    assert.deepEqual([...storage.items.keys()], [RECEIPTS_KEY]);
    assert.deepEqual(JSON.parse(storage.items.get(RECEIPTS_KEY)!), { [registration.id]: registration, [application.id]: application });
    assert.doesNotMatch(storage.items.get(RECEIPTS_KEY)!, /Ana|example\.org/);
  });

  it('still answers when storage is full or holds something else', async () => {
    const broken = {
      getItem: () => '[not json',
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    msw.resetHandlers(...demoHandlers({ storage: broken, baseUrl: API }));
    const receipt = await (await post('/applications', {}, 'k3')).json();
    const found = await fetch(`${API}/applications/${receipt.id}`);
    assert.equal(found.status, 200, 'kept in memory for the page’s life');
  });
});

describe('examples/embed-plain: the demo server', () => {
  let server: Server;
  let url: string;
  before(async () => {
    server = await serveDemo(0);
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  it('links an icon the server serves under its Content-Security-Policy', async () => {
    const page = await fetch(`${url}/`);
    const html = await page.text();
    const policy = page.headers.get('content-security-policy') ?? '';
    const href = /<link rel="icon" href="([^"]+)"/.exec(html)?.[1];
    assert.ok(href, 'the page links an icon, so browsers do not ask for /favicon.ico');
    // `default-src 'self'` (no img-src) allows only icons from the page's own origin.
    assert.match(policy, /default-src 'self'/);
    assert.doesNotMatch(policy, /img-src/);
    assert.ok(href.startsWith('/'), `${href} is on the page's own origin`);
    const icon = await fetch(new URL(href, url));
    assert.equal(icon.status, 200);
    assert.match(icon.headers.get('content-type') ?? '', /^image\//);
    assert.match(await icon.text(), /^<svg /);
  });

  // Issue 11, point 2: the page's signatures step linked nothing to read before signing.
  it('serves the sample documents its program links, and the script that gives the element that program', async () => {
    const page = await (await fetch(`${url}/`)).text();
    assert.match(
      page,
      /<script type="module" src="\/site\.js"><\/script>\s*<script type="module" src="\/endorsement-application\.js">/,
      'site.js sets the program before the element is defined',
    );
    const script = await fetch(`${url}/site.js`);
    assert.equal(script.status, 200);
    const source = await script.text();
    assert.doesNotMatch(source, /^import\s|from\s*["']@endorsement-kit/m, 'bundled: a browser cannot resolve the SDK by its package name');
    const links = [program.documents?.codeOfEthics, program.documents?.endorsementAgreement];
    assert.deepEqual(links, ['/documents/code-of-ethics.html', '/documents/endorsement-agreement.html']);
    for (const href of links as string[]) {
      assert.ok(source.includes(href), `the page's script carries ${href}`);
      const response = await fetch(new URL(href, url));
      assert.equal(response.status, 200, href);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
      const html = await response.text();
      assert.match(html, /<h1>SAMPLE /, 'says it is a sample in its heading');
      assert.match(html, /This is not the real (Code of Ethics|Endorsement Agreement)\./);
      const icon = /<link rel="icon" href="([^"]+)"/.exec(html)?.[1];
      assert.equal((await fetch(new URL(icon ?? '/missing', url))).status, 200, 'its icon too');
    }
  });
});

// Issue 11, point 7: the demo died with a stack trace when its port was busy.
describe('the demo server on a busy port', () => {
  it('says so in one line, suggesting PORT=, and exits with 1', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const script = fileURLToPath(new URL('../serve.mjs', import.meta.url));
      const run = spawnSync(process.execPath, [script], { env: { ...process.env, PORT: String(port) }, encoding: 'utf8' });
      assert.equal(run.status, 1);
      assert.equal(run.stderr.trim(), `Embed demo: port ${port} is already in use. Start it on another port, e.g. PORT=${port + 1}.`);
    } finally {
      blocker.close();
    }
  });
});
