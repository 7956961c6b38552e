import type { Locale } from '../i18n/localized-text.js';
import type { Program } from '../program/program.js';
import type { EvaluateOptions, RequirementsResult } from '../requirements/index.js';
import type { ApplicationDraft, Receipt } from '../schema/payload-types.js';
import type { PendingSubmission, SubmissionKind } from './draft-record.js';
import type { SendOptions } from './draft-state.js';
import type { SendPort } from './send-port.js';
import type { DraftValidation } from './validate-payload.js';

/**
 * What a draft does beyond keeping answers: validation, requirement evaluation and sending. They
 * are passed in, not imported, so a UI can load them later than the drafts themselves (the
 * element's first screen needs none of them). `createEndorsementClient` passes `draftFeatures`,
 * all of them at once; `createClientWith(options, features)` takes any others, e.g. ones that
 * load on first use.
 * @example
 * const client = createClientWith({ program, backend }, draftFeatures); // = createEndorsementClient({ program, backend })
 */
export interface DraftFeatures {
  /** What `draft.validate(kind)` returns for the answers `value`. */
  validate(program: Program, kind: SubmissionKind, value: ApplicationDraft, locale: Locale): DraftValidation;
  /** What `draft.requirements(options)` returns for the answers `value`. */
  requirements(program: Program, value: ApplicationDraft, options: EvaluateOptions): RequirementsResult;
  /** @internal `draft.register()` and `draft.submit()`. */
  send(port: SendPort, kind: SubmissionKind, options: SendOptions): Promise<Receipt>;
  /** @internal Sends a submission left pending while offline; its errors show in `draft.submission`. */
  resume(port: SendPort, pending: PendingSubmission): void;
}
