// The receiver's `POST {baseUrl}/fees/checkout` (docs/fees.md) as msw v2 handlers, for the
// element's "pay by card" in Chromium. It answers as the server does: 201 `{ url }` with one
// Checkout page per record and fee (the server's idempotency key is `<record>:<kind>`), 400 for a
// malformed body; scripted steps make the next calls fail as the server or the network can.
import { http, HttpResponse } from 'msw';
import type { ScriptedStep } from './receiver.js';

/** The fake's part of the receiver. */
export interface CheckoutReceiver {
  handlers: ReturnType<typeof http.post>[];
  /** Every checkout asked for, in order, with its JSON body. */
  requests: { body: unknown; contentType: string | null }[];
  /** The page a record's fee gets: `https://checkout.stripe.test/c/pay/<record>-<kind>`. */
  pageFor(record: string, kind: string): string;
  /** The next calls get these answers, in order; later ones are accepted as usual. */
  script(...steps: ScriptedStep[]): void;
  reset(): void;
}

/** A checkout route at `{baseUrl}/fees/checkout` (default `https://receiver.test/api`). */
export function createCheckoutReceiver(baseUrl = 'https://receiver.test/api'): CheckoutReceiver {
  const requests: CheckoutReceiver['requests'] = [];
  const queue: ScriptedStep[] = [];
  const pageFor = (record: string, kind: string) =>
    `https://checkout.stripe.test/c/pay/${encodeURIComponent(record)}-${encodeURIComponent(kind)}`;
  const handlers = [
    http.post(`${baseUrl}/fees/checkout`, async ({ request }) => {
      const contentType = request.headers.get('Content-Type');
      const body: unknown = await request.json().catch(() => undefined);
      requests.push({ body, contentType });
      const step = queue.shift();
      if (step === 'network-error' || step === 'drop-response') return HttpResponse.error();
      if (typeof step === 'object' && 'status' in step)
        return HttpResponse.json(step.body ?? {}, { status: step.status, ...(step.headers ? { headers: step.headers } : {}) });
      const { record, kind } = (body ?? {}) as { record?: unknown; kind?: unknown };
      if (typeof record !== 'string' || typeof kind !== 'string')
        return HttpResponse.json(
          { error: 'invalid_checkout', message: 'Send { "record": string, "kind": string, "returnUrl"?: string }.' },
          { status: 400 },
        );
      return HttpResponse.json({ url: pageFor(record, kind) }, { status: 201 });
    }),
  ];
  return {
    handlers,
    requests,
    pageFor,
    script: (...steps) => void queue.push(...steps),
    reset: () => {
      requests.length = 0;
      queue.length = 0;
    },
  };
}
