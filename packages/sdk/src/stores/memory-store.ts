import type { DraftStore } from './draft-store.js';

/**
 * A store that lives as long as the page or process: the default in Node, and the fallback the
 * client uses while a durable store fails. Values are copied in and out, as IndexedDB would.
 * @example createEndorsementClient({ program, backend, store: memoryStore() })
 */
export function memoryStore(): DraftStore {
  const map = new Map<string, unknown>();
  return {
    get: async (key) => (map.has(key) ? structuredClone(map.get(key)) : undefined),
    set: async (key, value) => {
      map.set(key, structuredClone(value));
    },
    del: async (key) => {
      map.delete(key);
    },
    keys: async () => [...map.keys()],
  };
}
