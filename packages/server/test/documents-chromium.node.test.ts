// Issue 20, points 5 and 6, in Debian's Chromium: an oversize upload refused while it streams is a
// 413 that a real browser receives (fetch and XMLHttpRequest from a page on the server's origin),
// not a reset connection, and the next upload on the page works; the coordinator's record page
// shows the files (not virus-scanned) and records where a transcript is, with no axe violation;
// the coordinator uploads a transcript that came by post, sees it listed and downloads it (320 px).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { programs } from '@endorsement-kit/sdk';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { validApplication } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { axeViolations, byRole, launchChromium, waitForText } from '@endorsement-kit/test-kit/server/chromium.js';
import { signedInCoordinator } from './support/coordinator-client.js';
import { SAMPLE_PDF } from './support/sample-files.js';
import { openSession, putDocument } from './support/uploads.js';
import { post } from './support/test-server.js';
import { freshDatabase, type TestDatabase } from './support/databases.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { allianceWithUploads } from './support/uploads.js';

const LIMIT = 256 * 1024;

describe('an oversize upload from Chromium', () => {
  let database: TestDatabase;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  before(async () => {
    database = await freshDatabase('pglite');
    server = await startTestServer(database, {
      programs: [allianceWithUploads({ resume: 'optional', maxFileBytes: LIMIT }), { program: programs.first5Alabama, origins: [] }],
    });
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(new URL('/api/health', server.url).href);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    database?.cleanup();
  });

  /** Runs in the page: opens a session and PUTs `size` bytes (a PDF's head, then spaces) with fetch or XHR. */
  const upload = (size: number, via: 'fetch' | 'xhr') =>
    page.evaluate(
      async (size, via) => {
        const session = await (
          await fetch('/api/uploads', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ program: 'alliance' }),
          })
        ).json();
        const bytes = new Uint8Array(size).fill(0x20);
        bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
        const url = `/api/uploads/${session.id}/documents/${crypto.randomUUID()}`;
        const headers = { 'endorsement-upload-token': session.token, 'endorsement-document-kind': 'resume' };
        if (via === 'fetch') {
          try {
            const response = await fetch(url, { method: 'PUT', headers, body: bytes });
            return { status: response.status, body: await response.text() };
          } catch (error) {
            return { status: 0, body: String(error) };
          }
        }
        return new Promise<{ status: number; body: string }>((resolve) => {
          const request = new XMLHttpRequest();
          request.open('PUT', url);
          for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
          request.onload = () => resolve({ status: request.status, body: request.responseText });
          request.onerror = () => resolve({ status: 0, body: 'network error' });
          request.send(new Blob([bytes]));
        });
      },
      size,
      via,
    );

  for (const via of ['fetch', 'xhr'] as const) {
    it(`${via}: 413 too_large for 12 MB against a 256 KB limit, then a small file is stored`, async () => {
      const refused = await upload(12 * 1_048_576, via);
      assert.equal(refused.status, 413, refused.body);
      assert.equal(JSON.parse(refused.body).error, 'too_large');
      const stored = await upload(4096, via);
      assert.equal(stored.status, 201, stored.body);
    });
  }

  it('shows the files on the record page, not virus-scanned, and records where a transcript is', async () => {
    const session = await openSession(server);
    const resume = crypto.randomUUID();
    assert.equal((await putDocument(server, session, SAMPLE_PDF, { id: resume, name: 'Ana Ruiz CV.pdf' })).status, 201);
    const receipt = await (await post(server, '/api/applications', { ...validApplication(), resume })).json();
    const coordinator = await signedInCoordinator(server, 'staff@alliance.example.org', 'alliance');
    const [name, value] = coordinator.cookie!.split('=');
    await page.setCookie({ name: name!, value: value!, url: new URL('/admin', server.url).href, path: '/admin' });
    await page.setBypassCSP(true); // only so that axe-core can be injected
    await page.goto(new URL(`/admin/records/${receipt.id}`, server.url).href);
    await byRole(page, 'heading', 'Files and transcripts');
    await waitForText(page, 'files are not virus-scanned');
    const link = await byRole(page, 'link', 'Download Ana Ruiz CV.pdf');
    assert.equal(await link.evaluate((a) => a.getAttribute('download')), 'Ana Ruiz CV.pdf');
    assert.deepEqual(await axeViolations(page), []);
    const select = await byRole(page, 'combobox', 'Transcript from University of Alabama');
    await select.select('received_by_mail');
    await (await byRole(page, 'button', 'Record')).click();
    await waitForText(page, 'University of Alabama: official transcript received by mail.');
    const { rows } = await server.db.query<{ state: string }>('select state from transcript_states where record_id = $1', [receipt.id]);
    assert.deepEqual(rows, [{ state: 'received_by_mail' }]);
  });

  it('lets the coordinator upload a transcript that came by post, list it and download it, also at 320 px', async () => {
    const receipt = await (await post(server, '/api/applications', validApplication())).json();
    const coordinator = await signedInCoordinator(server, 'post@alliance.example.org', 'alliance');
    const [name, value] = coordinator.cookie!.split('=');
    await page.setCookie({ name: name!, value: value!, url: new URL('/admin', server.url).href, path: '/admin' });
    await page.setViewport({ width: 320, height: 800 });
    await page.setBypassCSP(true); // only so that axe-core can be injected
    await page.goto(new URL(`/admin/records/${receipt.id}`, server.url).href);
    await byRole(page, 'heading', 'Upload a file');
    await waitForText(page, 'Accepted: PDF, JPEG, PNG, Word (DOCX). Up to 256 KB a file.');
    // Chromium names a file input by its label, but puppeteer's ARIA query does not find it: the label leads to it.
    // (A string: tsx would wrap a named function in a helper the page does not have.)
    const input = (await page.evaluateHandle(`(() => {
      const labels = (root) => [...root.querySelectorAll('label'), ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? labels(el.shadowRoot) : []))];
      return labels(document).find((l) => l.textContent.trim() === 'Transcript file from University of Alabama')?.control ?? null;
    })()`)) as ElementHandle<HTMLInputElement>;
    assert.equal(await input.evaluate((el) => (el as HTMLInputElement).type), 'file');
    const folder = mkdtempSync(join(tmpdir(), 'ek-post-'));
    const path = join(folder, 'Official transcript.pdf');
    writeFileSync(path, SAMPLE_PDF);
    await input.uploadFile(path);
    const as = await byRole(page, 'combobox', 'Record the transcript from University of Alabama as');
    await as.select('official_verified');
    await (await byRole(page, 'button', 'Upload the transcript from University of Alabama')).click();
    await waitForText(page, 'Uploaded Official transcript.pdf (transcript from University of Alabama).');
    // The browser reads the chosen file when it sends it: only now may it go.
    rmSync(folder, { recursive: true, force: true });
    await waitForText(page, 'Official transcript verified');
    const link = await byRole(page, 'link', 'Download Official transcript.pdf');
    const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
    const fetched = await page.evaluate(async (href) => {
      const response = await fetch(href);
      return { disposition: response.headers.get('content-disposition'), bytes: [...new Uint8Array(await response.arrayBuffer())] };
    }, href);
    assert.match(fetched.disposition ?? '', /^attachment; /);
    assert.deepEqual(Buffer.from(fetched.bytes), SAMPLE_PDF);
    await waitForText(page, 'by the coordinator');
    assert.deepEqual(await axeViolations(page), []);
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320, 'no sideways scrolling at 320 px');
    const { rows } = await server.db.query<{ uploaded_by: string; education_index: number }>(
      'select uploaded_by, education_index from documents where record_id = $1',
      [receipt.id],
    );
    assert.deepEqual(rows, [{ uploaded_by: 'coordinator', education_index: 0 }]);
  });
});
