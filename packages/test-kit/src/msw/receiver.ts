// The one shared fake receiver (msw v2 handlers) for the SDK's and the element's tests, in Node
// (`setupServer(...receiver.handlers)`) and in Chromium (`setupWorker(...receiver.handlers)`).
// It behaves as docs/backend.md says a receiver must: one record per Idempotency-Key, the first
// receipt again for a repeated key. Scripted steps make the next requests fail in chosen ways.
import { delay, http, HttpResponse } from 'msw';

export type ReceiverKind = 'registration' | 'application';

/** How the receiver answers one request, instead of accepting it. */
export type ScriptedStep =
  /** No answer at all: the request fails as a network error, nothing is recorded. */
  | 'network-error'
  /** The record is made, then the response is lost on the way back. */
  | 'drop-response'
  /** Answers late (after `ms`), then normally: for timeouts. */
  | { delay: number }
  /** Answers with this status and JSON body (e.g. 422 `{ issues }`, 503), recording nothing. */
  | { status: number; body?: unknown; headers?: Record<string, string> };

export interface LoggedRequest {
  method: string;
  kind: ReceiverKind | 'status' | 'lookup';
  idempotencyKey: string | null;
  headers: Record<string, string>;
  body: unknown;
}

export interface StoredRecord {
  kind: ReceiverKind;
  idempotencyKey: string;
  payload: unknown;
  receipt: { id: string; reference: string; receivedAt: string; status: string };
}

export interface Receiver {
  baseUrl: string;
  handlers: ReturnType<typeof http.post>[];
  /** Every request received, in order. */
  requests: LoggedRequest[];
  /** Records made, by Idempotency-Key. */
  records: Map<string, StoredRecord>;
  /** How many requests carried this Idempotency-Key. */
  countByKey(key: string): number;
  /** The next requests get these answers, in order; later ones are accepted as usual. */
  script(...steps: ScriptedStep[]): void;
  reset(): void;
}

/** A receiver at `baseUrl` (default `https://receiver.test/api`). */
export function createReceiver(baseUrl = 'https://receiver.test/api'): Receiver {
  const requests: LoggedRequest[] = [];
  const records = new Map<string, StoredRecord>();
  const queue: ScriptedStep[] = [];

  const accept =
    (kind: ReceiverKind) =>
    async ({ request }: { request: Request }) => {
      const idempotencyKey = request.headers.get('Idempotency-Key');
      const body: unknown = await request.json().catch(() => undefined);
      requests.push({ method: request.method, kind, idempotencyKey, headers: Object.fromEntries(request.headers), body });
      const step = queue.shift();
      if (step === 'network-error') return HttpResponse.error();
      if (typeof step === 'object' && 'status' in step)
        return HttpResponse.json(step.body ?? {}, { status: step.status, ...(step.headers ? { headers: step.headers } : {}) });
      if (typeof step === 'object' && 'delay' in step) await delay(step.delay);
      if (!idempotencyKey)
        return HttpResponse.json(
          { issues: [{ path: [], code: 'idempotency-key', message: 'Idempotency-Key is required' }] },
          { status: 400 },
        );
      let record = records.get(idempotencyKey);
      if (!record) {
        const receipt = {
          id: `${kind === 'registration' ? 'REG' : 'APP'}-${records.size + 1}`,
          // As @endorsement-kit/server's: 11 characters without 0/O/1/I, grouped 3-4-4.
          reference: `${kind === 'registration' ? 'REG' : 'APP'}-7K3M-Q9P${'ABCDEFGHJKLMNPQRSTUVWXYZ'[records.size % 24]}`,
          receivedAt: new Date().toISOString(),
          status: kind === 'registration' ? 'registered' : 'received',
        };
        record = { kind, idempotencyKey, payload: body, receipt };
        records.set(idempotencyKey, record);
      }
      if (step === 'drop-response') return HttpResponse.error();
      return HttpResponse.json(record.receipt, { status: 201 });
    };

  const handlers = [
    http.post(`${baseUrl}/registrations`, accept('registration')),
    http.post(`${baseUrl}/applications`, accept('application')),
    http.get(`${baseUrl}/applications/:id`, ({ request, params }) => {
      requests.push({ method: 'GET', kind: 'status', idempotencyKey: null, headers: Object.fromEntries(request.headers), body: undefined });
      const record = [...records.values()].find((r) => r.receipt.id === params['id']);
      return record
        ? HttpResponse.json({ ...record.receipt, status: 'under_review' })
        : HttpResponse.json({ message: 'Not found' }, { status: 404 });
    }),
    // The applicant's lookup: the short reference (any case, hyphens or spaces optional) together
    // with the email given; a wrong one of either is the same 404.
    http.post(`${baseUrl}/applications/lookup`, async ({ request }) => {
      const body = (await request.json().catch(() => undefined)) as { reference?: string; email?: string } | undefined;
      requests.push({ method: 'POST', kind: 'lookup', idempotencyKey: null, headers: Object.fromEntries(request.headers), body });
      const code = (s: unknown) =>
        String(s ?? '')
          .toUpperCase()
          .replace(/[\s-]/g, '');
      const email = (s: unknown) =>
        String(s ?? '')
          .trim()
          .toLowerCase();
      const record = [...records.values()].find(
        (r) =>
          r.kind === 'application' &&
          (code(r.receipt.reference) === code(body?.reference) || r.receipt.id === body?.reference) &&
          email((r.payload as { applicant?: { email?: string } } | undefined)?.applicant?.email) === email(body?.email),
      );
      return record
        ? HttpResponse.json({ ...record.receipt, status: 'under_review' })
        : HttpResponse.json({ error: 'not_found', message: 'No application has this reference and email address.' }, { status: 404 });
    }),
  ];

  return {
    baseUrl,
    handlers,
    requests,
    records,
    countByKey: (key) => requests.filter((r) => r.idempotencyKey === key).length,
    script: (...steps) => void queue.push(...steps),
    reset: () => {
      requests.length = 0;
      records.clear();
      queue.length = 0;
    },
  };
}
