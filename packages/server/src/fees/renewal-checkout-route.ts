import type { Context } from 'hono';
import type Stripe from 'stripe';
import { apiError } from '../http/api-error.js';
import { clientAddress } from '../http/client-address.js';
import { readJsonBody } from '../http/read-json-body.js';
import { loadEndorsee } from '../endorsees/endorsee-rows.js';
import { findByRenewalToken } from '../endorsees/renewal-links.js';
import type { CheckoutAnswer } from './fee-api-types.js';
import type { FeeRoutesContext } from './fee-routes-context.js';
import { startRenewalCheckout } from './renewal-checkout.js';
import { allowedReturnUrl } from './return-url.js';

const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/**
 * `POST /api/fees/renewal-checkout` `{ token, kind, returnUrl? }`: a Stripe Checkout page for a fee
 * of the renewal the link opens (docs/fees.md, "Renewal fees"). The token is the renewal link's,
 * in the body only; the link must still open its renewal (404 `invalid_link`, 410 `link_closed`),
 * a renewal already submitted included (a program may take the renewal before its fee).
 */
export function renewalCheckoutHandler(context: FeeRoutesContext, clientOf: (programId: string) => Promise<Stripe> | undefined) {
  return async (c: Context) => {
    const wait = context.limiter.take(clientAddress(c, context.trustProxy));
    if (wait > 0)
      return apiError(c, 429, 'rate_limited', 'Too many requests from this address; try again shortly.', { 'Retry-After': String(wait) });
    const body = await readJsonBody(c.req.raw, 4096);
    if (!body.ok) return apiError(c, body.status, body.error, body.message);
    const { token, kind, returnUrl } = (body.value ?? {}) as { token?: unknown; kind?: unknown; returnUrl?: unknown };
    if (typeof token !== 'string' || typeof kind !== 'string' || (returnUrl !== undefined && typeof returnUrl !== 'string'))
      return apiError(c, 400, 'invalid_checkout', 'Send { "token": string, "kind": string, "returnUrl"?: string }.');
    const now = context.clock();
    const found = await findByRenewalToken(context.db, token);
    const entry = found && context.programs.get(found.row.program);
    if (!found || !entry) return apiError(c, 404, 'invalid_link', 'This renewal link is not valid.');
    const { row } = found;
    if (row.due_on !== found.dueOn || !['current', 'submitted'].includes(row.status) || dayOf(now) >= row.removal_on)
      return apiError(c, 410, 'link_closed', 'This renewal is closed: it was renewed, or its cycle ended.');
    const client = await clientOf(row.program);
    if (!client) return apiError(c, 409, 'not_stripe', 'This program takes no payments through Stripe.');
    const own = (context.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');
    const back = allowedReturnUrl(own, entry.origins, returnUrl, `${own}/renew/`);
    if (back === undefined)
      return apiError(c, 400, 'return_url_not_allowed', "The returnUrl must be on the server's or the program's own origin.");
    const person = (await loadEndorsee(context.db, row.endorsee_id))!;
    let made: Awaited<ReturnType<typeof startRenewalCheckout>>;
    try {
      made = await startRenewalCheckout(context.db, client, entry.program, person, row, kind, back, now);
    } catch (error) {
      context.log(`stripe renewal checkout failed: ${(error as Error).name}`);
      return apiError(c, 503, 'payments_unavailable', 'The payment page could not be made; try again shortly.', { 'Retry-After': '30' });
    }
    if ('refused' in made)
      return made.refused === 'settled'
        ? apiError(c, 409, 'fee_settled', 'This fee is already paid, waived or invoiced.')
        : apiError(c, 409, 'not_stripe', 'This fee is not paid through Stripe.');
    return c.json({ url: made.url } satisfies CheckoutAnswer, 201);
  };
}
