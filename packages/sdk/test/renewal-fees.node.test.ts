// Renewal fees from the program's feeSchedule (docs/fees.md, "Renewal fees"): by kind and category,
// dated on the cycle's dates, the late fee only in the late window (and not for a renewal sent in
// time), the older `renewal.fees` read only for kinds the schedule leaves out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineProgram, evaluateRenewal, formatFee, renewalCycle, renewalFeesDue, renewalReference } from '../src/index.js';

const program = defineProgram({
  id: 'renew-fees',
  name: 'Renew Fees',
  offers: { 'IMH-E': ['IFA', 'IFS', 'IMHS'] },
  renewal: { windowOpens: '10-01', due: '12-31', lateUntil: '01-31' },
  feeSchedule: [
    { kind: 'registration', amount: 2000, currency: 'EUR' },
    { kind: 'renewal', categories: ['IFA'], amount: 2000, currency: 'EUR' },
    {
      kind: 'renewal',
      categories: ['IFS', 'IMHS'],
      amount: [
        { from: '2020-01-01', value: 3000 },
        { from: '2027-01-01', value: 4000 },
      ],
      currency: 'EUR',
      stripe: true,
    },
    {
      kind: 'late',
      amount: [
        { from: '2020-01-01', value: 1500 },
        { from: '2027-01-01', value: 2500 },
      ],
      currency: 'EUR',
    },
    { kind: 'inactive', amount: 1000, currency: 'EUR' },
    { kind: 'reinstatement', amount: 5000, currency: 'EUR' },
  ],
});
// Due 31 December 2026, late until 31 January 2027, removed on 1 February 2027.
const cycle = renewalCycle(program, { endorsedOn: '2020-05-01', lastRenewedOn: '2025-11-20' });
const due = (on: string, more: { category?: 'IFA' | 'IFS' | 'IMHS'; submittedOn?: string } = {}) =>
  renewalFeesDue(program, { category: more.category ?? 'IFS', cycle, on, submittedOn: more.submittedOn }).map(
    (fee) => `${fee.kind} ${fee.amount} ${fee.currency} ${fee.payment}`,
  );

test('the renewal fee comes from the schedule per category, as in force on the due date', () => {
  assert.equal(cycle.dueOn, '2026-12-31');
  assert.deepEqual(due('2026-10-02'), ['renewal 3000 EUR stripe'], 'the 2027 amount is not the 2026 cycle’s');
  assert.deepEqual(due('2026-10-02', { category: 'IFA' }), ['renewal 2000 EUR coordinator']);
  const next = renewalCycle(program, { endorsedOn: '2020-05-01', lastRenewedOn: '2026-11-20' });
  assert.deepEqual(
    renewalFeesDue(program, { category: 'IMHS', cycle: next, on: '2027-10-02' }).map((f) => f.amount),
    [4000],
  );
});

test('the late fee applies only in the late window, as in force on its first day, and not to a renewal sent in time', () => {
  assert.deepEqual(due('2026-12-31'), ['renewal 3000 EUR stripe'], 'the due date itself is not late');
  assert.deepEqual(due('2027-01-01'), ['renewal 3000 EUR stripe', 'late 2500 EUR coordinator']);
  assert.deepEqual(due('2027-01-31'), ['renewal 3000 EUR stripe', 'late 2500 EUR coordinator'], 'the last late day');
  assert.deepEqual(due('2027-02-01'), ['renewal 3000 EUR stripe'], 'past removal: no late fee (reinstatement instead)');
  assert.deepEqual(due('2027-01-10', { submittedOn: '2026-12-20' }), ['renewal 3000 EUR stripe'], 'sent in before the due date');
  assert.deepEqual(due('2027-01-20', { submittedOn: '2027-01-05' }), ['renewal 3000 EUR stripe', 'late 2500 EUR coordinator']);
  const late = evaluateRenewal(program, {}, { category: 'IFS', endorsedOn: '2020-05-01', cycle, asOf: '2027-01-10' });
  assert.deepEqual([late.fees.renewal, late.fees.late, late.fees.total, late.fees.currency], [3000, 2500, 5500, 'EUR']);
  assert.equal(formatFee(late.fees.total, late.fees.currency, 'es'), '55,00\u00a0€');
  assert.equal(formatFee(late.fees.total, late.fees.currency, 'en'), '€55.00');
  const noLateWindow = defineProgram({
    id: 'no-late',
    name: 'No late',
    offers: { 'IMH-E': ['IFS'] },
    feeSchedule: [
      { kind: 'renewal', amount: 3000, currency: 'USD' },
      { kind: 'late', amount: 2500, currency: 'USD' },
    ],
  });
  const plain = renewalCycle(noLateWindow, { endorsedOn: '2020-05-01', lastRenewedOn: '2025-11-20' });
  assert.deepEqual(
    renewalFeesDue(noLateWindow, { category: 'IFS', cycle: plain, on: '2027-01-01' }).map((f) => f.kind),
    ['renewal'],
    'no late window, no late fee',
  );
});

test('the inactive and reinstatement fees are asked for by kind', () => {
  const asked = renewalFeesDue(program, { category: 'IFS', cycle, on: '2026-11-01', kind: ['inactive', 'reinstatement'] });
  assert.deepEqual(
    asked.map((f) => [f.kind, f.amount]),
    [
      ['reinstatement', 5000],
      ['inactive', 1000],
    ],
  );
});

test('the older renewal.fees is read for kinds the schedule leaves out, in the schedule’s currency; set twice, the schedule’s', () => {
  const older = defineProgram({
    id: 'older',
    name: 'Older',
    offers: { 'IMH-E': ['IFS'] },
    renewal: { lateUntil: '01-31', fees: { renewal: 0, late: 25, inactive: 0, reinstatement: 50 } },
    feeSchedule: [{ kind: 'renewal', amount: 4000, currency: 'CAD', stripe: true }],
  });
  const olderCycle = renewalCycle(older, { endorsedOn: '2020-05-01', lastRenewedOn: '2025-11-20' });
  assert.deepEqual(
    renewalFeesDue(older, { category: 'IFS', cycle: olderCycle, on: '2027-01-05', kind: ['renewal', 'late', 'reinstatement'] }).map(
      (f) => `${f.kind} ${f.amount} ${f.currency} ${f.payment}`,
    ),
    ['renewal 4000 CAD stripe', 'late 2500 CAD coordinator', 'reinstatement 5000 CAD coordinator'],
  );
  const twice = defineProgram({
    id: 'twice',
    name: 'Twice',
    offers: { 'IMH-E': ['IFS'] },
    renewal: { fees: { renewal: 30, late: 0, inactive: 0, reinstatement: 0 } },
    feeSchedule: [{ kind: 'renewal', amount: 4500, currency: 'USD' }],
  });
  const twiceCycle = renewalCycle(twice, { endorsedOn: '2020-05-01', lastRenewedOn: '2025-11-20' });
  assert.deepEqual(
    renewalFeesDue(twice, { category: 'IFS', cycle: twiceCycle, on: '2026-11-01' }).map((f) => f.amount),
    [4500],
    'set twice, the schedule wins (the receiver refuses to start with both: fees-settings.node.test.ts)',
  );
});

test('a renewal’s payment reference names no one', () => {
  assert.equal(renewalReference('8f3a2b1c-0d4e-4f00-9a1b-2c3d4e5f6a7b', '2026-12-31'), 'R-8F3A2B1C-2026');
});
