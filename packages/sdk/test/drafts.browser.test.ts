// Drafts in Chromium with the real IndexedDB (encrypted, the default): a reload restores every
// field, pagehide and hidden pages flush, failing and missing IndexedDB, an unreadable record,
// a migrated record, and two pages on one draft.
import { expect } from '@open-wc/testing';
import { createStore, entries, set } from 'idb-keyval';
import {
  createEndorsementClient,
  customBackend,
  defineProgram,
  indexedDbStore,
  isConflictError,
  isStorageError,
  type DraftStore,
  type EndorsementClient,
} from '@endorsement-kit/sdk';
import { saved, waitForDraft } from '@endorsement-kit/test-kit/msw/index.js';

const backend = customBackend({
  register: async () => ({ id: 'R', receivedAt: '2026-01-01T00:00:00Z', status: 'registered' }),
  submit: async () => ({ id: 'A', receivedAt: '2026-01-01T00:00:00Z', status: 'received' }),
  status: async (id) => ({ id, receivedAt: '2026-01-01T00:00:00Z', status: 'received' }),
});
let count = 0;
/** A program of its own per test, so each test has its own database. */
const freshProgram = () =>
  defineProgram({ id: `drafts-${Date.now()}-${++count}`, name: 'Test program', offers: { 'IMH-E': ['IFA', 'IFS'] } });
const clients: EndorsementClient[] = [];
const client = (options: Partial<Parameters<typeof createEndorsementClient>[0]> & { program: ReturnType<typeof freshProgram> }) => {
  const made = createEndorsementClient({ backend, ...options });
  clients.push(made);
  return made;
};

const answers = {
  endorsement: 'IMH-E',
  category: 'IFS',
  applicant: {
    givenName: 'Ana',
    familyName: 'Ruiz',
    email: 'ana.ruiz@example.org',
    address: { line1: '12 Oak St', city: 'Birmingham', region: 'AL', postalCode: '35203', country: 'US' },
  },
  training: [
    { title: 'Foundations of IMH', provider: 'First 5 Alabama', date: '2024-03-27', hours: 32, topics: ['iecmh'] },
    { title: 'DC:0-5', provider: 'ZERO TO THREE', date: '2024-06-01', hours: 14, topics: ['iecmh', 'dei'] },
  ],
  answers: { why: 'Because families matter', years: 4, agree: true },
} as const;

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});

describe('drafts in the browser', () => {
  it('restores every field after a reload mid-edit (pagehide flushes before the autosave delay)', async () => {
    const program = freshProgram();
    const page = client({ program, autosaveDelay: 60_000 });
    const draft = await page.open();
    for (const [key, value] of Object.entries(answers)) draft.set(key, value);
    draft.set(['training', 1, 'hours'], 15);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await waitForDraft(draft, (d) => d.saveState.status === 'saved');

    const reloaded = await client({ program }).open();
    expect(reloaded.id).to.equal(draft.id);
    expect(reloaded.value).to.deep.equal({ ...answers, training: [answers.training[0], { ...answers.training[1], hours: 15 }] });
    expect(reloaded.saveState.durable).to.equal(true);
  });

  it("a second client in the page reads a draft after the first one's last save, not before (a remount)", async () => {
    const program = freshProgram();
    const first = client({ program });
    const draft = await first.open();
    await draft.flush();
    for (const [key, value] of Object.entries(answers)) draft.set(key, value);
    // Disposed without waiting, and a new client opened in the same task: as an element does when
    // a framework removes it and adds it again.
    void first.dispose();
    const again = await client({ program }).open(draft.id);
    expect(again.value).to.deep.equal(answers);
  });

  it('flushes when the page becomes hidden', async () => {
    const program = freshProgram();
    const draft = await client({ program, autosaveDelay: 60_000 }).open();
    draft.set('applicant.givenName', 'Ana');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
      await waitForDraft(draft, (d) => d.saveState.status === 'saved');
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    expect((await client({ program }).open(draft.id)).get('applicant.givenName')).to.equal('Ana');
  });

  it('keeps working in memory when IndexedDB cannot be opened (private browsing), and says why', async () => {
    // Window's attributes are own properties (it is the [Global]): keep the real one to put back.
    const real = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      value: {
        open: () => {
          throw new DOMException('IndexedDB is disabled', 'InvalidStateError');
        },
      },
    });
    try {
      const page = client({ program: freshProgram() });
      const draft = await page.open();
      draft.set('applicant.givenName', 'Ana');
      await saved(draft);
      expect(draft.saveState.status).to.equal('error');
      expect(draft.saveState.durable).to.equal(false);
      expect(isStorageError(draft.saveState.error) && draft.saveState.error.reason).to.equal('unavailable');
      expect(draft.get('applicant.givenName')).to.equal('Ana');
      expect((await page.list()).map((d) => d.id)).to.deep.equal([draft.id]);
    } finally {
      Object.defineProperty(window, 'indexedDB', real);
    }
  });

  it('reports a quota error, keeps the answers, and writes them once IndexedDB has room again', async () => {
    const program = freshProgram();
    const real = indexedDbStore({ database: `endorsement-kit:${program.id}` });
    let full = true;
    const store: DraftStore = {
      ...real,
      set: (key, value) => (full ? Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')) : real.set(key, value)),
    };
    const draft = await client({ program, store }).open();
    draft.set('applicant.givenName', 'Ana');
    await saved(draft);
    expect(isStorageError(draft.saveState.error) && draft.saveState.error.reason).to.equal('quota');
    full = false;
    await waitForDraft(draft, (d) => d.saveState.status === 'saved' && d.saveState.durable);
    expect((await client({ program }).open(draft.id)).get('applicant.givenName')).to.equal('Ana');
  });

  it('says "blocked" while another tab holds the database in an upgrade, and saves once it is released', async () => {
    const program = freshProgram();
    const name = `endorsement-kit:${program.id}`;
    // The other tab: a connection that ignores versionchange, and an upgrade waiting on it.
    const holder = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('drafts');
      request.onsuccess = () => resolve(request.result);
    });
    const upgrade = indexedDB.open(name, 2);
    await new Promise((resolve) => (upgrade.onblocked = resolve));

    const draft = await client({ program, store: indexedDbStore({ database: name, blockedAfter: 200 }) }).open();
    draft.set('applicant.givenName', 'Ana');
    await saved(draft);
    expect(isStorageError(draft.saveState.error) && draft.saveState.error.reason).to.equal('blocked');
    expect(draft.saveState.durable).to.equal(false);

    const upgraded = new Promise<IDBDatabase>((resolve) => (upgrade.onsuccess = () => resolve(upgrade.result)));
    holder.close();
    (await upgraded).close();
    await waitForDraft(draft, (d) => d.saveState.status === 'saved' && d.saveState.durable);
    expect((await client({ program }).open(draft.id)).get('applicant.givenName')).to.equal('Ana');
  });

  it('sets aside a record it cannot decrypt and reports it; the raw record stays in IndexedDB', async () => {
    const program = freshProgram();
    const first = client({ program });
    const draft = await first.create();
    draft.set('applicant.givenName', 'Ana');
    await draft.flush();
    const raw = createStore(`endorsement-kit:${program.id}`, 'drafts');
    const tampered = { sealed: 'AES-GCM', iv: new Uint8Array(12), data: new Uint8Array([1, 2, 3]).buffer };
    await set(`draft:${draft.id}`, tampered, raw);

    const opened = await client({ program }).open(draft.id);
    // A new draft in its place: no answers, only the endorsement this program offers alone.
    expect(opened.value).to.deep.equal({ endorsement: 'IMH-E' });
    expect(isStorageError(opened.saveState.error) && opened.saveState.error.reason).to.equal('unreadable');
    const kept = (await entries<string, unknown>(raw)).filter(([key]) => key.startsWith(`unreadable:draft:${draft.id}:`));
    expect(kept).to.have.length(1);
    expect((kept[0]![1] as { data: ArrayBuffer }).data.byteLength).to.equal(3);
  });

  it('migrates a draft stored by version 0', async () => {
    const program = freshProgram();
    const raw = createStore(`endorsement-kit:${program.id}`, 'drafts');
    await set(
      'draft:v0',
      {
        id: 'v0',
        program: program.id,
        version: 0,
        created: 1735776000000,
        modified: 1738540800000,
        data: { applicant: { name: 'Ana Ruiz' } },
      },
      raw,
    );
    const draft = await client({ program }).open();
    expect(draft.id).to.equal('v0');
    expect(draft.schemaVersion).to.equal(2);
    expect(draft.value).to.deep.equal({ applicant: { givenName: 'Ana', familyName: 'Ruiz' } });
  });

  it('two pages on one draft: other fields merge, the same field is asked in one page only, "take theirs" settles both', async () => {
    const program = freshProgram();
    const one = await client({ program }).create();
    one.set('applicant.givenName', 'Ana');
    await one.flush();
    const two = await client({ program }).open(one.id);

    two.set('applicant.familyName', 'Reyes');
    await two.flush();
    await waitForDraft(one, (d) => d.get('applicant.familyName') === 'Reyes');
    expect(one.conflict).to.equal(undefined, "no local change: the other page's save is simply taken");

    one.set('applicant.email', 'ana@example.org');
    one.set('applicant.phone', '555-0100');
    two.set('applicant.email', 'reyes@example.org');
    await Promise.all([one.flush(), two.flush()]);
    const asking = await Promise.race([
      waitForDraft(one, (d) => d.conflict !== undefined),
      waitForDraft(two, (d) => d.conflict !== undefined),
    ]);
    const other = asking === one ? two : one;
    expect(isConflictError(asking.saveState.error)).to.equal(true);
    expect(other.conflict).to.equal(undefined);
    const theirs = other === one ? 'ana@example.org' : 'reyes@example.org';
    expect(asking.conflict?.fields.map((f) => [f.path.join('.'), f.theirs])).to.deep.equal([['applicant.email', theirs]]);
    expect(asking.get('applicant.phone')).to.equal('555-0100');

    await asking.resolveConflict('theirs');
    await waitForDraft(other, (d) => d.get('applicant.phone') === '555-0100' && d.get('applicant.email') === theirs);
    expect(asking.get('applicant.email')).to.equal(theirs);
    await waitForDraft(asking, (d) => d.saveState.status === 'saved');
    expect((await client({ program }).open(one.id)).get('applicant')).to.deep.equal({
      givenName: 'Ana',
      familyName: 'Reyes',
      email: theirs,
      phone: '555-0100',
    });
  });
});
