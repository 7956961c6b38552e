import { stamp } from './stamp.js';
import { ConflictError, StorageError, isConflictError, isStorageError } from '../errors/index.js';
import type { ApplicationDraft, Receipt } from '../schema/payload-types.js';
import type { Issue } from '../validation/issue.js';
import type { DraftContext } from './draft-context.js';
import { draftKey, unsavedKey, type DraftRecord, type PendingSubmission, type SubmissionKind, type UnsavedAnswers } from './draft-record.js';
import type { DraftConflict, SaveState, SendOptions, SubmissionState } from './draft-state.js';
import type { ChannelMessage } from './channel-message.js';
import { getIn, setIn, toSegments, type DraftPath } from './path.js';
import { mergeValues, sameValue } from './merge-values.js';
import { decide } from './tab-sync.js';
import { readRecord } from './migrations.js';
import { trackSave } from './saves-in-flight.js';
import { categoryFollowingEndorsement, endorsementFollowingCategory } from './category-follows-endorsement.js';
import type { DraftValidation } from './validate-payload.js';
import type { RequirementsResult } from '../requirements/index.js';

/** Called with the draft on every change of its value, saveState, submission, issues or conflict. */
export type DraftListener = (draft: Draft) => void;

const startsWith = (path: readonly (string | number)[], prefix: readonly (string | number)[]) => prefix.every((segment, i) => path[i] === segment);
const RETRY_DELAYS = [1000, 2000, 5000, 10_000, 30_000];

// Receipts and sends under way are facts, not answers: a save merged from another tab keeps the
// ones this tab has and that one lacks (a send it made since is its own business).
function withFactsOf(mine: DraftRecord, theirs: DraftRecord): DraftRecord {
  const merged: DraftRecord = { ...theirs };
  if (!merged.registration && mine.registration) merged.registration = mine.registration;
  if (!merged.receipt && mine.receipt) merged.receipt = mine.receipt;
  const pending = { ...mine.pending, ...theirs.pending };
  if (merged.registration) delete pending.registration;
  if (merged.receipt) delete pending.application;
  if (Object.keys(pending).length > 0) merged.pending = pending;
  else delete merged.pending;
  return merged;
}

/**
 * One application in progress. Every change is an immutable new `value` and reaches the store
 * within milliseconds (a save starts when the current task ends; changes made meanwhile go in the
 * next save), and at once on `flush()` or when the page is hidden; subscribers hear about every
 * change. Make one with `client.open()`.
 * @example
 * const draft = await client.open();
 * draft.set('applicant.givenName', 'Ana');
 * const index = draft.add('training', { title: 'DC:0-5', hours: 12 });
 * draft.set(['training', index, 'provider'], 'ZERO TO THREE');
 * await draft.flush();
 */
export class Draft {
  /** The draft's id, for `client.open(id)`. */
  readonly id: string;
  #context: DraftContext;
  #record: DraftRecord;
  #value: ApplicationDraft;
  // The answers the revision in #record was made from: what both tabs had in common when two
  // saves of one revision collide.
  #basis: ApplicationDraft;
  #issues: readonly Issue[];
  #dirty = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #retries = 0;
  #saving: Promise<void> | undefined;
  #listeners = new Set<DraftListener>();
  #closed = false;
  #keptAside = false;
  saveState: SaveState;
  submission: SubmissionState = { status: 'idle' };
  conflict: DraftConflict | undefined;

  /** @internal Use `client.open()`. */
  constructor(context: DraftContext, record: DraftRecord, saveState: SaveState, unsaved?: UnsavedAnswers) {
    this.#context = context;
    this.#record = record;
    this.id = record.id;
    this.#value = record.value;
    this.#basis = record.value;
    this.#issues = record.issues ?? [];
    this.saveState = saveState;
    // Left during a conflict: this tab's answers come back, merged again with what is stored now,
    // and the choice is offered again if a field still differs.
    if (unsaved) {
      this.#keptAside = true;
      this.#value = unsaved.value;
      this.#merge(record, unsaved.base, unsaved.open ?? [], false);
    }
  }

  /** The answers so far: a new object after every change, so a UI can compare by reference. */
  get value(): ApplicationDraft {
    return this.#value;
  }
  /** Grows by one on every save. */
  get revision(): number {
    return this.#record.revision;
  }
  get createdAt(): string {
    return this.#record.createdAt;
  }
  get updatedAt(): string {
    return this.#record.updatedAt;
  }
  /** The id of the program this draft is for. */
  get program(): string {
    return this.#record.program;
  }
  /** The version of the stored layout. */
  get schemaVersion(): number {
    return this.#record.schemaVersion;
  }
  /** The server's issues from its last 422, each removed when its field changes. */
  get issues(): readonly Issue[] {
    return this.#issues;
  }
  /** The registration's receipt, once received. */
  get registration(): Receipt | undefined {
    return this.#record.registration;
  }
  /** The application's receipt, once received. After it, the answers are cleared from this device. */
  get receipt(): Receipt | undefined {
    return this.#record.receipt;
  }
  /**
   * A registration or submission whose outcome is not known yet (its idempotency key is kept):
   * the application's if there is one, else the registration's. `pendingOf(kind)` asks for one kind.
   */
  get pending(): PendingSubmission | undefined {
    return this.#record.pending?.application ?? this.#record.pending?.registration;
  }

  /** The registration or the application whose outcome is not known yet, if any. */
  pendingOf(kind: SubmissionKind): PendingSubmission | undefined {
    return this.#record.pending?.[kind];
  }

  /** The value at `path` (`'applicant.email'` or `['training', 0, 'hours']`), or undefined. */
  get(path: DraftPath): unknown {
    return getIn(this.#value, path);
  }

  /**
   * Sets the value at `path` (undefined removes it) and schedules a save. An empty path replaces
   * the whole draft, with an object only. Setting `endorsement` keeps `category` in step: a
   * category of the other endorsement becomes its twin (ECFS -> IFS) if the program offers it,
   * and is cleared if not. Setting `category` with no endorsement yet sets the category's
   * endorsement. A new draft of a program that offers one endorsement starts with it.
   * @throws {TypeError} for a path through `__proto__`, or a draft that is not an object.
   */
  set(path: DraftPath, value: unknown): void {
    const segments = toSegments(path);
    const next = setIn(this.#value, segments, value);
    // The endorsement and the category stay a pair: a new endorsement takes the category to its
    // twin (or clears it), and a category chosen first brings its endorsement.
    const top = segments.length === 1 ? segments[0] : undefined;
    this.#change(top === 'endorsement' ? categoryFollowingEndorsement(this.#context.program, next) : top === 'category' ? endorsementFollowingCategory(next) : next, segments);
  }

  /** Appends an entry to a repeatable section; returns its index. */
  add(path: DraftPath, entry: unknown = {}): number {
    const list = this.#list(path);
    this.#change(setIn(this.#value, path, [...list, entry]), toSegments(path));
    return list.length;
  }

  /** Removes the entry at `index` and returns it (to offer "undo" with `add`/`move`). */
  remove(path: DraftPath, index: number): unknown {
    const list = this.#list(path);
    const removed = list[index];
    if (index < 0 || index >= list.length) return undefined;
    this.#change(setIn(this.#value, path, list.filter((_, i) => i !== index)), toSegments(path));
    return removed;
  }

  /** Moves an entry of a repeatable section from one index to another. */
  move(path: DraftPath, from: number, to: number): void {
    const list = [...this.#list(path)];
    if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return;
    const [entry] = list.splice(from, 1);
    list.splice(to, 0, entry);
    this.#change(setIn(this.#value, path, list), toSegments(path));
  }

  /** Validates what `submit()` (or `register()` with `'registration'`) would send. */
  validate(kind: SubmissionKind = 'application'): DraftValidation {
    return this.#context.features.validate(this.#context.program, kind, this.#value, this.#context.locale);
  }

  /** The requirement progress of the answers so far, for their category. */
  requirements(options: { asOf?: string } = {}): RequirementsResult {
    return this.#context.features.requirements(this.#context.program, this.#value, { ...options, locale: this.#context.locale });
  }

  /** Sends the registration keys (validated first); resolves to the backend's receipt. */
  register(options: SendOptions = {}): Promise<Receipt> {
    return this.#context.features.send(this.#host, 'registration', options);
  }

  /** Sends the application keys (validated first); resolves to the backend's receipt. */
  submit(options: SendOptions = {}): Promise<Receipt> {
    return this.#context.features.send(this.#host, 'application', options);
  }

  /** Calls `listener(draft)` on every change; returns the function that stops it. */
  subscribe(listener: DraftListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Writes what is not saved yet, now. Never rejects: a failure shows in `saveState`. */
  async flush(): Promise<void> {
    while (this.#saving) await this.#saving;
    if (this.#dirty) await this.#save();
  }

  /**
   * Settles the answers both tabs changed (`conflict.fields`): keep this tab's values, or take
   * the other tab's. Everything else is merged already and stays as it is.
   */
  async resolveConflict(choice: 'mine' | 'theirs'): Promise<void> {
    const conflict = this.conflict;
    if (!conflict) return;
    if (choice === 'theirs') for (const field of conflict.fields) this.#value = setIn(this.#value, field.path, field.theirs);
    this.conflict = undefined;
    this.#dirty = true;
    this.saveState = { ...this.#keptSaveState(), status: 'saving' };
    this.#emit();
    await this.#save('resolved');
  }

  /** Saves what is pending, then stops listening and timers. */
  async close(): Promise<void> {
    if (this.#closed) return;
    await this.flush();
    this.#closed = true;
    clearTimeout(this.#timer);
    clearTimeout(this.#retryTimer);
    this.#listeners.clear();
    this.#context.onClose(this);
  }

  /** @internal Stops without saving: the draft was removed. */
  async discard(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    clearTimeout(this.#retryTimer);
    while (this.#saving) await this.#saving;
    this.#listeners.clear();
  }

  /**
   * @internal Sends again what was on its way when the page was left (waiting for the network, or
   * cut off by a crash or a reload mid-send): with its own key, so it can never count twice.
   */
  resumePending(): void {
    for (const pending of Object.values(this.#record.pending ?? {})) this.#context.features.resume(this.#host, pending);
  }

  /** @internal What another tab said about this draft. */
  receive(message: ChannelMessage): void {
    if (this.#closed) return;
    const action = decide(message, {
      id: this.id,
      clientId: this.#context.clientId,
      revision: this.#record.revision,
      writer: this.#record.writer,
      busy: this.#dirty || this.#saving !== undefined || this.conflict !== undefined,
    });
    if (action === 'ignore' || message.type === 'conflict') return;
    if (action === 'merge') this.#merge(message.record, this.#baseFor(message.record));
    else this.#adopt(message.record);
  }

  get #host() {
    return {
      draft: this,
      context: this.#context,
      record: () => this.#record,
      update: (changes: Partial<DraftRecord>, value?: ApplicationDraft) => {
        this.#record = { ...this.#record, ...changes };
        if (changes.issues) this.#issues = changes.issues;
        if (value) this.#value = value;
        this.#dirty = true;
      },
      save: () => this.#save(),
      emit: () => this.#emit(),
      validate: (kind: SubmissionKind) => this.validate(kind),
    };
  }

  #list(path: DraftPath): readonly unknown[] {
    const list = this.get(path);
    return Array.isArray(list) ? list : [];
  }

  #change(value: ApplicationDraft, segments: readonly (string | number)[]): void {
    if (this.#closed) throw new TypeError('This draft is closed; open it again with `client.open(id)`');
    // Stored as anything else, the draft could not be validated, sent or read back.
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError('`path` may be empty only to set an object: the whole draft');
    this.#value = value;
    if (this.#issues.length > 0) this.#issues = this.#issues.filter((issue) => !startsWith(issue.path, segments) && !startsWith(segments, issue.path));
    this.#dirty = true;
    // "Saving…" from the first keystroke: an unsaved change is never shown as saved.
    if (!this.conflict) this.saveState = { ...this.#keptSaveState(), status: 'saving' };
    this.#timer ??= setTimeout(() => void this.#save(), this.#context.autosaveDelay);
    this.#emit();
  }

  #keptSaveState(): SaveState {
    const { savedAt, durable } = this.saveState;
    return savedAt === undefined ? { status: 'idle', durable } : { status: 'idle', savedAt, durable };
  }

  #adopt(record: DraftRecord): void {
    // Whatever was "changed in another tab" is over once this tab holds what was saved.
    if (isConflictError(this.saveState.error)) this.saveState = { status: 'saved', savedAt: record.updatedAt, durable: this.saveState.durable ?? true };
    this.#record = record;
    this.#value = record.value;
    this.#basis = record.value;
    this.#issues = record.issues ?? [];
    this.#dirty = false;
    this.#emit();
  }

  /**
   * The answers this tab and the save `theirs` have in common: the revision this tab holds when
   * `theirs` was made on top of it (or on top of another tab's save this tab took); else (both
   * saved one revision at once) the one this tab's save was made from. When unsure, the older:
   * at worst a field is asked about that need not be, never one dropped unasked.
   */
  #baseFor(theirs: DraftRecord): ApplicationDraft {
    const mine = this.#record;
    const onMine = theirs.parent?.revision === mine.revision && theirs.parent.writer === mine.writer;
    const onShared = mine.writer !== this.#context.clientId && theirs.revision > mine.revision;
    return onMine || onShared ? mine.value : this.#basis;
  }

  /**
   * Takes another tab's save `theirs` into this tab's answers, field by field against `base`:
   * only the answers both changed differently are a conflict (`conflict.fields`), this tab's
   * value kept until the person here chooses; one not chosen yet stays one.
   */
  #merge(theirs: DraftRecord, base: ApplicationDraft | undefined, open: readonly { path: (string | number)[] }[] = this.conflict?.fields ?? [], emit = true): void {
    const { value, conflicts } = mergeValues(base, this.#value, theirs.value);
    for (const field of open) {
      if (conflicts.some((c) => sameValue(c.path, field.path))) continue;
      const mine = getIn(value, field.path);
      const other = getIn(theirs.value, field.path);
      if (!sameValue(mine, other)) conflicts.push({ path: field.path, mine, theirs: other });
    }
    this.#record = withFactsOf(this.#record, theirs);
    this.#basis = theirs.value;
    this.#value = value;
    this.#issues = theirs.issues ?? [];
    if (conflicts.length > 0) {
      this.conflict = { theirs: theirs.value, theirRevision: theirs.revision, fields: conflicts };
      this.#dirty = true;
      this.saveState = { ...this.saveState, status: 'error', error: new ConflictError('This draft was changed in another tab') };
      // Kept aside at once, so closing the page now loses nothing.
      void this.#keepUnsaved();
    } else {
      this.conflict = undefined;
      this.#dirty = !sameValue(value, theirs.value);
      if (this.#dirty) {
        this.saveState = { ...this.#keptSaveState(), status: 'saving' };
        this.#timer ??= setTimeout(() => void this.#save(), this.#context.autosaveDelay);
      } else if (isConflictError(this.saveState.error)) {
        this.saveState = { status: 'saved', savedAt: theirs.updatedAt, durable: this.saveState.durable ?? true };
      }
    }
    if (emit) this.#emit();
  }

  async #save(type: 'saved' | 'resolved' = 'saved'): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    while (this.#saving) await this.#saving;
    if (this.conflict && this.#dirty) return this.#keepUnsaved();
    if (!this.#dirty || this.#closed) return;
    this.#saving = this.#write(type);
    trackSave(this.#saving);
    try {
      await this.#saving;
    } finally {
      this.#saving = undefined;
    }
    this.#emit();
  }

  /** During a conflict this tab's answers are kept aside (with their base), so closing the page loses nothing. */
  async #keepUnsaved(): Promise<void> {
    this.#keptAside = true;
    const kept: UnsavedAnswers = { value: this.#value, base: this.#basis, open: (this.conflict?.fields ?? []).map(({ path }) => ({ path })) };
    await this.#context.store.set(unsavedKey(this.id), kept).catch(() => undefined);
  }

  async #write(type: 'saved' | 'resolved'): Promise<void> {
    const { store, clientId } = this.#context;
    const key = draftKey(this.id);
    this.#dirty = false;
    this.saveState = { ...this.#keptSaveState(), status: 'saving' };
    this.#emit();
    let stored: DraftRecord | undefined;
    try {
      stored = readRecord(await store.get(key));
    } catch {
      // Nothing stored yet, or unreadable (already set aside): no one to conflict with.
    }
    if (stored && stored.revision > this.#record.revision) {
      // Saved meanwhile by another tab not heard from yet: its answers are merged in first.
      this.#merge(stored, this.#baseFor(stored));
      if (this.conflict) return;
      this.#dirty = false;
    }
    const now = stamp();
    const issues = [...this.#issues];
    const parent = { revision: this.#record.revision, ...(this.#record.writer ? { writer: this.#record.writer } : {}) };
    const next: DraftRecord = { ...this.#record, value: this.#value, issues, revision: this.#record.revision + 1, updatedAt: now, writer: clientId, parent };
    // The record is ours from here on, even if only memory holds it: the fallback store has it.
    this.#basis = this.#record.value;
    this.#record = next;
    try {
      await store.set(key, next);
      this.#retries = 0;
      // A conflict found while this save was on its way stays on show until it is settled.
      if (!this.conflict) this.saveState = { status: 'saved', savedAt: now, durable: store.durable };
      if (this.#keptAside) {
        this.#keptAside = false;
        await store.del(unsavedKey(this.id)).catch(() => undefined);
      }
    } catch (error) {
      this.saveState = { ...this.saveState, status: 'error', error: isStorageError(error) ? error : new StorageError('Saving failed', { cause: error }), durable: false };
      this.#retryLater();
    }
    this.#context.post({ type, id: this.id, writer: clientId, record: next });
  }

  #retryLater(): void {
    if (this.#retryTimer || this.#closed) return;
    const delay = RETRY_DELAYS[Math.min(this.#retries++, RETRY_DELAYS.length - 1)] ?? 30_000;
    this.#retryTimer = setTimeout(async () => {
      this.#retryTimer = undefined;
      try {
        await this.#context.store.sync();
        this.#retries = 0;
        this.saveState = { status: 'saved', savedAt: stamp(), durable: true };
        this.#emit();
      } catch (error) {
        if (isStorageError(error)) this.saveState = { ...this.saveState, error };
        this.#retryLater();
      }
    }, delay);
  }

  #emit(): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(this);
      } catch (error) {
        // A host's listener must not stop the others or the save; surface it asynchronously.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
