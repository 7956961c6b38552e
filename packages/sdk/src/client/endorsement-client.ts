import type { Locale } from '../i18n/localized-text.js';
import type { Draft } from '../drafts/draft.js';
import type { Program } from '../program/program.js';
import type { Receipt } from '../schema/payload-types.js';

/** A stored draft, as `client.list()` describes it. */
export interface DraftSummary {
  id: string;
  program: string;
  createdAt: string;
  updatedAt: string;
  revision: number;
  registration?: Receipt;
  receipt?: Receipt;
}

/**
 * Opens, lists and removes the drafts of one program. Never throws into the page because storage
 * fails: it goes on in memory and says why in each draft's `saveState`.
 * @example
 * const client = createEndorsementClient({ program: programs.first5Alabama, backend: restBackend({ baseUrl: '/api' }) });
 * const draft = await client.open();
 */
export interface EndorsementClient {
  readonly program: Program;
  /**
   * The language of the messages drafts produce (validation, submission). Settable at any time:
   * a UI that switches language sets it and keeps its drafts open.
   * @example client.locale = 'es';
   */
  locale: Locale;
  /** The named draft, else the latest, else a new one (with `draftId` as its id when given). */
  open(draftId?: string): Promise<Draft>;
  /** A new, empty draft. */
  create(): Promise<Draft>;
  /** Every stored draft of this program, latest first. */
  list(): Promise<DraftSummary[]>;
  /** Deletes a draft from the store. */
  remove(draftId: string): Promise<void>;
  /** Removes the draft (the latest when no id) and opens a new, empty one. */
  startOver(draftId?: string): Promise<Draft>;
  /**
   * The current state of a sent application, by its receipt id (`draft.receipt.id`), from the
   * backend. Rejects with a `SubmissionError` (`status` 404 for an unknown id) or a `NetworkError`.
   */
  status(receiptId: string, options?: { signal?: AbortSignal }): Promise<Receipt>;
  /** The keys of records that could not be read and were set aside (kept, for recovery). */
  setAside(): Promise<string[]>;
  /** Saves every open draft now. */
  flush(): Promise<void>;
  /**
   * Saves, then closes every draft and removes every listener and channel. In Node, an open
   * client keeps the process running (its tab channel and any storage retry), like a server:
   * call this when done.
   */
  dispose(): Promise<void>;
}
