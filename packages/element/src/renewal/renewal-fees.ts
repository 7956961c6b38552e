import { html, nothing, type TemplateResult } from 'lit';
import { formatFee, renewalCheckout, type RenewalFeeKind, type RenewalFeeLine } from '@endorsement-kit/sdk/core';
import { RENEWAL_FEE_WORDS } from './renewal-fee-words.js';

/** Where the renewal link's token waits while the endorsee is on Stripe's page (never in a URL sent away). */
export const TOKEN_KEY = 'endorsement-renewal-token';
const STATUSES = ['due', 'pending', 'paid', 'waived', 'invoiced'];
/** A payment page the page may link: only https. */
const safeUrl = (url: string | undefined) => (url && /^https:\/\//i.test(url) ? url : undefined);

/** The page a payment is started from: where the receiver is, and a redraw. */
export interface RenewalPaymentHost {
  readonly endpoint: string;
  requestUpdate(): void;
}

/** What the fees' section says things with: the endorsee's language, the SDK's words (`fees.*`), the coordinator's title. */
export interface RenewalFeeWords {
  language: string;
  t(key: string, params?: Record<string, string>): string;
  contact: string;
}

/**
 * Paying a renewal's fees from its page: asks the receiver for Stripe's page of one fee (keyed on
 * the renewal link's token) and goes there. The token waits in `sessionStorage` for the way back
 * (`returnUrl` is this page without its fragment, so the token never reaches Stripe); coming back
 * pays nothing, the receiver's webhook does.
 */
export class RenewalPayment {
  busy = false;
  failure: 'fees.pay.failed' | 'fees.pay.settled' | undefined;

  constructor(private readonly host: RenewalPaymentHost) {}

  start(token: string, kind: RenewalFeeKind): void {
    if (this.busy) return;
    this.busy = true;
    this.failure = undefined;
    this.host.requestUpdate();
    const returnUrl = `${location.origin}${location.pathname}${location.search}`;
    void renewalCheckout({ baseUrl: this.host.endpoint, token, kind, returnUrl }).then((page) => {
      if (!page.ok) {
        this.busy = false;
        this.failure = page.error === 'fee_settled' ? 'fees.pay.settled' : 'fees.pay.failed';
        this.host.requestUpdate();
        return;
      }
      try {
        sessionStorage.setItem(TOKEN_KEY, token);
      } catch {
        // Storage refused (a private window): the mail's link opens the renewal again.
      }
      // The back button from Stripe's page may restore this one as it was left (bfcache): usable again.
      addEventListener(
        'pageshow',
        () => {
          this.busy = false;
          this.host.requestUpdate();
        },
        { once: true },
      );
      location.assign(page.url);
    });
  }
}

/** The renewal page's own words on fees. */
export function feeWord(language: string, key: string): string {
  const base = language.split('-')[0] ?? 'en';
  return RENEWAL_FEE_WORDS[base]?.[key] ?? RENEWAL_FEE_WORDS['en']![key] ?? key;
}

/**
 * The renewal's fees (`#ekn-fees`): each with its amount in its currency and where it stands, and
 * while due, the program's payment page, "Pay … by card" (Stripe), or the coordinator's word; and
 * whether the renewal waits for them.
 */
export function renderRenewalFees(
  host: RenewalFeeWords,
  pay: RenewalPayment,
  token: string,
  fees: readonly RenewalFeeLine[],
  payBeforeSubmit: boolean,
): TemplateResult | typeof nothing {
  if (fees.length === 0) return nothing;
  const { t } = host;
  const open = (fee: RenewalFeeLine) => fee.status === 'due';
  const anyDue = fees.some(open);
  return html`<section id="ekn-fees" tabindex="-1" aria-labelledby="ekn-fees-heading" class="panel">
    <h2 id="ekn-fees-heading">${feeWord(host.language, 'fees.heading')}</h2>
    <ul>
      ${fees.map((fee) => {
        const status = t(`fees.status.${STATUSES.includes(fee.status) ? fee.status : 'due'}`);
        const url = safeUrl(fee.paymentUrl);
        return html`<li>
          ${t('fees.status.line', { fee: fee.label, amount: formatFee(fee.amount, fee.currency, host.language), status })}
          ${open(fee) && url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${t('fees.pay.link', { fee: fee.label })}</a>` : nothing}
          ${
            open(fee) && fee.payment === 'stripe'
              ? html`<button type="button" class="secondary" part="button" aria-disabled=${pay.busy ? 'true' : nothing} @click=${() => pay.start(token, fee.kind)}>
                  ${t('fees.pay.stripe', { fee: fee.label })}
                </button>`
              : nothing
          }
        </li>`;
      })}
    </ul>
    ${pay.busy ? html`<p role="status">${t('fees.pay.busy')}</p>` : nothing}
    ${pay.failure ? html`<p class="panel notice" role="alert">${t(pay.failure, { contact: host.contact })}</p>` : nothing}
    ${fees.some((fee) => open(fee) && fee.payment === 'coordinator') ? html`<p>${t('fees.how.coordinator', { contact: host.contact })}</p>` : nothing}
    ${anyDue ? html`<p>${feeWord(host.language, payBeforeSubmit ? 'fees.pay-first' : 'fees.pay-later')}</p>` : nothing}
  </section>`;
}
