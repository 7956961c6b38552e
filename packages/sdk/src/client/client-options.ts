import type { Backend } from '../backend/backend.js';
import type { Locale } from '../i18n/localized-text.js';
import type { Program } from '../program/program.js';
import type { DraftStore } from '../stores/draft-store.js';

/**
 * Options of `createEndorsementClient`.
 * @example createEndorsementClient({ program: programs.alliance, backend, store: memoryStore(), locale: 'es' } satisfies EndorsementClientOptions)
 */
export interface EndorsementClientOptions {
  /** The association's program: `programs.first5Alabama`, or one from `defineProgram`. */
  program: Program;
  /** Where registrations and applications go: `restBackend(...)` or `customBackend(...)`. */
  backend: Backend;
  /**
   * Where drafts are kept.
   * @default indexedDbStore({ database: `endorsement-kit:${program.id}` }) in browsers (also when IndexedDB is missing, so `saveState` says so), memoryStore() in Node
   */
  store?: DraftStore;
  /**
   * Encrypt drafts at rest in the default IndexedDB store (ignored with your own `store`).
   * @default true
   */
  encrypt?: boolean;
  /**
   * The language of validation messages.
   * @default 'en'
   */
  locale?: Locale;
  /**
   * Milliseconds from the first unsaved change to its save; changes in between are saved
   * together. The default leaves room for the write itself, so a change is on disk within 300 ms.
   * @default 250
   */
  autosaveDelay?: number;
}
