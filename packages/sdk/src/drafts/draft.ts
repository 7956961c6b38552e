import type { ApplicationDraft, Receipt } from '../schema/payload-types.js';
import type { Issue } from '../errors/issue.js';
import type { RequirementsResult } from '../requirements/index.js';
import { Autosave } from './autosave.js';
import type { DraftContext } from './draft-context.js';
import type { DraftRecord, PendingSubmission, SubmissionKind, UnsavedAnswers } from './draft-record.js';
import type { DraftConflict, SaveState, SendOptions, SubmissionState } from './draft-state.js';
import type { ChannelMessage } from './channel-message.js';
import { getIn, setIn, toSegments, type DraftPath } from './path.js';
import { sameValue } from './merge-values.js';
import type { SendPort } from './send-port.js';
import { stamp } from './stamp.js';
import { baseFor, keptAside, mergeTabs, resolveTabs } from './tab-merge.js';
import { decide } from './tab-sync.js';
import { categoryFollowingEndorsement, endorsementFollowingCategory } from './category-follows-endorsement.js';
import type { DraftValidation } from './validate-payload.js';
import type { DraftStore } from '../stores/draft-store.js';

/** Called with the draft on every change of its value, saveState, submission, issues or conflict. */
export type DraftListener = (draft: Draft) => void;

const startsWith = (path: readonly (string | number)[], prefix: readonly (string | number)[]) =>
  prefix.every((segment, i) => path[i] === segment);

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
  #issues: readonly Issue[];
  // The answers the revision in #record was made from: what both tabs had in common when two
  // saves of one revision collide.
  #basis: ApplicationDraft;
  #conflict: DraftConflict | undefined;
  #submission: SubmissionState = { status: 'idle' };
  #listeners = new Set<DraftListener>();
  #autosave: Autosave;
  #port: SendPort;

  /** @internal Use `client.open()`. */
  constructor(context: DraftContext, record: DraftRecord, saveState: SaveState, unsaved?: UnsavedAnswers) {
    this.#context = context;
    this.#record = record;
    this.id = record.id;
    this.#value = record.value;
    this.#issues = record.issues ?? [];
    this.#basis = record.value;
    this.#autosave = new Autosave(
      {
        id: this.id,
        conflicted: () => this.#conflict !== undefined,
        unsaved: () => keptAside(this.#value, this.#basis, this.#conflict),
        next: (stored) => this.#next(stored),
        emit: () => this.#emit(),
      },
      context,
      saveState,
      unsaved !== undefined,
    );
    this.#port = {
      context,
      value: () => this.#value,
      record: () => this.#record,
      update: (changes: Partial<DraftRecord>, value) => {
        this.#record = { ...this.#record, ...changes };
        if (changes.issues) this.#issues = changes.issues;
        if (value) this.#value = value;
        this.#autosave.dirty = true;
      },
      save: () => this.#autosave.save(),
      report: (state) => {
        this.#submission = state;
        this.#emit();
      },
      validate: (kind) => this.validate(kind),
    };
    // Left during a conflict: this tab's answers come back, merged again with what is stored now,
    // and the choice is offered again if a field still differs.
    if (unsaved) {
      this.#value = unsaved.value;
      this.#merge(record, unsaved.base, unsaved.open ?? [], false);
    }
  }

  /** Autosave, as a UI shows it: `saving`, `saved`, or `error` with the error kept. */
  get saveState(): SaveState {
    return this.#autosave.state;
  }
  /** The latest registration or submission: `idle` until `register()` or `submit()`. */
  get submission(): SubmissionState {
    return this.#submission;
  }
  /** The answers this tab and another both changed, until `resolveConflict()`; else undefined. */
  get conflict(): DraftConflict | undefined {
    return this.#conflict;
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
  /** Where this draft is kept; the files chosen for it are kept there too (`DraftDocuments`). */
  get store(): DraftStore {
    return this.#context.store;
  }

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
    this.#change(
      top === 'endorsement'
        ? categoryFollowingEndorsement(this.#context.program, next)
        : top === 'category'
          ? endorsementFollowingCategory(next)
          : next,
      segments,
    );
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
    this.#change(
      setIn(
        this.#value,
        path,
        list.filter((_, i) => i !== index),
      ),
      toSegments(path),
    );
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
    return this.#context.features.send(this.#port, 'registration', options);
  }

  /** Sends the application keys (validated first); resolves to the backend's receipt. */
  submit(options: SendOptions = {}): Promise<Receipt> {
    return this.#context.features.send(this.#port, 'application', options);
  }

  /** Calls `listener(draft)` on every change; returns the function that stops it. */
  subscribe(listener: DraftListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Writes what is not saved yet, now. Never rejects: a failure shows in `saveState`. */
  flush(): Promise<void> {
    return this.#autosave.flush();
  }

  /**
   * Settles the answers both tabs changed (`conflict.fields`): keep this tab's values, or take
   * the other tab's. Everything else is merged already and stays as it is.
   */
  async resolveConflict(choice: 'mine' | 'theirs'): Promise<void> {
    if (!this.#conflict) return;
    this.#value = resolveTabs(this.#value, this.#conflict, choice);
    this.#conflict = undefined;
    await this.#autosave.resolved();
  }

  /** Saves what is pending, then stops listening and timers. */
  async close(): Promise<void> {
    if (this.#autosave.stopped) return;
    await this.flush();
    void this.#autosave.stop();
    this.#listeners.clear();
    this.#context.onClose(this);
  }

  /** @internal Stops without saving: the draft was removed. */
  async discard(): Promise<void> {
    await this.#autosave.stop();
    this.#listeners.clear();
  }

  /**
   * @internal Sends again what was on its way when the page was left (waiting for the network, or
   * cut off by a crash or a reload mid-send): with its own key, so it can never count twice.
   */
  resumePending(): void {
    for (const pending of Object.values(this.#record.pending ?? {})) this.#context.features.resume(this.#port, pending);
  }

  /** @internal What another tab said about this draft. */
  receive(message: ChannelMessage): void {
    if (this.#autosave.stopped) return;
    const action = decide(message, {
      id: this.id,
      clientId: this.#context.clientId,
      revision: this.#record.revision,
      writer: this.#record.writer,
      busy: this.#autosave.busy || this.#conflict !== undefined,
    });
    if (action === 'ignore' || message.type === 'conflict') return;
    if (action === 'merge') this.#merge(message.record, baseFor(this.#record, this.#basis, message.record, this.#context.clientId));
    else this.#adopt(message.record);
  }

  #list(path: DraftPath): readonly unknown[] {
    const list = this.get(path);
    return Array.isArray(list) ? list : [];
  }

  #change(value: ApplicationDraft, segments: readonly (string | number)[]): void {
    if (this.#autosave.stopped) throw new TypeError('This draft is closed; open it again with `client.open(id)`');
    // Stored as anything else, the draft could not be validated, sent or read back.
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new TypeError('`path` may be empty only to set an object: the whole draft');
    this.#value = value;
    if (this.#issues.length > 0)
      this.#issues = this.#issues.filter((issue) => !startsWith(issue.path, segments) && !startsWith(segments, issue.path));
    this.#autosave.changed();
    this.#emit();
  }

  #adopt(record: DraftRecord): void {
    // Whatever was "changed in another tab" is over once this tab holds what was saved.
    this.#autosave.caughtUp(false, record.updatedAt);
    this.#record = record;
    this.#value = record.value;
    this.#basis = record.value;
    this.#issues = record.issues ?? [];
    this.#emit();
  }

  /** Takes another tab's save `theirs` into this tab's answers (see `mergeTabs`). */
  #merge(
    theirs: DraftRecord,
    base: ApplicationDraft | undefined,
    open: readonly { path: (string | number)[] }[] = this.#conflict?.fields ?? [],
    emit = true,
  ): void {
    const merged = mergeTabs(this.#record, this.#value, theirs, base, open);
    this.#record = merged.record;
    this.#basis = theirs.value;
    this.#value = merged.value;
    this.#issues = theirs.issues ?? [];
    this.#conflict = merged.conflict;
    if (merged.conflict) this.#autosave.conflictFound();
    else this.#autosave.caughtUp(!sameValue(merged.value, theirs.value), theirs.updatedAt);
    if (emit) this.#emit();
  }

  /** The revision autosave stores next: on top of one another tab stored meanwhile, if any. */
  #next(stored: DraftRecord | undefined): DraftRecord | undefined {
    const { clientId } = this.#context;
    if (stored && stored.revision > this.#record.revision) {
      // Saved meanwhile by another tab not heard from yet: its answers are merged in first.
      this.#merge(stored, baseFor(this.#record, this.#basis, stored, clientId));
      if (this.#conflict) return undefined;
      this.#autosave.dirty = false;
    }
    const now = stamp();
    const issues = [...this.#issues];
    const parent = { revision: this.#record.revision, ...(this.#record.writer ? { writer: this.#record.writer } : {}) };
    const next: DraftRecord = {
      ...this.#record,
      value: this.#value,
      issues,
      revision: this.#record.revision + 1,
      updatedAt: now,
      writer: clientId,
      parent,
    };
    // The record is ours from here on, even if only memory holds it: the fallback store has it.
    this.#basis = this.#record.value;
    this.#record = next;
    return next;
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
