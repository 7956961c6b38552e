import { stamp } from '../drafts/stamp.js';
import { isStorageError, StorageError } from '../errors/index.js';
import type { ApplicationDraft } from '../schema/payload-types.js';
import type { Endorsement } from '../codes/codes.js';
import { Draft } from '../drafts/draft.js';
import type { DraftContext } from '../drafts/draft-context.js';
import type { DraftFeatures } from '../drafts/draft-features.js';
import { DRAFT_PREFIX, DRAFT_SCHEMA_VERSION, draftKey, readUnsaved, unsavedKey, type DraftRecord } from '../drafts/draft-record.js';
import { readRecord } from '../drafts/migrations.js';
import { newId } from '../drafts/new-id.js';
import { savesSettled } from '../drafts/saves-in-flight.js';
import { indexedDbStore } from '../stores/indexed-db-store.js';
import { memoryStore } from '../stores/memory-store.js';
import { withMemoryFallback } from '../stores/fallback-store.js';
import { SET_ASIDE_PREFIX, setAsideKey } from '../stores/set-aside.js';
import type { EndorsementClientOptions } from './client-options.js';
import type { DraftSummary, EndorsementClient } from './endorsement-client.js';
import { isOnline, watchPage } from './page-events.js';
import { openTabChannel } from './tab-channel.js';

/**
 * `createEndorsementClient` with the drafts' validation, requirements and sending passed in
 * (`DraftFeatures`), for a UI that loads them after its first screen. Everything else is the same.
 * @example
 * const client = createClientWith({ program: programs.alliance, backend }, draftFeatures);
 */
export function createClientWith(options: EndorsementClientOptions, features: DraftFeatures): EndorsementClient {
  const { program, backend } = options ?? ({} as EndorsementClientOptions);
  if (typeof program?.id !== 'string') throw new TypeError('`program` must be a program (see `programs` and `defineProgram`)');
  if (typeof backend?.submit !== 'function' || typeof backend.register !== 'function')
    throw new TypeError('`backend` must be a backend (see `restBackend` and `customBackend`)');
  const given = options.store as Partial<Record<string, unknown>> | undefined;
  if (given !== undefined && !['get', 'set', 'del', 'keys'].every((name) => typeof given?.[name] === 'function')) {
    throw new TypeError('`store` must have get, set, del and keys functions (see `memoryStore` and `indexedDbStore`)');
  }
  // In a browser IndexedDB is the default even when it is missing, so saveState can say so.
  const browser = typeof indexedDB !== 'undefined' || typeof window !== 'undefined';
  const durable =
    options.store ??
    (browser ? indexedDbStore({ database: `endorsement-kit:${program.id}`, encrypt: options.encrypt ?? true }) : memoryStore());
  const store = withMemoryFallback(durable);
  const drafts = new Map<string, Draft>();
  const waiters = new Set<(reason?: unknown) => void>();
  let problem: StorageError | undefined;

  const channel = openTabChannel(`endorsement-kit:${program.id}`, (message) => drafts.get(message?.id)?.receive(message));

  const context: DraftContext = {
    program,
    backend,
    store,
    locale: options.locale ?? 'en',
    clientId: newId(),
    autosaveDelay: options.autosaveDelay ?? 0,
    features,
    post: (message) => {
      try {
        channel?.post(message);
      } catch {
        // A value that cannot be cloned (a host put a function in it) only costs the other tabs' notice.
      }
    },
    isOnline,
    whenOnline: (signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        if (isOnline()) return resolve();
        const done = (reason?: unknown) => {
          waiters.delete(done);
          if (reason === undefined) resolve();
          else reject(reason);
        };
        waiters.add(done);
        signal?.addEventListener('abort', () => done(signal.reason));
      }),
    onClose: (draft) => drafts.delete((draft as Draft).id),
  };

  const flushAll = async () => {
    await Promise.all([...drafts.values()].map((draft) => draft.flush()));
  };
  const unwatch = watchPage({
    hidden: () => void flushAll(),
    online: () => {
      for (const waiter of [...waiters]) waiter();
      void store.sync().catch(() => undefined);
    },
  });

  /** The stored record, or undefined; an unreadable one is set aside and remembered as `problem`. */
  const load = async (id: string): Promise<DraftRecord | undefined> => {
    const key = draftKey(id);
    let raw: unknown;
    try {
      raw = await store.get(key);
    } catch (error) {
      // indexedDbStore sets aside what it cannot decrypt before it reports it.
      problem = isStorageError(error) ? error : new StorageError('The draft store failed', { cause: error });
      return undefined;
    }
    if (raw === undefined) return undefined;
    try {
      return readRecord(raw);
    } catch (error) {
      problem = error as StorageError;
      await store.set(setAsideKey(key), raw).catch(() => undefined);
      await store.del(key).catch(() => undefined);
      return undefined;
    }
  };

  const list = async (): Promise<DraftSummary[]> => {
    await savesSettled();
    const keys = (await store.keys()).filter((key) => key.startsWith(DRAFT_PREFIX));
    const records = await Promise.all(keys.map((key) => load(key.slice(DRAFT_PREFIX.length))));
    return records
      .filter((record): record is DraftRecord => record !== undefined && record.program === program.id)
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
      .map(({ id, program: programId, createdAt, updatedAt, revision, registration, receipt }) => ({
        id,
        program: programId,
        createdAt,
        updatedAt,
        revision,
        ...(registration ? { registration } : {}),
        ...(receipt ? { receipt } : {}),
      }));
  };

  const make = async (record: DraftRecord) => {
    const saveState = problem
      ? { status: 'error' as const, error: problem, durable: store.durable }
      : { status: 'idle' as const, durable: store.durable };
    problem = undefined;
    const unsaved = readUnsaved(await store.get(unsavedKey(record.id)).catch(() => undefined));
    const already = drafts.get(record.id);
    if (already) return already;
    const draft = new Draft(context, record, saveState, unsaved);
    drafts.set(draft.id, draft);
    draft.resumePending();
    return draft;
  };

  const fresh = (id: string = newId()): DraftRecord => {
    const now = stamp();
    // A program that offers one endorsement has nothing to ask about it.
    const offered = (Object.keys(program.offers) as Endorsement[]).filter((e) => (program.offers[e]?.length ?? 0) > 0);
    const only = offered.length === 1 ? offered[0] : undefined;
    const value: ApplicationDraft = only ? { endorsement: only } : {};
    return { id, program: program.id, schemaVersion: DRAFT_SCHEMA_VERSION, createdAt: now, updatedAt: now, revision: 0, value };
  };

  const client: EndorsementClient = {
    program,
    get locale() {
      return context.locale;
    },
    set locale(locale) {
      if (typeof locale !== 'string' || locale.length < 2) throw new TypeError('`locale` must be a language tag such as `en` or `es`');
      context.locale = locale;
    },
    async open(draftId) {
      await savesSettled();
      const id = draftId ?? (await list().catch(() => []))[0]?.id;
      const open = id === undefined ? undefined : drafts.get(id);
      if (open) return open;
      const before = problem;
      const record = id === undefined ? undefined : await load(id);
      if (record) return make(record);
      // A draft that could not be read may still be on disk: a new id, so nothing overwrites it.
      return make(fresh(problem && problem !== before ? undefined : id));
    },
    async create() {
      return make(fresh());
    },
    list,
    async remove(draftId) {
      const draft = drafts.get(draftId);
      if (draft) {
        drafts.delete(draftId);
        await draft.discard();
      }
      await store.del(draftKey(draftId)).catch(() => undefined);
      await store.del(unsavedKey(draftId)).catch(() => undefined);
    },
    async startOver(draftId) {
      const id = draftId ?? (await list().catch(() => []))[0]?.id;
      if (id !== undefined) await client.remove(id);
      return client.create();
    },
    status: (receiptId, statusOptions) => backend.status(receiptId, statusOptions?.signal ? { signal: statusOptions.signal } : {}),
    async setAside() {
      return (await store.keys()).filter((key) => key.startsWith(SET_ASIDE_PREFIX));
    },
    flush: flushAll,
    async dispose() {
      await Promise.all([...drafts.values()].map((draft) => draft.close()));
      unwatch();
      channel?.close();
      // A submission waiting for the network stays stored for the next page; this one stops waiting.
      for (const waiter of [...waiters]) waiter(new DOMException('The client was disposed', 'AbortError'));
    },
  };
  return client;
}
