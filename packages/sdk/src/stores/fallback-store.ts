import type { DraftStore } from './draft-store.js';
import { toStorageError } from './storage-failure.js';

/** A store that keeps in memory whatever its durable store has not accepted yet. */
export interface FallbackStore extends DraftStore {
  /** True when every write so far reached the durable store. */
  readonly durable: boolean;
  /** Writes again what only memory holds; rejects with a StorageError while that still fails. */
  sync(): Promise<void>;
}

const DELETED = Symbol('deleted');

/**
 * Wraps a durable store so a failing one (private browsing, quota, a blocked upgrade) costs
 * nothing but durability: writes land in memory first, reads see them, and `sync()` retries.
 * Every method except `set`/`del`/`sync` stays usable while the durable store is down.
 */
export function withMemoryFallback(durable: DraftStore): FallbackStore {
  const pending = new Map<string, unknown>();
  const write = async (key: string, value: unknown) => {
    try {
      if (value === DELETED) await durable.del(key);
      else await durable.set(key, value);
      if (pending.get(key) === value) pending.delete(key);
    } catch (error) {
      throw toStorageError(error);
    }
  };
  return {
    get durable() {
      return pending.size === 0;
    },
    async get(key) {
      if (pending.has(key)) {
        const value = pending.get(key);
        return value === DELETED ? undefined : structuredClone(value);
      }
      try {
        return await durable.get(key);
      } catch (error) {
        throw toStorageError(error);
      }
    },
    async set(key, value) {
      const copy = structuredClone(value);
      pending.set(key, copy);
      await write(key, copy);
    },
    async del(key) {
      pending.set(key, DELETED);
      await write(key, DELETED);
    },
    async keys() {
      let stored: string[] = [];
      try {
        stored = await durable.keys();
      } catch {
        // Listing must not fail because the disk does: what memory holds is still a list.
      }
      const all = new Set(stored);
      for (const [key, value] of pending) {
        if (value === DELETED) all.delete(key);
        else all.add(key);
      }
      return [...all];
    },
    async sync() {
      for (const [key, value] of [...pending]) await write(key, value);
    },
  };
}
