import { translateDrafts } from './draft-messages.js';
import { NetworkError, SubmissionError, isNetworkError, isSubmissionError } from '../errors/index.js';
import type { Application, ApplicationDraft, Receipt, Registration } from '../schema/payload-types.js';
import type { Issue } from '../validation/issue.js';
import type { DraftContext } from './draft-context.js';
import type { DraftRecord, PendingSubmission, PendingSubmissions, SubmissionKind } from './draft-record.js';
import type { SendOptions, SubmissionState } from './draft-state.js';
import { newId } from './new-id.js';
import { stamp } from './stamp.js';
import { clearedValue } from './cleared-value.js';
import type { DraftValidation } from './validate-payload.js';

type RecordChanges = { [K in keyof DraftRecord]?: DraftRecord[K] | undefined };

/** @internal The part of a draft that sending works on. */
export interface SendHost {
  draft: { value: ApplicationDraft; submission: SubmissionState };
  context: DraftContext;
  record(): DraftRecord;
  update(changes: RecordChanges, value?: ApplicationDraft): void;
  save(): Promise<void>;
  emit(): void;
  /** `draft.validate(kind)`: passed in, so sending does not load validation a second time. */
  validate(kind: SubmissionKind): DraftValidation;
}

const inFlight = new WeakMap<object, Map<SubmissionKind, Promise<Receipt>>>();

/**
 * Validates, stores the submission with its idempotency key, then sends it (or waits for the
 * browser to be online). A second call while one of the same kind is going returns the same promise.
 */
export function send(host: SendHost, kind: SubmissionKind, options: SendOptions): Promise<Receipt> {
  const running = inFlight.get(host.draft) ?? new Map<SubmissionKind, Promise<Receipt>>();
  inFlight.set(host.draft, running);
  const existing = running.get(kind);
  if (existing) return existing;
  const promise = prepare(host, kind, options).finally(() => running.delete(kind));
  running.set(kind, promise);
  return promise;
}

/** Sends a submission left pending by a reload while offline; its errors show in `submission`. */
export function resume(host: SendHost, pending: PendingSubmission): void {
  const running = inFlight.get(host.draft) ?? new Map<SubmissionKind, Promise<Receipt>>();
  inFlight.set(host.draft, running);
  if (running.has(pending.kind)) return;
  const promise = deliver(host, pending, {}).finally(() => running.delete(pending.kind));
  running.set(pending.kind, promise);
  promise.catch(() => undefined);
}

/** The record's pending submissions with the one of `kind` replaced (or removed when undefined). */
function withPending(host: SendHost, kind: SubmissionKind, pending: PendingSubmission | undefined): PendingSubmissions | undefined {
  const { [kind]: _replaced, ...others } = host.record().pending ?? {};
  const next: PendingSubmissions = pending ? { ...others, [kind]: pending } : others;
  return Object.keys(next).length > 0 ? next : undefined;
}

async function prepare(host: SendHost, kind: SubmissionKind, options: SendOptions): Promise<Receipt> {
  const { context } = host;
  setState(host, { status: 'validating', kind });
  // Every call validates the answers as they are now, also a retry: nothing invalid is ever sent.
  const result = host.validate(kind);
  if (!result.ok) return fail(host, kind, new SubmissionError(translateDrafts(context.program, context.locale, 'drafts.submission.invalid', { count: result.issues.length }), { issues: result.issues }));
  const payload = result.value as unknown as Record<string, unknown>;
  const previous = host.record().pending?.[kind];
  // A retry of a submission whose outcome is unknown keeps its key, so a backend that received it
  // answers with the first receipt. If the answers changed since, this is another submission: it
  // gets a new key (one key never carries two bodies, see docs/backend.md), and the answers sent
  // are the applicant's latest rather than a stale copy.
  if (previous && JSON.stringify(previous.payload) === JSON.stringify(payload)) return deliver(host, previous, options);
  const pending: PendingSubmission = { kind, idempotencyKey: newId(), payload, createdAt: stamp() };
  host.update({ pending: withPending(host, kind, pending) });
  // Stored before the first byte is sent, so a reload or a crash retries with the same key.
  await host.save();
  return deliver(host, pending, options);
}

async function deliver(host: SendHost, pending: PendingSubmission, { signal }: SendOptions): Promise<Receipt> {
  const { context } = host;
  const { kind, idempotencyKey, payload } = pending;
  for (;;) {
    if (!context.isOnline()) {
      host.update({ pending: withPending(host, kind, { ...pending, offline: true }) });
      await host.save();
      setState(host, { status: 'waiting-offline', kind });
      try {
        await context.whenOnline(signal);
      } catch (error) {
        host.update({ pending: withPending(host, kind, undefined) });
        await host.save();
        return fail(host, kind, new SubmissionError('The submission was cancelled', { cause: error }));
      }
    }
    setState(host, { status: 'sending', kind });
    try {
      const ctx = { idempotencyKey, ...(signal ? { signal } : {}) };
      const receipt = kind === 'registration' ? await context.backend.register(payload as Registration, ctx) : await context.backend.submit(payload as Application, ctx);
      if (kind === 'registration') host.update({ pending: withPending(host, kind, undefined), registration: receipt });
      // Sent: the answers leave this device; what remains is the receipt.
      else host.update({ pending: withPending(host, kind, undefined), receipt, issues: [] }, clearedValue(host.draft.value));
      await host.save();
      setState(host, { status: 'sent', kind, receipt });
      return receipt;
    } catch (caught) {
      const error = toSendError(caught);
      if (isNetworkError(error) && !context.isOnline()) continue;
      const status = isSubmissionError(error) ? error.status : undefined;
      // A 4xx other than 408/429 is a final answer; anything else may have reached the server.
      const definitive = status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
      const serverIssues: Issue[] | undefined = status === 422 && isSubmissionError(error) ? [...error.issues] : undefined;
      host.update({ pending: withPending(host, kind, definitive ? undefined : { ...pending, offline: false }), ...(serverIssues ? { issues: serverIssues } : {}) });
      await host.save();
      return fail(host, kind, error);
    }
  }
}

function toSendError(error: unknown): SubmissionError | NetworkError {
  if (isSubmissionError(error) || isNetworkError(error)) return error as SubmissionError | NetworkError;
  if (error instanceof Error && error.name === 'AbortError') return new SubmissionError('The submission was cancelled', { cause: error });
  return new SubmissionError('The backend failed', { cause: error });
}

function setState(host: SendHost, state: SubmissionState): void {
  host.draft.submission = state;
  host.emit();
}

function fail(host: SendHost, kind: SubmissionKind, error: SubmissionError | NetworkError): never {
  setState(host, { status: 'error', kind, error });
  throw error;
}
