// Issue 20, points 5 and 6, in Debian's Chromium: an oversize upload refused while it streams is a
// 413 that a real browser receives (fetch and XMLHttpRequest from a page on the server's origin),
// not a reset connection, and the next upload on the page works; the coordinator's record page
// shows the files (not virus-scanned) and records where a transcript is, with no axe violation.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { programs } from '@endorsement-kit/sdk';
import type { Browser, Page } from 'puppeteer-core';
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
});
