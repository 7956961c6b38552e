export { memoryStore } from './memory-store.js';
export { indexedDbStore } from './indexed-db-store.js';
export { toStorageError } from './storage-failure.js';
export { SET_ASIDE_PREFIX } from './set-aside.js';
export { withMemoryFallback } from './fallback-store.js';
export type { DraftStore } from './draft-store.js';
export type { IndexedDbStoreOptions } from './indexed-db-store.js';
export type { FallbackStore } from './fallback-store.js';
