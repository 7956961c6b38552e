// Drafts in Node: the memory path. Editing by path, repeatable sections, autosave, listing,
// migration, unreadable records and a failing store. IndexedDB and encryption: drafts.browser.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual as sameJson } from 'node:util';
import {
  createEndorsementClient,
  customBackend,
  defineProgram,
  isConflictError,
  isStorageError,
  memoryStore,
  programs,
  type ApplicationDraft,
  type Draft,
  type DraftStore,
} from '@endorsement-kit/sdk';
import { saved, waitForDraft } from '@endorsement-kit/test-kit/msw/index.js';
import { validApplication } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';

const backend = customBackend({
  register: async () => ({ id: 'R', receivedAt: '2026-01-01T00:00:00Z', status: 'registered' }),
  submit: async () => ({ id: 'A', receivedAt: '2026-01-01T00:00:00Z', status: 'received' }),
  status: async (id) => ({ id, receivedAt: '2026-01-01T00:00:00Z', status: 'received' }),
});

/** A memory store that counts writes and can be made to fail. */
function countingStore(inner: DraftStore = memoryStore()) {
  const state = { sets: 0, failWith: undefined as Error | undefined };
  const store: DraftStore = {
    get: (key) => (state.failWith ? Promise.reject(state.failWith) : inner.get(key)),
    set: (key, value) => {
      state.sets++;
      return state.failWith ? Promise.reject(state.failWith) : inner.set(key, value);
    },
    del: (key) => (state.failWith ? Promise.reject(state.failWith) : inner.del(key)),
    keys: () => (state.failWith ? Promise.reject(state.failWith) : inner.keys()),
  };
  return { store, state, inner };
}

/** Two clients (two tabs) on one store, both holding the same draft once `fill` has been saved. */
async function twoClientsOnOneDraft(fill: (draft: Draft) => void) {
  const store = memoryStore();
  const a = createEndorsementClient({ program: programs.alliance, backend, store });
  const b = createEndorsementClient({ program: programs.alliance, backend, store });
  const draftA = await a.create();
  fill(draftA);
  await draftA.flush();
  const draftB = await b.open(draftA.id);
  return { store, a, b, draftA, draftB };
}

test('a change made while a save is on its way is never shown as saved: "saving" until its own save ends', async () => {
  const inner = memoryStore();
  let release: () => void = () => undefined;
  let held = true;
  let reached: () => void = () => undefined;
  const writing = new Promise<void>((resolve) => (reached = resolve));
  const store: DraftStore = {
    ...inner,
    set: async (key, value) => {
      if (held) {
        reached();
        await new Promise<void>((resolve) => (release = resolve));
      }
      return inner.set(key, value);
    },
  };
  const client = createEndorsementClient({ program: programs.alliance, backend, store });
  const draft = await client.open();
  const seen: { status: string; name: unknown }[] = [];
  draft.subscribe((d) => seen.push({ status: d.saveState.status, name: d.get('applicant.givenName') }));
  draft.set('applicant.givenName', 'Anabe');
  await writing;
  // The first write has taken "Anabe" and waits in the store; the last key comes now.
  draft.set('applicant.givenName', 'Anabel');
  held = false;
  release();
  await waitForDraft(draft, (d) => d.saveState.status === 'saved');
  assert.equal(draft.get('applicant.givenName'), 'Anabel');
  const second = createEndorsementClient({ program: programs.alliance, backend, store: inner });
  const reopened = await second.open(draft.id);
  assert.equal(reopened.get('applicant.givenName'), 'Anabel', 'what was shown as saved is what the store holds');
  for (const { status, name } of seen) if (status === 'saved') assert.equal(name, 'Anabel', 'no "saved" while "Anabel" waited');
  await Promise.all([client.dispose(), second.dispose()]);
});

test('get and set by dotted or array path; value is a new object on every change', async () => {
  const client = createEndorsementClient({ program: programs.alliance, backend });
  const draft = await client.open();
  const before = draft.value;
  draft.set('applicant.givenName', 'Ana');
  draft.set(['training', 0, 'hours'], 12);
  assert.notEqual(draft.value, before);
  assert.equal(draft.get('applicant.givenName'), 'Ana');
  assert.equal(draft.get('training.0.hours'), 12);
  assert.deepEqual(draft.value, { applicant: { givenName: 'Ana' }, training: [{ hours: 12 }] });
  const applicant = draft.value.applicant;
  draft.set('training.0.title', 'DC:0-5');
  assert.equal(draft.value.applicant, applicant, 'untouched branches keep their identity');
  assert.throws(() => draft.set('__proto__.polluted', 1), TypeError);
  await client.dispose();
});

test('a path through __proto__, constructor or prototype reads undefined and writes to no prototype', async () => {
  const { getIn, setIn } = await import('../src/drafts/path.js');
  const client = createEndorsementClient({ program: programs.alliance, backend, store: memoryStore() });
  try {
    const draft = await client.open();
    draft.set('applicant.givenName', 'Ana');
    const forbidden = [
      '__proto__',
      '__proto__.toString',
      'constructor',
      'applicant.__proto__',
      'applicant.constructor.prototype',
      ['training', 'prototype'],
    ] as const;
    for (const path of forbidden) {
      assert.equal(draft.get(path), undefined, String(path));
      assert.equal(getIn({ applicant: {} }, path), undefined, String(path));
    }
    // A key named __proto__ in parsed JSON is data, yet no path reads through it either.
    const parsed = JSON.parse('{"__proto__": {"polluted": true}, "applicant": {}}') as Record<string, unknown>;
    assert.equal(getIn(parsed, '__proto__.polluted'), undefined);
    // Writes are refused before anything is written.
    for (const path of [
      '__proto__.polluted',
      ['constructor', 'prototype', 'polluted'],
      'applicant.__proto__.polluted',
      'applicant.__proto__',
    ]) {
      assert.throws(() => draft.set(path, { polluted: true }), TypeError, String(path));
      assert.throws(() => setIn({ applicant: {} }, path, { polluted: true }), TypeError, String(path));
    }
    assert.equal(Object.hasOwn(Object.prototype, 'polluted'), false);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.deepEqual(draft.value, { applicant: { givenName: 'Ana' } });
    // Writing elsewhere in such a value keeps its own __proto__ key as data, not as a prototype.
    const copy = setIn(parsed, 'applicant.givenName', 'Ana');
    assert.equal(Object.getPrototypeOf(copy), Object.prototype);
    assert.equal(copy['polluted'], undefined);
    assert.deepEqual(Object.keys(copy), ['__proto__', 'applicant']);
    // An inherited member is no branch: writing under `toString` makes a plain object there.
    assert.deepEqual(setIn({}, 'toString.x', 1), { toString: { x: 1 } });
  } finally {
    await client.dispose();
  }
});

test('a store that is not a store fails early, naming the option', () => {
  const notAStore = { getItem: () => null, setItem: () => undefined } as unknown as DraftStore;
  assert.throws(
    () => createEndorsementClient({ program: programs.alliance, backend, store: notAStore }),
    (e: unknown) => e instanceof TypeError && /`store`/.test(e.message),
  );
  assert.throws(() => createEndorsementClient({ program: programs.alliance, backend: {} as never }), /`backend`/);
});

test('the whole draft can be replaced only by an object, so it always validates and reloads', async () => {
  const client = createEndorsementClient({ program: programs.alliance, backend, store: memoryStore() });
  try {
    const draft = await client.open();
    assert.throws(() => draft.set([], null), TypeError);
    assert.throws(() => draft.add([], { title: 'x' }), TypeError);
    assert.deepEqual(draft.value, {});
    assert.equal(draft.validate().ok, false);
    draft.set([], { category: 'IFA' });
    assert.deepEqual(draft.value, { category: 'IFA' });
  } finally {
    await client.dispose();
  }
});

test('add, remove (returning the entry) and move entries of a repeatable section', async () => {
  const client = createEndorsementClient({ program: programs.alliance, backend });
  const draft = await client.open();
  assert.equal(draft.add('training', { title: 'A' }), 0);
  assert.equal(draft.add('training', { title: 'B' }), 1);
  assert.equal(draft.add('training', { title: 'C' }), 2);
  draft.move('training', 2, 0);
  assert.deepEqual(draft.get('training'), [{ title: 'C' }, { title: 'A' }, { title: 'B' }]);
  assert.deepEqual(draft.remove('training', 1), { title: 'A' });
  assert.deepEqual(draft.get('training'), [{ title: 'C' }, { title: 'B' }]);
  await client.dispose();
});

test('changes are coalesced into one write, saved within the autosave delay; a new client restores every field', async () => {
  const { store, state, inner } = countingStore();
  const client = createEndorsementClient({ program: programs.alliance, backend, store });
  const draft = await client.open();
  const states: string[] = [];
  draft.subscribe((d) => states.push(d.saveState.status));
  for (const letter of 'Ana') draft.set('applicant.givenName', (draft.get('applicant.givenName') ?? '') + letter);
  draft.set('applicant.email', 'ana@example.org');
  assert.equal(state.sets, 0, 'nothing is written synchronously');
  await waitForDraft(draft, (d) => d.saveState.status === 'saved');
  assert.equal(state.sets, 1);
  assert.ok(states.includes('saving'));
  assert.equal(draft.revision, 1);
  assert.ok(draft.saveState.savedAt);
  assert.equal(draft.saveState.durable, true);

  const second = createEndorsementClient({ program: programs.alliance, backend, store: inner });
  const reopened = await second.open();
  assert.equal(reopened.id, draft.id);
  assert.deepEqual(reopened.value, { applicant: { givenName: 'Ana', email: 'ana@example.org' } });
  assert.equal(reopened.revision, 1);
  await Promise.all([client.dispose(), second.dispose()]);
});

test('flush() writes at once; list() is latest first; remove and startOver', async () => {
  const store = memoryStore();
  const client = createEndorsementClient({ program: programs.alliance, backend, store });
  const first = await client.create();
  first.set('category', 'IFA');
  await first.flush();
  const second = await client.create();
  second.set('category', 'IFS');
  await second.flush();
  assert.deepEqual(
    (await client.list()).map((d) => d.id),
    [second.id, first.id],
  );
  assert.equal((await client.open()).id, second.id, 'open() restores the latest');
  assert.equal((await client.open(first.id)).get('category'), 'IFA');
  await client.remove(second.id);
  assert.deepEqual(
    (await client.list()).map((d) => d.id),
    [first.id],
  );
  const fresh = await client.startOver(first.id);
  assert.deepEqual(fresh.value, {});
  assert.notEqual(fresh.id, first.id);
  fresh.set('category', 'IFRS');
  await fresh.flush();
  assert.deepEqual(
    (await client.list()).map((d) => d.id),
    [fresh.id],
  );
  await client.dispose();
});

test('a draft of layout version 1 keeps its pending submission, and its key, under its kind', async () => {
  const store = memoryStore();
  const pending = {
    kind: 'registration',
    idempotencyKey: 'key-from-v1',
    payload: { program: 'alliance' },
    createdAt: '2026-01-01T00:00:00.000Z',
  };
  await store.set('draft:v1', {
    id: 'v1',
    program: 'alliance',
    schemaVersion: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    revision: 3,
    value: { category: 'IFS' },
    pending,
  });
  // Opening resends a pending send (with its key); this backend never answers, so it stays pending.
  const silent = customBackend({
    register: () => new Promise(() => undefined),
    submit: () => new Promise(() => undefined),
    status: () => new Promise(() => undefined),
  });
  const client = createEndorsementClient({ program: programs.alliance, backend: silent, store });
  const draft = await client.open('v1');
  assert.equal(draft.schemaVersion, 2);
  assert.equal(draft.pendingOf('registration')?.idempotencyKey, 'key-from-v1');
  assert.equal(draft.pendingOf('application'), undefined);
  await client.dispose();
});

test('a draft of layout version 0 is migrated when opened', async () => {
  const store = memoryStore();
  await store.set('draft:old', {
    id: 'old',
    program: 'alliance',
    version: 0,
    created: Date.UTC(2025, 0, 2),
    modified: Date.UTC(2025, 1, 3),
    data: { category: 'IFS', applicant: { name: 'Ana María Ruiz', email: 'ana@example.org' } },
  });
  const client = createEndorsementClient({ program: programs.alliance, backend, store });
  const draft = await client.open('old');
  assert.equal(draft.schemaVersion, 2);
  assert.equal(draft.createdAt, '2025-01-02T00:00:00.000Z');
  assert.equal(draft.updatedAt, '2025-02-03T00:00:00.000Z');
  assert.deepEqual(draft.value.applicant, { givenName: 'Ana', familyName: 'María Ruiz', email: 'ana@example.org' });
  draft.set('category', 'IFA');
  await draft.flush();
  assert.equal(((await store.get('draft:old')) as { schemaVersion: number }).schemaVersion, 2);
  await client.dispose();
});

test('a version 0 draft with an impossible timestamp keeps its answers', async () => {
  const store = memoryStore();
  await store.set('draft:odd', {
    id: 'odd',
    program: 'alliance',
    version: 0,
    created: 'last Tuesday',
    modified: Number.NaN,
    data: { category: 'IFS' },
  });
  const client = createEndorsementClient({ program: programs.alliance, backend, store });
  try {
    const draft = await client.open('odd');
    assert.deepEqual(draft.value, { category: 'IFS' });
    assert.equal(draft.createdAt, '1970-01-01T00:00:00.000Z');
    assert.notEqual(draft.saveState.status, 'error');
  } finally {
    await client.dispose();
  }
});

test('a record that cannot be read is set aside and reported, never dropped', async () => {
  const store = memoryStore();
  const garbage = { id: 'bad', revision: 'three', value: 'not an object' };
  await store.set('draft:bad', garbage);
  const client = createEndorsementClient({ program: programs.alliance, backend, store });
  const draft = await client.open();
  assert.deepEqual(draft.value, {}, 'a new draft instead');
  assert.equal(draft.saveState.status, 'error');
  assert.ok(isStorageError(draft.saveState.error) && draft.saveState.error.reason === 'unreadable');
  const aside = await client.setAside();
  assert.equal(aside.length, 1);
  assert.match(aside[0]!, /^unreadable:draft:bad:/);
  assert.deepEqual(await store.get(aside[0]!), garbage);
  assert.equal(await store.get('draft:bad'), undefined);
  await client.dispose();
});

test('a failing store: the draft goes on in memory, saveState says why, and the store is retried', async () => {
  const { store, state, inner } = countingStore();
  const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
  state.failWith = quota;
  const client = createEndorsementClient({ program: programs.alliance, backend, store });
  const draft = await client.open();
  draft.set('applicant.givenName', 'Ana');
  await saved(draft);
  assert.equal(draft.saveState.status, 'error');
  assert.equal(draft.saveState.durable, false);
  assert.ok(isStorageError(draft.saveState.error));
  assert.equal(draft.saveState.error.reason, 'quota');
  assert.equal(draft.saveState.error.cause, quota);
  assert.equal(draft.get('applicant.givenName'), 'Ana', 'nothing is lost');
  assert.deepEqual(
    (await client.list()).map((d) => d.id),
    [draft.id],
    'memory still lists it',
  );

  state.failWith = undefined;
  await waitForDraft(draft, (d) => d.saveState.status === 'saved' && d.saveState.durable);
  assert.deepEqual(((await inner.get(`draft:${draft.id}`)) as { value: unknown }).value, { applicant: { givenName: 'Ana' } });
  await client.dispose();
});

// Issue 11, point 3: both tabs were asked about every change, "keep mine" dropped what the other
// tab typed in other fields, and typing during the prompt vanished when the other tab chose.
const conflicted = async (one: Draft, two: Draft): Promise<[Draft, Draft]> => {
  const asked = await Promise.race([
    waitForDraft(one, (d) => d.conflict !== undefined),
    waitForDraft(two, (d) => d.conflict !== undefined),
  ]);
  return asked === one ? [one, two] : [two, one];
};
const storedValue = async (store: DraftStore, id: string) => ((await store.get(`draft:${id}`)) as { value: ApplicationDraft }).value;

test('two clients save different fields at once: merged, nobody is asked, nothing is dropped', async () => {
  const { store, a, b, draftA, draftB } = await twoClientsOnOneDraft((draftA) => {
    draftA.set('applicant.givenName', 'Ana');
  });
  draftA.set('applicant.email', 'ana@example.org');
  draftB.set('applicant.familyName', 'Reyes');
  await Promise.all([draftA.flush(), draftB.flush()]);
  const both = { givenName: 'Ana', familyName: 'Reyes', email: 'ana@example.org' };
  const merged = (d: Draft) => d.conflict === undefined && d.saveState.status === 'saved' && sameJson(d.get('applicant'), both);
  await Promise.all([waitForDraft(draftA, merged), waitForDraft(draftB, merged)]);
  assert.deepEqual((await storedValue(store, draftA.id)).applicant, both);
  assert.equal(draftA.conflict, undefined);
  assert.equal(draftB.conflict, undefined);
  await Promise.all([a.dispose(), b.dispose()]);
});

test('entries added to one list in two clients at once are all kept, each once', async () => {
  const { store, a, b, draftA, draftB } = await twoClientsOnOneDraft((draftA) => {
    draftA.add('training', { title: 'DC:0-5', hours: 12 });
  });
  draftA.add('training', { title: 'NCAST', hours: 8 });
  draftB.add('training', { title: 'FAN', hours: 6 });
  draftB.set(['training', 0, 'hours'], 14);
  await Promise.all([draftA.flush(), draftB.flush()]);
  const titles = (d: Draft) =>
    ((d.get('training') ?? []) as { title: string }[])
      .map((t) => t.title)
      .sort()
      .join();
  const done = (d: Draft) =>
    d.conflict === undefined && d.saveState.status === 'saved' && titles(d) === 'DC:0-5,FAN,NCAST' && d.get('training.0.hours') === 14;
  await Promise.all([waitForDraft(draftA, done), waitForDraft(draftB, done)]);
  assert.equal((await storedValue(store, draftA.id)).training?.length, 3);
  await Promise.all([a.dispose(), b.dispose()]);
});

test('the same field changed in two clients: only one asks, naming the field and both values; the rest is merged', async () => {
  const { store, a, b, draftA, draftB } = await twoClientsOnOneDraft((draftA) => {
    draftA.set('applicant.givenName', 'Ana');
  });
  draftA.set('applicant.familyName', 'Ruiz');
  draftA.set('applicant.email', 'ana@example.org');
  draftB.set('applicant.familyName', 'Reyes');
  draftB.set('applicant.phone', '555-0100');
  await Promise.all([draftA.flush(), draftB.flush()]);
  const [asking, other] = await conflicted(draftA, draftB);
  const mine = asking === draftA ? 'Ruiz' : 'Reyes';
  const theirs = asking === draftA ? 'Reyes' : 'Ruiz';
  assert.deepEqual(asking.conflict?.fields, [{ path: ['applicant', 'familyName'], mine, theirs }]);
  assert.ok(isConflictError(asking.saveState.error));
  // Everything else of both is in the asking tab already.
  assert.equal(asking.get('applicant.email'), 'ana@example.org');
  assert.equal(asking.get('applicant.phone'), '555-0100');
  assert.equal(other.conflict, undefined, 'the other tab is not asked the same question');

  await asking.resolveConflict('mine');
  const settled = (d: Draft) =>
    d.conflict === undefined &&
    d.saveState.status === 'saved' &&
    d.get('applicant.familyName') === mine &&
    d.get('applicant.phone') === '555-0100' &&
    d.get('applicant.email') === 'ana@example.org';
  await Promise.all([waitForDraft(asking, settled), waitForDraft(other, settled)]);
  assert.equal(other.saveState.error, undefined);
  assert.deepEqual((await storedValue(store, draftA.id)).applicant, {
    givenName: 'Ana',
    familyName: mine,
    email: 'ana@example.org',
    phone: '555-0100',
  });
  await Promise.all([a.dispose(), b.dispose()]);
});

/** Two tabs on one draft that both changed its category (IFS to IFA and to IMHS): tab B is asked. */
async function categoryConflict() {
  const tabs = await twoClientsOnOneDraft((draftA) => {
    draftA.set('category', 'IFS');
  });
  tabs.draftA.set('category', 'IFA');
  await tabs.draftA.flush();
  tabs.draftB.set('category', 'IMHS');
  await tabs.draftB.flush();
  await waitForDraft(tabs.draftB, (d) => d.conflict !== undefined);
  return tabs;
}

test('what is typed while the question is open is kept, and the question stays until this tab chooses', async () => {
  const { store, a, b, draftA, draftB } = await categoryConflict();
  assert.deepEqual(draftB.conflict?.fields, [{ path: ['category'], mine: 'IMHS', theirs: 'IFA' }]);
  assert.equal(draftA.conflict, undefined);

  draftB.set('applicant.givenName', 'Bea');
  draftA.set('applicant.email', 'ana@example.org');
  await draftA.flush();
  await waitForDraft(draftB, (d) => d.get('applicant.email') === 'ana@example.org');
  assert.equal(draftB.get('applicant.givenName'), 'Bea', 'typed during the question: kept');
  assert.deepEqual(draftB.conflict?.fields, [{ path: ['category'], mine: 'IMHS', theirs: 'IFA' }], 'still asked');
  assert.equal((await storedValue(store, draftA.id)).category, 'IFA', 'nothing chosen for B yet');

  await draftB.resolveConflict('theirs');
  await waitForDraft(draftA, (d) => d.get('applicant.givenName') === 'Bea');
  assert.deepEqual(await storedValue(store, draftA.id), {
    category: 'IFA',
    endorsement: 'IMH-E',
    applicant: { givenName: 'Bea', email: 'ana@example.org' },
  });
  await Promise.all([a.dispose(), b.dispose()]);
});

test('closing a page during a conflict loses nothing: the next open offers the choice again', async () => {
  const { store, a, b, draftA, draftB } = await categoryConflict();
  draftB.set('applicant.givenName', 'Bea');
  await b.dispose();

  const c = createEndorsementClient({ program: programs.alliance, backend, store });
  const reopened = await c.open(draftA.id);
  assert.equal(reopened.get('category'), 'IMHS');
  assert.equal(reopened.get('applicant.givenName'), 'Bea');
  assert.deepEqual(reopened.conflict?.fields, [{ path: ['category'], mine: 'IMHS', theirs: 'IFA' }]);
  await reopened.resolveConflict('mine');
  assert.equal(await store.get(`unsaved:${draftA.id}`), undefined);
  assert.equal((await storedValue(store, draftA.id)).category, 'IMHS');
  assert.equal((await storedValue(store, draftA.id)).applicant?.givenName, 'Bea');
  await Promise.all([a.dispose(), c.dispose()]);
});

test("another client's submission reaches this one whole: cleared answers and the receipt, never overwritten", async () => {
  const { store, a, b, draftA, draftB } = await twoClientsOnOneDraft((draftA) => {
    const { schemaVersion: _v, program: _p, ...answers } = validApplication();
    for (const [key, value] of Object.entries(answers)) draftA.set(key, value);
  });
  assert.equal(draftB.get('applicant.email'), 'ana.ruiz@example.org');

  const receipt = await draftA.submit();
  await waitForDraft(draftB, (d) => d.receipt !== undefined);
  assert.deepEqual(draftB.receipt, receipt);
  assert.deepEqual(draftB.value, { endorsement: 'IMH-E', category: 'IFS' });

  draftB.set('category', 'IFA');
  await draftB.flush();
  const stored = (await store.get(`draft:${draftA.id}`)) as { receipt?: unknown; value: { category: string } };
  assert.equal(stored.value.category, 'IFA');
  assert.deepEqual(stored.receipt, receipt, "B's save keeps the receipt it was told about");
  await Promise.all([a.dispose(), b.dispose()]);
});

test('a named draft that cannot be read right now is never overwritten: the edits go to a new draft', async () => {
  const { store, state, inner } = countingStore();
  const first = createEndorsementClient({ program: programs.alliance, backend, store: inner });
  const original = await first.create();
  original.set('applicant.givenName', 'Ana');
  await first.dispose();

  state.failWith = Object.assign(new Error('blocked'), { name: 'VersionError' });
  const client = createEndorsementClient({ program: programs.alliance, backend, store });
  const draft = await client.open(original.id);
  assert.notEqual(draft.id, original.id);
  assert.equal(isStorageError(draft.saveState.error) && draft.saveState.error.reason, 'blocked');
  draft.set('applicant.givenName', 'Someone else');
  await saved(draft);
  state.failWith = undefined;
  await waitForDraft(draft, (d) => d.saveState.status === 'saved' && d.saveState.durable);
  assert.deepEqual(((await inner.get(`draft:${original.id}`)) as { value: unknown }).value, { applicant: { givenName: 'Ana' } });
  await client.dispose();
});

test('a save over a newer stored revision is caught at write time and merged, never overwritten', async () => {
  const { store, a, b, draftA, draftB } = await twoClientsOnOneDraft((draftA) => {
    draftA.set('category', 'IFS');
  });
  draftB.set('category', 'IMHS');
  draftA.set('category', 'IFA');
  await draftA.flush();
  await draftB.flush();
  await waitForDraft(draftB, (d) => d.conflict !== undefined);
  assert.deepEqual(draftB.conflict?.fields, [{ path: ['category'], mine: 'IMHS', theirs: 'IFA' }]);
  assert.equal(draftA.conflict, undefined);
  assert.equal((await storedValue(store, draftA.id)).category, 'IFA', 'nothing was overwritten');
  await Promise.all([a.dispose(), b.dispose()]);
});

test('a new endorsement takes the category to its twin, or clears it when the program does not offer the twin', async () => {
  const client = createEndorsementClient({ program: programs.alliance, backend, store: memoryStore() });
  const draft = await client.open();
  draft.set('category', 'ECFS');
  draft.set('endorsement', 'IMH-E');
  assert.equal(draft.get('category'), 'IFS');
  draft.set('endorsement', 'ECMH-E');
  assert.equal(draft.get('category'), 'ECFS');
  draft.set('category', 'ECFS');
  draft.set('endorsement', 'ECMH-E');
  assert.equal(draft.get('category'), 'ECFS', 'a category of the same endorsement stays');
  await client.dispose();

  const imhOnly = defineProgram({ id: 'imh-only', name: 'IMH only', offers: { 'IMH-E': ['IFA'], 'ECMH-E': ['ECFS'] } });
  const other = await createEndorsementClient({ program: imhOnly, backend, store: memoryStore() }).open();
  other.set('category', 'ECFS');
  other.set('endorsement', 'IMH-E');
  assert.equal(other.get('category'), undefined, 'IFS is not offered: cleared, not kept hidden');
});

test('a category chosen first brings its endorsement; a program with one endorsement starts new drafts with it', async () => {
  const client = createEndorsementClient({ program: programs.alliance, backend, store: memoryStore() });
  const draft = await client.open();
  assert.equal(draft.get('endorsement'), undefined, 'two endorsements: nothing chosen for the applicant');
  draft.set('category', 'ECFA');
  assert.equal(draft.get('endorsement'), 'ECMH-E');
  draft.set('category', 'IFS');
  assert.equal(
    draft.get('endorsement'),
    'ECMH-E',
    "an endorsement already chosen is the applicant's: validation says the pair does not fit",
  );
  assert.equal(draft.validate().ok, false);
  await client.dispose();

  const infantOnly = defineProgram({ id: 'infant-only', name: 'Infant only', offers: { 'IMH-E': ['IFA', 'IFS'] } });
  const only = await createEndorsementClient({ program: infantOnly, backend, store: memoryStore() }).open();
  assert.equal(only.get('endorsement'), 'IMH-E');
  assert.equal(only.revision, 0, 'nothing saved until the applicant answers');
});
