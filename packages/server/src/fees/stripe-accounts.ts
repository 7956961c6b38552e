import type Stripe from 'stripe';
import type { Program } from '@endorsement-kit/sdk';
import type { ReceiverProgram } from '../config/receiver-program.js';
import { ServerConfigError } from '../config/server-config-error.js';

/**
 * A program's Stripe account, for the fees its `feeSchedule` marks `stripe: true`.
 * @example const account: StripeAccount = { secretKey: 'sk_live_…', webhookSecret: 'whsec_…' };
 */
export interface StripeAccount {
  /** The account's secret (or restricted) key: `STRIPE_SECRET_KEY`. */
  secretKey: string;
  /** The signing secret of the webhook endpoint `/api/fees/stripe/<program id>`: `STRIPE_WEBHOOK_SECRET`. */
  webhookSecret: string;
  /** Another Stripe API address (a local fake in tests): `STRIPE_API_URL`, e.g. `http://127.0.0.1:12111`. */
  apiUrl?: string | undefined;
}

/** Whether a program has a fee paid through Stripe Checkout. */
export const usesStripe = (program: Program) => (program.feeSchedule ?? []).some((fee) => fee.stripe === true);

/** `first5-alabama` -> `FIRST5_ALABAMA`, the suffix of its own variables. */
export const envSuffix = (programId: string) => programId.toUpperCase().replace(/[^A-Z0-9]/g, '_');

/**
 * The Stripe accounts of the programs whose fees go through Stripe Checkout, from the environment:
 * `STRIPE_SECRET_KEY_<ID>` and `STRIPE_WEBHOOK_SECRET_<ID>` (the program id in capitals, `-` as
 * `_`), else `STRIPE_SECRET_KEY` and `STRIPE_WEBHOOK_SECRET`; `STRIPE_API_URL` for all. A program
 * that needs an account without one is a `ServerConfigError`: its applicants could not pay.
 */
export function readStripeAccounts(env: NodeJS.ProcessEnv, programs: readonly ReceiverProgram[]): Record<string, StripeAccount> {
  const accounts: Record<string, StripeAccount> = {};
  const apiUrl = env.STRIPE_API_URL || undefined;
  if (apiUrl !== undefined && !/^https?:\/\/[^/]+\/?$/.test(apiUrl))
    throw new ServerConfigError('STRIPE_API_URL must be an address such as http://127.0.0.1:12111 (scheme, host and port).');
  for (const { program } of programs) {
    if (!usesStripe(program)) continue;
    const suffix = envSuffix(program.id);
    const secretKey = env[`STRIPE_SECRET_KEY_${suffix}`] || env.STRIPE_SECRET_KEY;
    const webhookSecret = env[`STRIPE_WEBHOOK_SECRET_${suffix}`] || env.STRIPE_WEBHOOK_SECRET;
    if (!secretKey || !webhookSecret)
      throw new ServerConfigError(
        `Program "${program.id}" has fees paid through Stripe: set STRIPE_SECRET_KEY_${suffix} and STRIPE_WEBHOOK_SECRET_${suffix} (or STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET).`,
      );
    accounts[program.id] = { secretKey, webhookSecret, apiUrl };
  }
  return accounts;
}

/**
 * A Stripe client for an account (at `apiUrl` when set). The `stripe` package is loaded with the
 * first client, so a server whose programs take no card payments never holds it (about 20 MB).
 */
export async function stripeClient(account: StripeAccount): Promise<Stripe> {
  const { default: Stripe } = await import('stripe');
  if (!account.apiUrl) return new Stripe(account.secretKey, { maxNetworkRetries: 2 });
  const url = new URL(account.apiUrl);
  return new Stripe(account.secretKey, {
    maxNetworkRetries: 2,
    host: url.hostname,
    port: url.port || (url.protocol === 'https:' ? 443 : 80),
    protocol: url.protocol === 'https:' ? 'https' : 'http',
  });
}
