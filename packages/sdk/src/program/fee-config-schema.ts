import * as z from '../schema/zod.js';
import { codeSchema } from '../schema/payload-schemas.js';
import type { Code } from '../codes/codes.js';
import { FEE_KINDS, type FeeDefinition } from './fee-settings.js';

// As in config-schema.ts (not imported from there: it imports this file).
const text = z.string().check(z.minLength(1));
const localizedText = z.union([text, z.catchall(z.object({ en: text }), text)]);
const minorUnits = z.number().check(z.int(), z.gte(0));
// Read-only arrays accepted as they are, so FEE_EXAMPLES and `as const` schedules type-check.
const amount = z.union([minorUnits, z.readonly(z.array(z.strictObject({ from: z.iso.date(), value: minorUnits })).check(z.minLength(1)))]);

// Intl formats any three capitals as a currency: the code's shape is what can be checked.
const isCurrency = (code: string) => /^[A-Z]{3}$/.test(code);

/** A program's `feeSchedule` (docs/fees.md): the shape; `checkFeeSchedule` checks the rest. */
export const feeScheduleSchema = z.readonly(
  z.array(
    z.strictObject({
      kind: z.enum(FEE_KINDS),
      categories: z.optional(z.readonly(z.array(codeSchema).check(z.minLength(1)))),
      amount,
      currency: z.string().check(z.refine(isCurrency, 'expected an ISO 4217 currency code in capitals, such as USD')),
      refundable: z.optional(z.boolean()),
      label: z.optional(localizedText),
      note: z.optional(localizedText),
      paymentUrl: z.optional(z.url({ protocol: /^https$/ })),
      stripe: z.optional(z.boolean()),
    }),
  ),
);

/**
 * What the shape cannot say: fees only for offered categories, one fee of a kind per category,
 * and a payment link or Stripe, not both. Calls `fail` with the path and
 * the reason of the first problem.
 */
export function checkFeeSchedule(
  schedule: readonly FeeDefinition[] | undefined,
  offered: readonly Code[],
  fail: (path: (string | number)[], message: string) => never,
): void {
  const taken = new Map<string, number>();
  (schedule ?? []).forEach((fee, i) => {
    fee.categories?.forEach((code, j) => {
      if (!offered.includes(code)) fail(['feeSchedule', i, 'categories', j], `${code} is not offered`);
    });
    for (const code of fee.categories ?? offered) {
      const other = taken.get(`${fee.kind} ${code}`);
      if (other !== undefined)
        fail(
          ['feeSchedule', i],
          `a ${fee.kind} fee for ${code} is already at \`feeSchedule.${other}\`; give each category one fee of a kind`,
        );
      taken.set(`${fee.kind} ${code}`, i);
    }
    if (fee.stripe && fee.paymentUrl !== undefined)
      fail(['feeSchedule', i, 'paymentUrl'], 'a fee is paid by its own link or by Stripe Checkout, not both');
  });
}
