import { Hono } from 'hono';
import type Stripe from 'stripe';
import { apiError } from '../http/api-error.js';
import { clientAddress } from '../http/client-address.js';
import { readJsonBody } from '../http/read-json-body.js';
import type { CheckoutAnswer } from './fee-api-types.js';
import { findFeeRecord } from './fee-rows.js';
import { startCheckout } from './checkout.js';
import { stripeClient } from './stripe-accounts.js';
import { applyStripeEvent } from './stripe-webhook.js';
import { UUID } from '../http/uuid.js';
import { renewalCheckoutHandler } from './renewal-checkout-route.js';
import { allowedReturnUrl } from './return-url.js';
import type { FeeRoutesContext } from './fee-routes-context.js';

export type { FeeRoutesContext } from './fee-routes-context.js';

/**
 * Paying fees, under `/api/fees` (docs/fees.md): `POST /checkout` makes a Stripe Checkout Session
 * for a record's fee and answers its URL; `POST /renewal-checkout` the same for a fee of the renewal
 * a renewal link opens (the link's token in the body); `POST /stripe/:program` is the program's Stripe webhook,
 * its signature checked on the raw body. The record's id (its receipt's `id`, 122 random bits) is
 * what lets an applicant pay; it tells nothing back but the payment page's address.
 */
export function feeRoutes(context: FeeRoutesContext) {
  const { db, programs } = context;
  const clients = new Map<string, Promise<Stripe>>();
  const clientOf = (programId: string): Promise<Stripe> | undefined => {
    const account = context.stripe[programId];
    if (!account) return undefined;
    let client = clients.get(programId);
    if (!client) clients.set(programId, (client = stripeClient(account)));
    return client;
  };
  const routes = new Hono<{ Variables: { recordId?: string } }>();

  routes.post('/checkout', async (c) => {
    const wait = context.limiter.take(clientAddress(c, context.trustProxy));
    if (wait > 0)
      return apiError(c, 429, 'rate_limited', 'Too many requests from this address; try again shortly.', { 'Retry-After': String(wait) });
    const body = await readJsonBody(c.req.raw, 4096);
    if (!body.ok) return apiError(c, body.status, body.error, body.message);
    const { record: id, kind, returnUrl } = (body.value ?? {}) as { record?: unknown; kind?: unknown; returnUrl?: unknown };
    if (typeof id !== 'string' || typeof kind !== 'string' || (returnUrl !== undefined && typeof returnUrl !== 'string'))
      return apiError(c, 400, 'invalid_checkout', 'Send { "record": string, "kind": string, "returnUrl"?: string }.');
    const record = UUID.test(id) ? await findFeeRecord(db, id) : undefined;
    const entry = record && programs.get(record.program);
    if (!record || !entry) return apiError(c, 404, 'not_found', 'No record has this id.');
    const client = await clientOf(record.program);
    if (!client) return apiError(c, 409, 'not_stripe', 'This program takes no payments through Stripe.');
    // Back to the page that embeds the form (one of the program's origins) or to this server: never elsewhere.
    const own = (context.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');
    const back = allowedReturnUrl(own, entry.origins, returnUrl, `${own}/`);
    if (back === undefined)
      return apiError(c, 400, 'return_url_not_allowed', "The returnUrl must be on the server's or the program's own origin.");
    c.set('recordId', record.id);
    let made: Awaited<ReturnType<typeof startCheckout>>;
    try {
      made = await startCheckout(db, client, entry.program, record, kind, back);
    } catch (error) {
      context.log(`stripe checkout failed: ${(error as Error).name}`);
      return apiError(c, 503, 'payments_unavailable', 'The payment page could not be made; try again shortly.', { 'Retry-After': '30' });
    }
    if ('refused' in made)
      return made.refused === 'settled'
        ? apiError(c, 409, 'fee_settled', 'This fee is already paid, waived or invoiced.')
        : apiError(c, 409, 'not_stripe', 'This fee is not paid through Stripe.');
    return c.json({ url: made.url } satisfies CheckoutAnswer, 201);
  });

  routes.post('/renewal-checkout', renewalCheckoutHandler(context, clientOf));

  routes.post('/stripe/:program', async (c) => {
    const programId = c.req.param('program');
    const entry = programs.get(programId);
    const account = context.stripe[programId];
    const client = await clientOf(programId);
    if (!entry || !account || !client) return apiError(c, 404, 'not_found', 'No Stripe webhook for this program.');
    const signature = c.req.header('stripe-signature');
    if (!signature) return apiError(c, 400, 'missing_signature', 'A Stripe-Signature header is required.');
    const body = await readJsonBody(c.req.raw, Math.min(context.maxBodyBytes, 512 * 1024));
    if (!body.ok) return apiError(c, body.status, body.error, body.message);
    let event: Stripe.Event;
    try {
      // On the bytes as they came: a body parsed and written again would not match its signature.
      event = client.webhooks.constructEvent(Buffer.from(body.bytes), signature, account.webhookSecret);
    } catch {
      return apiError(c, 400, 'bad_signature', 'The Stripe-Signature does not match this body.');
    }
    if (typeof event?.id !== 'string' || typeof event.type !== 'string' || !event.data?.object || typeof event.data.object !== 'object')
      return apiError(c, 400, 'invalid_event', 'Not a Stripe event.');
    const { result, mailed } = await applyStripeEvent(db, entry.program, event, context.clock());
    if (mailed) context.onMailQueued();
    context.log(`stripe event ${event.type} ${result}`);
    return c.json({ received: true, result });
  });

  return routes;
}
