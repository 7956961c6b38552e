import * as z from '../schema/zod.js';
import { codeSchema } from '../schema/payload-schemas.js';

const isoDate = z.iso.date();
const dated = <T extends z.ZodMiniType>(value: T) =>
  z.union([value, z.array(z.strictObject({ from: isoDate, value })).check(z.minLength(1))]);
const amount = z.number().check(z.gte(0));
// A day of every year: 02-29 is refused, since most years have none.
const monthDay = z
  .string()
  .check(z.regex(/^(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))$/));

/** The `renewal` section of a program configuration (docs/programs.md, "Renewal"). */
export const renewalConfigSchema = z.strictObject({
  cycleYears: z.optional(dated(z.number().check(z.int(), z.gte(1), z.lte(5)))),
  windowOpens: z.optional(dated(monthDay)),
  due: z.optional(dated(monthDay)),
  lateUntil: z.optional(dated(z.nullable(monthDay))),
  firstYearExempt: z.optional(dated(z.boolean())),
  hours: z.optional(
    dated(
      z.strictObject({
        training: amount,
        dei: amount,
        rscProvision: amount,
        rscReceived: z.partialRecord(codeSchema, amount),
        reduced: z.nullable(
          z.strictObject({ categories: z.array(codeSchema), afterYears: z.number().check(z.int(), z.gte(1)), rscReceived: amount }),
        ),
      }),
    ),
  ),
  attestations: z.optional(dated(z.array(z.enum(['code-of-ethics', 'no-sanction'])))),
  membership: z.optional(dated(z.boolean())),
  fees: z.optional(dated(z.strictObject({ renewal: amount, late: amount, inactive: amount, reinstatement: amount }))),
  payBeforeSubmit: z.optional(z.boolean()),
  inactive: z.optional(dated(z.nullable(z.strictObject({ maxMonths: z.number().check(z.int(), z.gte(1), z.lte(120)) })))),
  reinstatement: z.optional(
    dated(
      z.nullable(
        z.strictObject({
          withinMonths: z.nullable(z.number().check(z.int(), z.gte(1), z.lte(240))),
          ratings: z.number().check(z.int(), z.gte(1), z.lte(8)),
        }),
      ),
    ),
  ),
  reminderDays: z.optional(z.array(z.number().check(z.int(), z.gte(1), z.lte(120))).check(z.maxLength(10))),
});
