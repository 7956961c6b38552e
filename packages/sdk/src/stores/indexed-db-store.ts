import { del, get, keys, set } from 'idb-keyval';
import type { DraftStore } from './draft-store.js';
import { openDatabase } from './open-database.js';
import { KEY_RECORD, loadKey, seal, unseal } from './encryption.js';
import { toStorageError } from './storage-failure.js';
import { setAsideKey } from './set-aside.js';

/**
 * Options of `indexedDbStore`.
 * @example indexedDbStore({ database: 'my-host-drafts', encrypt: true } satisfies IndexedDbStoreOptions)
 */
export interface IndexedDbStoreOptions {
  /**
   * The IndexedDB database. The client uses one per program: `endorsement-kit:<program id>`.
   * @default 'endorsement-kit'
   */
  database?: string;
  /**
   * Encrypt every value with AES-GCM under a non-extractable key kept in the same database.
   * What it protects against: the answers do not show in plain text where stored values are
   * looked at or exported one by one (the browser's storage viewer, a dump of the values). What
   * it does not: the key lies in the same IndexedDB, so whoever can read the browser profile on
   * disk (or copy it) can read the answers, and any script on the page's origin can use the key.
   * Keeping a device locked and the host page free of others' scripts is what protects a draft.
   * @default true
   */
  encrypt?: boolean;
  /**
   * Milliseconds to wait for the database to open before failing with reason `blocked` (another
   * tab holds it during an upgrade).
   * @default 3000
   */
  blockedAfter?: number;
}

/**
 * Drafts in the browser's IndexedDB, encrypted at rest by default: the client's default store in
 * browsers. Every failure rejects with a `StorageError` whose `reason` says why (`unavailable`,
 * `quota`, `blocked`, `unreadable`, `unknown`).
 * @example
 * createEndorsementClient({ program, backend, store: indexedDbStore({ database: 'my-app', encrypt: false }) })
 */
export function indexedDbStore(options: IndexedDbStoreOptions = {}): DraftStore {
  const store = openDatabase(options.database ?? 'endorsement-kit', 'drafts', options.blockedAfter);
  const encrypt = options.encrypt ?? true;
  let key: Promise<CryptoKey> | undefined;
  const cryptoKey = () => {
    key ??= loadKey(store);
    key.catch(() => (key = undefined));
    return key;
  };
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw toStorageError(error);
    }
  };
  return {
    get: (name) =>
      guard(async () => {
        const value = await get<unknown>(name, store);
        if (!encrypt || value === undefined) return value;
        const secret = await cryptoKey();
        try {
          return await unseal(secret, value);
        } catch (error) {
          // Set aside as it is (it may be recoverable with the right key), then report.
          await set(setAsideKey(name), value, store);
          await del(name, store);
          throw error;
        }
      }),
    set: (name, value) => guard(async () => set(name, encrypt ? await seal(await cryptoKey(), value) : value, store)),
    del: (name) => guard(() => del(name, store)),
    keys: () => guard(async () => (await keys<IDBValidKey>(store)).filter((k): k is string => typeof k === 'string' && k !== KEY_RECORD)),
  };
}
