// Issue 20, points 4 and 7: files in <endorsement-application>, in Chromium with IndexedDB and the
// shared msw fake of the receiver's upload routes. The accepted types and the size limit are said
// before choosing; a chosen file is kept (encrypted) in the draft's IndexedDB until the receiver
// has it, so a reload between choosing and uploading sends it without asking again; a dropped
// connection offers "Try again", which continues from the bytes the receiver kept; a file can be
// removed; a wrong type is refused at once.
import 'axe-core/axe.min.js';
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { setViewport } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import { createEndorsementClient, customBackend, defineProgram, IMH_CODES, type Program, type Receipt } from '@endorsement-kit/sdk';
import { createDocumentReceiver } from '@endorsement-kit/test-kit/msw/index.js';
import { button, click, field, onHeading, ready, text, type } from '@endorsement-kit/test-kit/element/helpers.js';
import { completeIfs, registeredStore } from './seed.js';
import type { EndorsementApplication } from '../src/index.js';

const API = 'https://receiver.test/api';
const receiver = createDocumentReceiver(API);
const worker = setupWorker(...receiver.handlers);
const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const receipt = (id: string, status: string): Receipt => ({ id, receivedAt: '2026-11-26T10:32:00Z', status });
const backend = customBackend({
  register: async () => receipt('REG-7', 'registered'),
  submit: async () => receipt('APP-42', 'received'),
  status: async (id) => receipt(id, 'under_review'),
});

let program: Program;
let database: string;
const PDF = new TextEncoder().encode('%PDF-1.4\n% a resume\n%%EOF\n');

/** A registered draft in the program's IndexedDB (the element's default store), as an earlier visit left it. */
async function registered(): Promise<void> {
  const client = createEndorsementClient({ program, backend });
  const draft = await client.open();
  draft.set('applicant', { givenName: 'Ana', familyName: 'Ruiz', email: 'ana@example.org' });
  draft.set('endorsement', 'IMH-E');
  draft.set('category', 'IFS');
  draft.set('overview', { specializedWork: 'Home visitor since 2019', education: 'BSW 2018' });
  await draft.register();
  await draft.flush();
  await client.dispose();
}

async function mount(): Promise<EndorsementApplication> {
  const el = await fixture<EndorsementApplication>(
    html`<endorsement-application .program=${program} endpoint=${API} .backend=${backend}></endorsement-application>`,
  );
  await ready(el);
  return el;
}

async function toWork(el: EndorsementApplication): Promise<void> {
  if (text(el).includes('Start the professional application')) await click(el, button(el, 'Start the professional application'));
  await click(el, button(el, 'Work experience'));
  await onHeading(el, 'Work experience');
}

/** Chooses a file in a file input as the browser's picker does. */
async function pick(el: EndorsementApplication, input: HTMLInputElement, file: File): Promise<void> {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const resumeInput = (el: EndorsementApplication) => field(el, 'Your resume or CV');
const chosen = (el: EndorsementApplication) => el.shadowRoot!.querySelector('.panel.file')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The raw value IndexedDB keeps under `key` (no decryption). */
function rawStored(key: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(database);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('drafts').objectStore('drafts').get(key);
      request.onsuccess = () => {
        open.result.close();
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
    };
  });
}

async function noViolations(el: EndorsementApplication, state: string): Promise<void> {
  await el.updateComplete;
  const result = await axe.run(el, { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] });
  const found = result.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  expect(found, `axe on ${state}:\n  ${found.join('\n  ')}`).to.deep.equal([]);
}

describe('transcripts in the status lookup', () => {
  afterEach(() => fixtureCleanup());

  it('lists where each degree’s transcript is when the receiver says', async () => {
    const found: Receipt = {
      ...receipt('APP-42', 'under_review'),
      transcripts: [{ institution: 'University of Alabama', level: 'bachelor', state: 'received_by_mail' }],
    };
    const lookupBackend = customBackend({
      register: async () => receipt('REG-7', 'registered'),
      submit: async () => receipt('APP-42', 'received'),
      status: async () => found,
      lookup: async () => found,
    });
    const store = await registeredStore('IFS', completeIfs);
    const el = await fixture<EndorsementApplication>(
      html`<endorsement-application program="alliance" .backend=${lookupBackend} .store=${store}></endorsement-application>`,
    );
    await ready(el);
    await click(el, button(el, 'Start the professional application'));
    await click(el, button(el, 'Code of Ethics and Endorsement Agreement'));
    await click(el, button(el, 'Save and check your answers'));
    await onHeading(el, 'Check your answers');
    await click(el, button(el, 'Submit application'));
    await onHeading(el, 'Application submitted');
    await click(el, button(el, 'Check the status of an application'));
    await onHeading(el, 'Check the status of an application');
    await type(field(el, 'Email address'), 'ana@example.org');
    await click(el, button(el, 'Check status'));
    await waitUntil(() => text(el).includes('Your transcripts'), 'the transcripts listed', { timeout: 10000 });
    expect(text(el)).to.include('University of Alabama, Bachelor’s degree: official transcript received by mail');
  });
});

describe('files in the application', () => {
  before(() => worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true }));
  after(() => worker.stop());
  beforeEach(async () => {
    receiver.reset();
    const id = `docs-${crypto.randomUUID().slice(0, 8)}`;
    database = `endorsement-kit:${id}`;
    program = defineProgram({
      id,
      name: 'Documents test',
      offers: { 'IMH-E': [...IMH_CODES] },
      uploads: { resume: 'optional', transcripts: 'optional' },
    });
    await registered();
  });
  afterEach(async () => {
    receiver.release();
    fixtureCleanup();
    await setViewport({ width: 800, height: 600 });
  });

  it('says the types and size before choosing, uploads, offers Try again after a dropped connection, and removes', async () => {
    const el = await mount();
    await toWork(el);
    const input = resumeInput(el);
    expect(input.type).to.equal('file');
    const limits = el.shadowRoot!.getElementById(`${input.id}-limits`)!;
    expect(input.getAttribute('aria-describedby')).to.include(limits.id);
    expect(limits.textContent).to.equal('Accepted: PDF, JPEG, PNG, Word (DOCX). Up to 10 MB a file.');

    receiver.next = 'network';
    await pick(el, input, new File([PDF], 'cv.pdf', { type: 'application/pdf' }));
    await waitUntil(() => chosen(el).includes('the connection failed'), 'the failure said', { timeout: 10000 });
    expect(chosen(el)).to.include('cv.pdf');
    expect(receiver.files.size).to.equal(0);
    await noViolations(el, 'a failed upload');

    await click(el, button(el, 'Try again to upload cv.pdf'));
    await waitUntil(() => chosen(el).includes('Uploaded.'), 'uploaded', { timeout: 10000 });
    const [id, stored] = [...receiver.files.entries()][0]!;
    expect(stored!.name).to.equal('cv.pdf');
    expect(stored!.kind).to.equal('resume');
    expect([...stored!.bytes]).to.deep.equal([...PDF]);
    // The receiver has it: the device keeps only its id.
    expect(await rawStored(`file:${id}`)).to.equal(undefined);

    await click(el, button(el, 'Remove cv.pdf'));
    await waitUntil(() => receiver.removed.includes(id), 'removed at the receiver', { timeout: 10000 });
    expect(chosen(el)).to.equal('');
  });

  it('continues an upload the network cut off from the bytes the receiver has, not from 0, showing the progress', async () => {
    const el = await mount();
    await toWork(el);
    // A 300 KB file; the connection drops after the receiver has 100,000 bytes of it.
    const bytes = new Uint8Array(300_000).fill(0x20);
    bytes.set(PDF);
    receiver.next = 'cut';
    receiver.cutAfter = 100_000;
    await pick(el, resumeInput(el), new File([bytes], 'cv.pdf', { type: 'application/pdf' }));
    await waitUntil(() => chosen(el).includes('the connection failed'), 'the failure said', { timeout: 10000 });
    expect(receiver.files.size).to.equal(0);

    receiver.next = 'hang';
    await click(el, button(el, 'Try again to upload cv.pdf'));
    await waitUntil(() => receiver.requests.some((r) => r.method === 'PATCH'), 'the rest on its way', { timeout: 10000 });
    // While the rest goes, the progress counts the bytes the receiver had: a third at least.
    await waitUntil(() => Number(el.shadowRoot!.querySelector('progress')?.value) >= 33, 'the progress shown', { timeout: 10000 });
    expect(chosen(el)).to.match(/Uploading: (3[3-9]|[4-9]\d|100)%/);
    receiver.release();
    await waitUntil(() => chosen(el).includes('Uploaded.'), 'uploaded', { timeout: 10000 });
    // Sent the second time: only the 200,000 bytes the receiver lacked, from offset 100,000.
    expect(receiver.requests).to.deep.equal([
      { method: 'PUT', offset: 0, size: 300_000 },
      { method: 'PATCH', offset: 100_000, size: 200_000 },
    ]);
    const [stored] = [...receiver.files.values()];
    expect(stored!.bytes.length).to.equal(300_000);
    expect(
      [...stored!.bytes].every((b, i) => b === bytes[i]),
      'the same bytes, none lost',
    ).to.equal(true);
  });

  it('refuses a file of another type before sending, in the field and said at once', async () => {
    const el = await mount();
    await toWork(el);
    await pick(el, resumeInput(el), new File([new Uint8Array([0x4d, 0x5a, 0x90])], 'setup.exe', { type: 'application/x-msdownload' }));
    await waitUntil(() => el.shadowRoot!.querySelector('.error-message[role="alert"]'), 'the error shown');
    expect(el.shadowRoot!.querySelector('.error-message[role="alert"]')!.textContent).to.include(
      'Choose a file of an accepted type: PDF, JPEG, PNG, Word (DOCX)',
    );
    expect(resumeInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(receiver.files.size).to.equal(0);
    await setViewport({ width: 320, height: 640 });
    await noViolations(el, 'a refused file at 320 px');
    expect(el.scrollWidth, 'no sideways scrolling at 320 px').to.be.at.most(320);
  });

  it('keeps a chosen file in IndexedDB, encrypted, and sends it after a reload that cut the upload off', async () => {
    const el = await mount();
    await toWork(el);
    receiver.next = 'hang';
    await pick(el, resumeInput(el), new File([PDF], 'cv.pdf', { type: 'application/pdf' }));
    await waitUntil(() => chosen(el).includes('Uploading'), 'uploading', { timeout: 10000 });
    const keys = await new Promise<string[]>((resolve) => {
      const open = indexedDB.open(database);
      open.onsuccess = () => {
        const request = open.result.transaction('drafts').objectStore('drafts').getAllKeys();
        request.onsuccess = () => (open.result.close(), resolve(request.result as string[]));
      };
    });
    const fileKey = keys.find((key) => key.startsWith('file:'))!;
    expect(fileKey, 'the file is kept').to.be.a('string');
    const raw = (await rawStored(fileKey)) as { sealed?: string; data?: ArrayBuffer };
    expect(raw.sealed, 'encrypted like the draft').to.equal('AES-GCM');
    expect(new TextDecoder().decode(raw.data)).not.to.include('a resume');

    // The page goes away mid-upload (the answer never came), and comes back.
    el.remove();
    const again = await mount();
    await toWork(again);
    await waitUntil(() => chosen(again).includes('Uploaded.'), 'sent again from the device', { timeout: 10000 });
    expect(chosen(again)).to.include('cv.pdf');
    const [stored] = [...receiver.files.values()];
    expect([...stored!.bytes]).to.deep.equal([...PDF]);
  });
});
