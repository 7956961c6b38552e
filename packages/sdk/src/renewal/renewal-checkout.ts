import { jsonCall } from '../backend/json-call.js';
import type { RenewalFeeKind } from './renewal-fees.js';

/** What `renewalCheckout` sends: where the receiver is, the renewal link's token and the fee. */
export interface RenewalCheckoutOptions {
  /** The receiver's API base URL: the call goes to `{baseUrl}/fees/renewal-checkout`. */
  baseUrl: string;
  /** The renewal link's token (from `/renew/#<token>`), sent in the body only. */
  token: string;
  kind: RenewalFeeKind;
  /** Where Stripe sends the endorsee back (the receiver allows its own and the program's origins). */
  returnUrl?: string;
  fetch?: typeof fetch;
}

/**
 * Asks the receiver for a Stripe Checkout page for one fee of an endorsee's renewal (docs/fees.md,
 * "Renewal fees") and answers its address. Coming back from it pays nothing: the receiver marks the
 * fee paid when Stripe's webhook tells it so.
 * @throws {NetworkError} when the receiver cannot be reached; {ReferenceLinkError} with the
 * receiver's code (`fee_settled`, `not_stripe`, `link_closed`, `payments_unavailable`) when it refuses.
 * @example location.assign(await renewalCheckout({ baseUrl: '/api', token, kind: 'renewal', returnUrl: location.href }))
 */
export async function renewalCheckout(options: RenewalCheckoutOptions): Promise<string> {
  const body = { token: options.token, kind: options.kind, ...(options.returnUrl ? { returnUrl: options.returnUrl } : {}) };
  const answer = await jsonCall<{ url?: unknown }>(
    { fetch: options.fetch, timeout: 20_000 },
    'POST',
    `${options.baseUrl.replace(/\/+$/, '')}/fees/renewal-checkout`,
    body,
  );
  if (typeof answer?.url !== 'string' || !/^https:\/\//.test(answer.url)) throw new TypeError('The receiver answered no payment page');
  return answer.url;
}
