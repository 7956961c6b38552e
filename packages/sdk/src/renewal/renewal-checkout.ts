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
 * "Renewal fees"): its address, or why not (the receiver's code: `fee_settled`, `not_stripe`,
 * `link_closed`, `payments_unavailable`…; `unreachable` without an answer). Failures are results,
 * as with `renewalClient`. Coming back from Stripe's page pays nothing: the receiver marks the fee
 * paid when Stripe's webhook tells it so.
 * @example const page = await renewalCheckout({ baseUrl: '/api', token, kind: 'renewal', returnUrl: location.origin + location.pathname }); if (page.ok) location.assign(page.url);
 */
export async function renewalCheckout(options: RenewalCheckoutOptions): Promise<{ ok: true; url: string } | { ok: false; error: string }> {
  const body = { token: options.token, kind: options.kind, ...(options.returnUrl ? { returnUrl: options.returnUrl } : {}) };
  try {
    const response = await (options.fetch ?? fetch)(`${options.baseUrl.replace(/\/+$/, '')}/fees/renewal-checkout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await response.json().catch(() => ({}))) as { url?: unknown; error?: unknown };
    if (response.ok && typeof answer.url === 'string' && /^https:\/\//.test(answer.url)) return { ok: true, url: answer.url };
    return { ok: false, error: typeof answer.error === 'string' ? answer.error : 'error' };
  } catch {
    return { ok: false, error: 'unreachable' };
  }
}
