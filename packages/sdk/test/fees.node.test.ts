import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineProgram, FEE_EXAMPLES, feesDue, formatFee, isConfigError, paymentLink, type ProgramConfig } from '@endorsement-kit/sdk';

const arizona = (feeSchedule: unknown = FEE_EXAMPLES.arizona) =>
  defineProgram({
    id: 'az',
    name: 'Arizona',
    offers: { 'IMH-E': ['IFA', 'IFS', 'IMHS', 'IMHM-C', 'IMHM-P', 'IMHM-RF'] },
    feeSchedule,
  } as ProgramConfig);

test('feesDue answers the fee of each kind for a category, in minor units, not refundable unless said', () => {
  const program = arizona();
  const registration = feesDue(program, { kind: 'registration', category: 'IFS', on: '2026-12-07' });
  assert.deepEqual(
    registration.map((f) => [f.kind, f.amount, f.currency, f.refundable, f.payment]),
    [['registration', 2000, 'USD', false, 'coordinator']],
  );
  assert.deepEqual(
    feesDue(program, { kind: ['registration', 'processing'], category: 'IMHM-P', on: '2026-12-07' }).map((f) => [f.kind, f.amount]),
    [
      ['registration', 2500],
      ['processing', 30000],
    ],
  );
  // Every kind when none is asked for: a fee without categories applies to all of them.
  assert.deepEqual(
    feesDue(program, { category: 'IFA', on: '2026-12-07' }).map((f) => f.kind),
    ['registration', 'processing', 'renewal', 'late'],
  );
  assert.deepEqual(feesDue(program, { kind: 'exam', category: 'IFA', on: '2026-12-07' }), []);
});

test('a dated amount is the one in force on the day; 0 means no such fee that day', () => {
  const program = arizona([
    {
      kind: 'registration',
      amount: [
        { from: '2020-01-01', value: 1500 },
        { from: '2027-01-01', value: 2000 },
      ],
      currency: 'USD',
    },
    {
      kind: 'exam',
      amount: [
        { from: '2020-01-01', value: 0 },
        { from: '2027-07-01', value: 2500 },
      ],
      currency: 'USD',
    },
  ]);
  const on = (day: string) => feesDue(program, { category: 'IFA', on: day }).map((f) => `${f.kind} ${f.amount}`);
  assert.deepEqual(on('2026-12-31'), ['registration 1500']);
  assert.deepEqual(on('2027-01-01'), ['registration 2000']);
  assert.deepEqual(on('2027-07-01'), ['registration 2000', 'exam 2500']);
});

test('a payment link carries the reference; Stripe fees say so', () => {
  const program = arizona([
    { kind: 'registration', amount: 1500, currency: 'USD', paymentUrl: 'https://buy.stripe.com/test_1?client_reference_id={reference}' },
    { kind: 'processing', amount: 2500, currency: 'USD', stripe: true, label: { en: 'Processing', es: 'Trámite' } },
  ]);
  const [registration, processing] = feesDue(program, { category: 'IFA', on: '2026-12-07' });
  assert.equal(registration?.payment, 'link');
  assert.equal(paymentLink(registration!.paymentUrl!, 'F5A-7K3M-Q9PD'), 'https://buy.stripe.com/test_1?client_reference_id=F5A-7K3M-Q9PD');
  assert.equal(processing?.payment, 'stripe');
  assert.deepEqual(processing?.label, { en: 'Processing', es: 'Trámite' });
});

test('formatFee writes money in the language shown', () => {
  assert.equal(formatFee(1500, 'USD', 'en'), '$15.00');
  assert.match(formatFee(1500, 'USD', 'es'), /^15,00\sUS\$$/);
  assert.equal(formatFee(1500, 'JPY', 'en'), '¥1,500');
});

const bad: [string, unknown, string][] = [
  ['an unknown kind', [{ kind: 'membership', amount: 1, currency: 'USD' }], 'feeSchedule.0.kind'],
  ['a fraction of a cent', [{ kind: 'registration', amount: 15.5, currency: 'USD' }], 'feeSchedule.0.amount'],
  ['a negative amount', [{ kind: 'registration', amount: -1, currency: 'USD' }], 'feeSchedule.0.amount'],
  ['a lower-case currency', [{ kind: 'registration', amount: 1, currency: 'usd' }], 'feeSchedule.0.currency'],
  ['a category not offered', [{ kind: 'registration', categories: ['ECFA'], amount: 1, currency: 'USD' }], 'feeSchedule.0.categories.0'],
  [
    'two fees of a kind for one category',
    [
      { kind: 'registration', amount: 1, currency: 'USD' },
      { kind: 'registration', categories: ['IFA'], amount: 2, currency: 'USD' },
    ],
    'feeSchedule.1',
  ],
  [
    'a link and Stripe',
    [{ kind: 'registration', amount: 1, currency: 'USD', stripe: true, paymentUrl: 'https://pay.example.org/' }],
    'feeSchedule.0.paymentUrl',
  ],
  [
    'a link that is not https',
    [{ kind: 'registration', amount: 1, currency: 'USD', paymentUrl: 'javascript:alert(1)' }],
    'feeSchedule.0.paymentUrl',
  ],
  ['an unknown key', [{ kind: 'registration', amount: 1, currency: 'USD', refundible: true }], 'feeSchedule.0.refundible'],
];
for (const [name, schedule, path] of bad) {
  test(`a fee schedule with ${name} is a ConfigError at \`${path}\``, () => {
    assert.throws(
      () => arizona(schedule),
      (error: unknown) => isConfigError(error) && error.path.join('.') === path && error.message.includes(`\`${path}\``),
    );
  });
}

test('the examples pass the checks for the categories they price', () => {
  assert.equal(arizona().feeSchedule?.length, FEE_EXAMPLES.arizona.length);
  assert.equal(arizona(FEE_EXAMPLES.newYork).feeSchedule?.length, FEE_EXAMPLES.newYork.length);
});
