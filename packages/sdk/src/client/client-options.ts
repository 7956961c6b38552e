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
   * together, and so are changes made while a save is running. The default, 0, starts a save as
   * soon as the current task ends, so the window in which a reload or a crash loses a change is
   * the few milliseconds the IndexedDB write takes to commit (a page being left does not wait for
   * an asynchronous write): a reload within about 10 ms of a keystroke can lose it. A longer delay
   * widens that window (with 250 ms, a reload within 250 ms lost the change in Chromium).
   * @default 0
   */
  autosaveDelay?: number;
}
