import { translateDrafts } from './draft-messages.js';
import { NetworkError, SubmissionError, isNetworkError, isSubmissionError } from '../errors/index.js';
import type { Application, Receipt, Registration } from '../schema/payload-types.js';
import type { Issue } from '../errors/issue.js';
import type { PendingSubmission, PendingSubmissions, SubmissionKind } from './draft-record.js';
import type { SendOptions, SubmissionState } from './draft-state.js';
import type { SendPort } from './send-port.js';
import { newId } from './new-id.js';
import { stamp } from './stamp.js';
import { clearedValue } from './cleared-value.js';

// Keyed by the draft's port, which the draft makes once: one draft's sends, whatever calls them.
const inFlight = new WeakMap<SendPort, Map<SubmissionKind, Promise<Receipt>>>();

/**
 * Validates, stores the submission with its idempotency key, then sends it (or waits for the
 * browser to be online). A second call while one of the same kind is going returns the same promise.
 */
export function send(port: SendPort, kind: SubmissionKind, options: SendOptions): Promise<Receipt> {
  const running = inFlight.get(port) ?? new Map<SubmissionKind, Promise<Receipt>>();
  inFlight.set(port, running);
  const existing = running.get(kind);
  if (existing) return existing;
  const promise = prepare(port, kind, options).finally(() => running.delete(kind));
  running.set(kind, promise);
  return promise;
}

/** Sends a submission left pending by a reload while offline; its errors show in `submission`. */
export function resume(port: SendPort, pending: PendingSubmission): void {
  const running = inFlight.get(port) ?? new Map<SubmissionKind, Promise<Receipt>>();
  inFlight.set(port, running);
  if (running.has(pending.kind)) return;
  const promise = deliver(port, pending, {}).finally(() => running.delete(pending.kind));
  running.set(pending.kind, promise);
  promise.catch(() => undefined);
}

/** The record's pending submissions with the one of `kind` replaced (or removed when undefined). */
function withPending(port: SendPort, kind: SubmissionKind, pending: PendingSubmission | undefined): PendingSubmissions | undefined {
  const { [kind]: _replaced, ...others } = port.record().pending ?? {};
  const next: PendingSubmissions = pending ? { ...others, [kind]: pending } : others;
  return Object.keys(next).length > 0 ? next : undefined;
}

async function prepare(port: SendPort, kind: SubmissionKind, options: SendOptions): Promise<Receipt> {
  const { context } = port;
  setState(port, { status: 'validating', kind });
  // Every call validates the answers as they are now, also a retry: nothing invalid is ever sent.
  const result = port.validate(kind);
  if (!result.ok)
    return fail(
      port,
      kind,
      new SubmissionError(translateDrafts(context.program, context.locale, 'drafts.submission.invalid', { count: result.issues.length }), {
        issues: result.issues,
        reason: 'invalid',
      }),
    );
  const payload = result.value as unknown as Record<string, unknown>;
  const previous = port.record().pending?.[kind];
  // A retry of a submission whose outcome is unknown keeps its key, so a backend that received it
  // answers with the first receipt. If the answers changed since, this is another submission: it
  // gets a new key (one key never carries two bodies, see docs/backend.md), and the answers sent
  // are the applicant's latest rather than a stale copy.
  if (previous && JSON.stringify(previous.payload) === JSON.stringify(payload)) return deliver(port, previous, options);
  const pending: PendingSubmission = { kind, idempotencyKey: newId(), payload, createdAt: stamp() };
  port.update({ pending: withPending(port, kind, pending) });
  // Stored before the first byte is sent, so a reload or a crash retries with the same key.
  await port.save();
  return deliver(port, pending, options);
}

async function deliver(port: SendPort, pending: PendingSubmission, { signal }: SendOptions): Promise<Receipt> {
  const { context } = port;
  const { kind, idempotencyKey, payload } = pending;
  for (;;) {
    if (!context.isOnline()) {
      port.update({ pending: withPending(port, kind, { ...pending, offline: true }) });
      await port.save();
      setState(port, { status: 'waiting-offline', kind });
      try {
        await context.whenOnline(signal);
      } catch (error) {
        port.update({ pending: withPending(port, kind, undefined) });
        await port.save();
        return fail(port, kind, new SubmissionError('The submission was cancelled', { reason: 'cancelled', cause: error }));
      }
    }
    setState(port, { status: 'sending', kind });
    try {
      const ctx = { idempotencyKey, ...(signal ? { signal } : {}) };
      const receipt =
        kind === 'registration'
          ? await context.backend.register(payload as Registration, ctx)
          : await context.backend.submit(payload as Application, ctx);
      if (kind === 'registration') port.update({ pending: withPending(port, kind, undefined), registration: receipt });
      // Sent: the answers leave this device; what remains is the receipt.
      else port.update({ pending: withPending(port, kind, undefined), receipt, issues: [] }, clearedValue(port.value()));
      await port.save();
      setState(port, { status: 'sent', kind, receipt });
      return receipt;
    } catch (caught) {
      const error = toSendError(caught);
      if (isNetworkError(error) && !context.isOnline()) continue;
      const status = isSubmissionError(error) ? error.status : undefined;
      // A 4xx other than 408/429 is a final answer; anything else may have reached the server.
      const definitive = status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
      const serverIssues: Issue[] | undefined = status === 422 && isSubmissionError(error) ? [...error.issues] : undefined;
      port.update({
        pending: withPending(port, kind, definitive ? undefined : { ...pending, offline: false }),
        ...(serverIssues ? { issues: serverIssues } : {}),
      });
      await port.save();
      return fail(port, kind, error);
    }
  }
}

function toSendError(error: unknown): SubmissionError | NetworkError {
  if (isSubmissionError(error) || isNetworkError(error)) return error as SubmissionError | NetworkError;
  if (error instanceof Error && error.name === 'AbortError')
    return new SubmissionError('The submission was cancelled', { reason: 'cancelled', cause: error });
  return new SubmissionError('The backend failed', { cause: error });
}

function setState(port: SendPort, state: SubmissionState): void {
  port.report(state);
}

function fail(port: SendPort, kind: SubmissionKind, error: SubmissionError | NetworkError): never {
  setState(port, { status: 'error', kind, error });
  throw error;
}
