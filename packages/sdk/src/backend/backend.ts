import type { Application, Receipt, Registration } from '../schema/payload-types.js';

/**
 * What a backend gets with every call.
 * @example backend.submit(payload, { idempotencyKey: crypto.randomUUID() } satisfies SubmissionContext)
 */
export interface SubmissionContext {
  /**
   * The same on every retry of one registration or submission, across reloads and crashes: a
   * backend that has seen it already answers with the first receipt instead of making a record.
   */
  idempotencyKey: string;
  /** Aborted when the host cancels. */
  signal?: AbortSignal;
}

/**
 * What the applicant's status lookup sends: the receipt's short `reference` (or its `id`) with the
 * email address given in the application.
 * @example backend.lookup?.({ reference: 'F5A-7K3M-Q9PD', email: 'ana@example.org' } satisfies StatusQuery)
 */
export interface StatusQuery {
  reference: string;
  email: string;
}

/**
 * Where registrations and applications go. `restBackend` speaks the HTTP contract of
 * docs/backend.md; `customBackend` wraps anything else. Reject with a `SubmissionError` (with
 * `issues` and `status` 422 for answers the backend refuses) or a `NetworkError`.
 * @example
 * const backend: Backend = customBackend({
 *   register: (payload, { idempotencyKey }) => api.post('/reg', payload, idempotencyKey),
 *   submit: (payload, { idempotencyKey }) => api.post('/app', payload, idempotencyKey),
 *   status: (id) => api.get(`/app/${id}`),
 * });
 */
export interface Backend {
  register(payload: Registration, context: SubmissionContext): Promise<Receipt>;
  submit(payload: Application, context: SubmissionContext): Promise<Receipt>;
  status(id: string, context?: { signal?: AbortSignal }): Promise<Receipt>;
  /**
   * Optional: the applicant's own lookup, by the short reference together with their email (a
   * reference alone finds nothing). Reject with a `SubmissionError` (`reason: 'not-found'`) when
   * either does not match. Without it, the element looks up by `status(id)`.
   */
  lookup?(query: StatusQuery, context?: { signal?: AbortSignal }): Promise<Receipt>;
}
