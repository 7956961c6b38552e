import { ConflictError, StorageError, isConflictError, isStorageError } from '../errors/index.js';
import type { DraftContext } from './draft-context.js';
import { draftKey, unsavedKey, type DraftRecord, type UnsavedAnswers } from './draft-record.js';
import type { SaveState } from './draft-state.js';
import { readRecord } from './migrations.js';
import { trackSave } from './saves-in-flight.js';
import { stamp } from './stamp.js';

const RETRY_DELAYS = [1000, 2000, 5000, 10_000, 30_000];

/** @internal What autosave needs of its draft. */
export interface AutosaveHost {
  readonly id: string;
  /** Whether answers both tabs changed wait for a choice: nothing is saved over them meanwhile. */
  conflicted(): boolean;
  /** This tab's answers as kept aside during a conflict. */
  unsaved(): UnsavedAnswers;
  /**
   * The revision to store now, after taking in `stored` if another tab stored a newer one
   * meanwhile; undefined when that ended in a conflict.
   */
  next(stored: DraftRecord | undefined): DraftRecord | undefined;
  /** Tells the draft's subscribers. */
  emit(): void;
}

/**
 * @internal When a draft is saved and how it went: a save soon after a change, one at a time, a
 * retry of a store that failed (after 1, 2, 5, 10, then every 30 seconds), and the `SaveState`
 * a UI shows.
 */
export class Autosave {
  state: SaveState;
  /** Changes not saved yet. */
  dirty = false;
  /** Closed or discarded: nothing is saved any more. */
  stopped = false;
  #host: AutosaveHost;
  #context: Pick<DraftContext, 'store' | 'clientId' | 'autosaveDelay' | 'post'>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #retries = 0;
  #saving: Promise<void> | undefined;
  #keptAside: boolean;

  constructor(
    host: AutosaveHost,
    context: Pick<DraftContext, 'store' | 'clientId' | 'autosaveDelay' | 'post'>,
    state: SaveState,
    keptAside: boolean,
  ) {
    this.#host = host;
    this.#context = context;
    this.state = state;
    this.#keptAside = keptAside;
  }

  /** Unsaved changes, or a save under way. */
  get busy(): boolean {
    return this.dirty || this.#saving !== undefined;
  }

  /** The answers changed: shown as saving at once (unless a conflict shows), saved soon. */
  changed(): void {
    this.dirty = true;
    // "Saving…" from the first keystroke: an unsaved change is never shown as saved.
    if (!this.#host.conflicted()) this.state = { ...this.#kept(), status: 'saving' };
    this.#timer ??= setTimeout(() => void this.save(), this.#context.autosaveDelay);
  }

  /** Another tab's answers were merged in and some answers differ: they wait, kept aside, for a choice. */
  conflictFound(): void {
    this.dirty = true;
    this.state = { ...this.state, status: 'error', error: new ConflictError('This draft was changed in another tab') };
    // Kept aside at once, so closing the page now loses nothing.
    void this.#keepUnsaved();
  }

  /** This tab holds what was saved at `savedAt` (and `dirty` says whether it has more): a conflict shown is over. */
  caughtUp(dirty: boolean, savedAt: string): void {
    if (dirty) return this.changed();
    this.dirty = false;
    if (isConflictError(this.state.error)) this.state = { status: 'saved', savedAt, durable: this.state.durable ?? true };
  }

  /** The conflict was settled: the result is saved now. */
  async resolved(): Promise<void> {
    this.dirty = true;
    this.state = { ...this.#kept(), status: 'saving' };
    this.#host.emit();
    await this.save('resolved');
  }

  async flush(): Promise<void> {
    // With nothing under way a save starts in this very task, before a client opened next reads
    // the store (savesSettled): no `await` before it.
    while (this.#saving) await this.#saving;
    if (this.dirty) await this.save();
  }

  /** Saves nothing more; resolves once a save under way has ended. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.#timer);
    clearTimeout(this.#retryTimer);
    while (this.#saving) await this.#saving;
  }

  async save(type: 'saved' | 'resolved' = 'saved'): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    while (this.#saving) await this.#saving;
    if (this.#host.conflicted() && this.dirty) return this.#keepUnsaved();
    if (!this.dirty || this.stopped) return;
    this.#saving = this.#write(type);
    trackSave(this.#saving);
    try {
      await this.#saving;
    } finally {
      this.#saving = undefined;
    }
    this.#host.emit();
  }

  /** During a conflict this tab's answers are kept aside (with their base), so closing the page loses nothing. */
  async #keepUnsaved(): Promise<void> {
    this.#keptAside = true;
    await this.#context.store.set(unsavedKey(this.#host.id), this.#host.unsaved()).catch(() => undefined);
  }

  #kept(): SaveState {
    const { savedAt, durable } = this.state;
    return savedAt === undefined ? { status: 'idle', durable } : { status: 'idle', savedAt, durable };
  }

  async #write(type: 'saved' | 'resolved'): Promise<void> {
    const { store, clientId } = this.#context;
    const { id } = this.#host;
    const key = draftKey(id);
    this.dirty = false;
    this.state = { ...this.#kept(), status: 'saving' };
    this.#host.emit();
    let stored: DraftRecord | undefined;
    try {
      stored = readRecord(await store.get(key));
    } catch {
      // Nothing stored yet, or unreadable (already set aside): no one to conflict with.
    }
    const next = this.#host.next(stored);
    if (!next) return;
    try {
      await store.set(key, next);
      this.#retries = 0;
      // A conflict found while this save was on its way stays on show until it is settled.
      // A change made while this save was on its way is not in it: still "saving" until its own save.
      if (!this.#host.conflicted())
        this.state = { status: this.dirty ? 'saving' : 'saved', savedAt: next.updatedAt, durable: store.durable };
      if (this.#keptAside) {
        this.#keptAside = false;
        await store.del(unsavedKey(id)).catch(() => undefined);
      }
    } catch (error) {
      this.state = {
        ...this.state,
        status: 'error',
        error: isStorageError(error) ? error : new StorageError('Saving failed', { cause: error }),
        durable: false,
      };
      this.#retryLater();
    }
    this.#context.post({ type, id, writer: clientId, record: next });
  }

  #retryLater(): void {
    if (this.#retryTimer || this.stopped) return;
    const delay = RETRY_DELAYS[Math.min(this.#retries++, RETRY_DELAYS.length - 1)] ?? 30_000;
    this.#retryTimer = setTimeout(async () => {
      this.#retryTimer = undefined;
      try {
        await this.#context.store.sync();
        this.#retries = 0;
        this.state = { status: 'saved', savedAt: stamp(), durable: true };
        this.#host.emit();
      } catch (error) {
        if (isStorageError(error)) this.state = { ...this.state, error };
        this.#retryLater();
      }
    }, delay);
  }
}
