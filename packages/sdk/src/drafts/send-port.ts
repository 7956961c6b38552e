import type { Backend } from '../backend/backend.js';
import type { Locale } from '../i18n/localized-text.js';
import type { Program } from '../program/program.js';
import type { ApplicationDraft } from '../schema/payload-types.js';
import type { DraftRecord, SubmissionKind } from './draft-record.js';
import type { SubmissionState } from './draft-state.js';
import type { DraftValidation } from './validate-payload.js';

/** @internal A record's fields to change; `undefined` removes one. */
export type RecordChanges = { [K in keyof DraftRecord]?: DraftRecord[K] | undefined };

/** @internal What sending needs of the client: a part of `DraftContext`. */
export interface SendContext {
  readonly program: Program;
  readonly backend: Backend;
  readonly locale: Locale;
  isOnline(): boolean;
  /** Resolves when the browser is back online; rejects when `signal` aborts. */
  whenOnline(signal?: AbortSignal): Promise<void>;
}

/**
 * @internal The narrow way sending reaches a draft: it reads the answers and the record, changes
 * the record, saves, and reports its progress; it cannot touch anything else. A draft makes one,
 * once, and keeps it private; it is also what tells one draft's sends from another's.
 */
export interface SendPort {
  readonly context: SendContext;
  value(): ApplicationDraft;
  record(): DraftRecord;
  /** Changes the record (and the answers, when `value` is given); saved by the next `save()`. */
  update(changes: RecordChanges, value?: ApplicationDraft): void;
  save(): Promise<void>;
  /** Sets `draft.submission` and tells the draft's subscribers. */
  report(state: SubmissionState): void;
  /** `draft.validate(kind)`: passed in, so sending does not load validation a second time. */
  validate(kind: SubmissionKind): DraftValidation;
}
