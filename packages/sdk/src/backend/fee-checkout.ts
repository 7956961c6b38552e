import { jsonCall } from './json-call.js';

/** What `feeCheckout` sends: where the receiver is, the record's id (its receipt's `id`) and the fee. */
export interface FeeCheckoutOptions {
  /** The receiver's API base URL: the call goes to `{baseUrl}/fees/checkout`. */
  baseUrl: string;
  record: string;
  kind: string;
  /** Where Stripe sends the applicant back (the receiver allows its own and the program's origins). */
  returnUrl?: string;
  fetch?: typeof fetch;
}

/**
 * Asks the receiver for a Stripe Checkout page for one fee of a record (docs/fees.md) and answers
 * its address, to send the applicant to. Coming back from it pays nothing: the receiver marks the
 * fee paid when Stripe tells it so.
 * @throws {NetworkError} when the receiver cannot be reached; {ReferenceLinkError} with the
 * receiver's code (`fee_settled`, `not_stripe`, `payments_unavailable`) when it refuses.
 * @example location.assign(await feeCheckout({ baseUrl: '/api', record: receipt.id, kind: 'registration', returnUrl: location.href }))
 */
export async function feeCheckout(options: FeeCheckoutOptions): Promise<string> {
  const body = { record: options.record, kind: options.kind, ...(options.returnUrl ? { returnUrl: options.returnUrl } : {}) };
  const answer = await jsonCall<{ url?: unknown }>(
    { fetch: options.fetch, timeout: 20_000 },
    'POST',
    `${options.baseUrl.replace(/\/+$/, '')}/fees/checkout`,
    body,
  );
  if (typeof answer?.url !== 'string' || !/^https:\/\//.test(answer.url)) throw new TypeError('The receiver answered no payment page');
  return answer.url;
}
