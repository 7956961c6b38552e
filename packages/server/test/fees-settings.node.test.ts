// The Stripe keys of the programs whose fees go through Stripe Checkout, read from the environment
// (docs/server.md, docs/fees.md): per program, or shared; none needed without Stripe fees.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defineProgram, programs } from '@endorsement-kit/sdk';
import { readStripeAccounts } from '../src/fees/stripe-accounts.js';
import { checkRenewalFeeConfig } from '../src/fees/renewal-fee-config.js';
import { ServerConfigError } from '../src/config/server-config-error.js';

const paid = defineProgram({
  id: 'first5-demo',
  name: 'Demo',
  offers: { 'IMH-E': ['IFA'] },
  feeSchedule: [{ kind: 'registration', amount: 1500, currency: 'USD', stripe: true }],
});
const entries = [
  { program: paid, origins: [] },
  { program: programs.alliance, origins: [] },
];

test('a program with Stripe fees needs its keys: its own first, else the shared ones; the others need none', () => {
  assert.throws(
    () => readStripeAccounts({}, entries),
    (error: unknown) => error instanceof ServerConfigError && /STRIPE_SECRET_KEY_FIRST5_DEMO/.test(error.message),
  );
  assert.throws(() => readStripeAccounts({ STRIPE_SECRET_KEY: 'sk_test_a' }, entries), ServerConfigError, 'the webhook secret too');
  assert.deepEqual(readStripeAccounts({ STRIPE_SECRET_KEY: 'sk_test_a', STRIPE_WEBHOOK_SECRET: 'whsec_a' }, entries), {
    'first5-demo': { secretKey: 'sk_test_a', webhookSecret: 'whsec_a', apiUrl: undefined },
  });
  assert.deepEqual(
    readStripeAccounts(
      {
        STRIPE_SECRET_KEY: 'sk_test_a',
        STRIPE_WEBHOOK_SECRET: 'whsec_a',
        STRIPE_SECRET_KEY_FIRST5_DEMO: 'sk_test_own',
        STRIPE_API_URL: 'http://127.0.0.1:12111',
      },
      entries,
    ),
    { 'first5-demo': { secretKey: 'sk_test_own', webhookSecret: 'whsec_a', apiUrl: 'http://127.0.0.1:12111' } },
  );
  assert.deepEqual(readStripeAccounts({}, [{ program: programs.alliance, origins: [] }]), {});
  assert.throws(() => readStripeAccounts({ STRIPE_API_URL: 'ftp://x' }, []), ServerConfigError);
});

test('a renewal fee set both in feeSchedule and in the older renewal.fees refuses to start; either alone is fine', () => {
  const base = { id: 'renew-twice', name: 'Twice', offers: { 'IMH-E': ['IFS' as const] } };
  const twice = defineProgram({
    ...base,
    renewal: { fees: [{ from: '2020-01-01', value: { renewal: 0, late: 25, inactive: 0, reinstatement: 0 } }] },
    feeSchedule: [{ kind: 'late', amount: 2500, currency: 'USD' }],
  });
  assert.throws(
    () => checkRenewalFeeConfig([{ program: twice, origins: [] }]),
    (error: unknown) =>
      error instanceof ServerConfigError &&
      /"renew-twice" sets the late fee twice: in feeSchedule\.0 and in renewal\.fees\.late/.test(error.message),
  );
  const older = defineProgram({ ...base, renewal: { fees: { renewal: 30, late: 0, inactive: 0, reinstatement: 0 } } });
  const schedule = defineProgram({ ...base, feeSchedule: [{ kind: 'renewal', amount: 3000, currency: 'USD' }] });
  assert.doesNotThrow(() =>
    checkRenewalFeeConfig([
      { program: older, origins: [] },
      { program: schedule, origins: [] },
    ]),
  );
});
