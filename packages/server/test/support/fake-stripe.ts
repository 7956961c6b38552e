// A stand-in for Stripe's API on loopback: it answers the Checkout Session create call as Stripe
// does (the same session again for the same Idempotency-Key) and keeps every request it got.
// The server's stripe client reaches it through STRIPE_API_URL's host and port options.
import { createServer, type Server } from 'node:http';
import Stripe from 'stripe';

export interface FakeStripeRequest {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  authorization: string | undefined;
  params: URLSearchParams;
}

export interface FakeSession {
  id: string;
  object: 'checkout.session';
  url: string;
  amount_total: number;
  currency: string;
  client_reference_id: string;
  metadata: Record<string, string>;
  payment_status: 'unpaid';
  payment_intent: null;
}

export interface FakeStripe {
  url: string;
  requests: FakeStripeRequest[];
  sessions: FakeSession[];
  /** While true, the API answers 500 (an outage). */
  down: boolean;
  stop(): Promise<void>;
}

export async function startFakeStripe(): Promise<FakeStripe> {
  const requests: FakeStripeRequest[] = [];
  const byKey = new Map<string, FakeSession>();
  const sessions: FakeSession[] = [];
  const state = { down: false };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const params = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
      requests.push({ method: req.method ?? '', path: req.url ?? '', idempotencyKey, authorization: req.headers.authorization, params });
      const answer = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${requests.length}` });
        res.end(JSON.stringify(body));
      };
      if (state.down) return answer(500, { error: { type: 'api_error', message: 'down' } });
      if (req.method !== 'POST' || req.url !== '/v1/checkout/sessions') return answer(404, { error: { type: 'invalid_request_error' } });
      const known = idempotencyKey ? byKey.get(idempotencyKey) : undefined;
      if (known) return answer(200, known);
      const id = `cs_test_${sessions.length + 1}`;
      const metadata: Record<string, string> = {};
      for (const [key, value] of params) {
        const name = /^metadata\[(\w+)\]$/.exec(key)?.[1];
        if (name) metadata[name] = value;
      }
      const session: FakeSession = {
        id,
        object: 'checkout.session',
        url: `https://checkout.stripe.test/c/pay/${id}`,
        amount_total: Number(params.get('line_items[0][price_data][unit_amount]')) * Number(params.get('line_items[0][quantity]') ?? 1),
        currency: params.get('line_items[0][price_data][currency]') ?? '',
        client_reference_id: params.get('client_reference_id') ?? '',
        metadata,
        payment_status: 'unpaid',
        payment_intent: null,
      };
      sessions.push(session);
      if (idempotencyKey) byKey.set(idempotencyKey, session);
      answer(200, session);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    sessions,
    get down() {
      return state.down;
    },
    set down(value: boolean) {
      state.down = value;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A webhook delivery as Stripe makes it: the event's JSON and its `Stripe-Signature` header,
 * signed with the stripe package's own test helper.
 */
export function signedEvent(
  secret: string,
  event: { id: string; type: string; data: { object: unknown } },
  timestamp?: number,
): { body: string; signature: string } {
  const body = JSON.stringify({ object: 'event', api_version: '2025-01-01', created: 1, livemode: false, ...event });
  return { body, signature: signBody(secret, body, timestamp) };
}

/** A `Stripe-Signature` header for any payload, made by the stripe package's test helper. */
export function signBody(secret: string, payload: string, timestamp?: number): string {
  return new Stripe('sk_test_signing').webhooks.generateTestHeaderString({
    payload,
    secret,
    ...(timestamp === undefined ? {} : { timestamp }),
  });
}
