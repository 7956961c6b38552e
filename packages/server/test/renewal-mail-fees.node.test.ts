// The renewal calendar's mails state each fee in the schedule's currency and the endorsee's words,
// and a fee the program does not charge as "no charge", never "$0.00".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defineProgram } from '@endorsement-kit/sdk';
import type { CategoryRow } from '../src/endorsees/endorsee-rows.js';
import { renewalMailFees } from '../src/fees/renewal-mail-fees.js';

const row: CategoryRow = {
  id: 'c1',
  endorsee_id: 'e1',
  program: 'renew-fees',
  category: 'IMHS',
  endorsed_on: '2024-05-01',
  last_renewed_on: '2025-11-20',
  status: 'current',
  period_start: '2026-01-01',
  window_opens_on: '2026-10-01',
  due_on: '2026-12-31',
  late_until: '2027-01-31',
  removal_on: '2027-02-01',
  first_renewal: false,
  inactive_until: null,
  inactive_requested_at: null,
};

test('a fee the program does not charge is "no charge" / "sin costo", a charged one is money', () => {
  const withRenewalFee = defineProgram({
    id: 'renew-fees',
    name: 'Renew Fees',
    offers: { 'IMH-E': ['IFA', 'IFS', 'IMHS'] },
    renewal: { windowOpens: '10-01', due: '12-31', lateUntil: '01-31' },
    feeSchedule: [{ kind: 'renewal', amount: 3000, currency: 'EUR' }],
  });
  const en = renewalMailFees(withRenewalFee, row, 'en');
  assert.equal(en.renewal, 3000);
  assert.equal(en.words.fee, '€30.00');
  assert.equal(en.words.reinstatementFee, 'no charge');
  assert.equal(en.words.inactiveFee, 'no charge');
  const es = renewalMailFees(withRenewalFee, row, 'es');
  assert.equal(es.words.fee.replace(/\s/g, ' '), '30,00 €');
  assert.equal(es.words.reinstatementFee, 'sin costo');
});
