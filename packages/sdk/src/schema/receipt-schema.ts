import * as z from './zod.js';
import { zodJitless } from './zod-jitless.js';

// Before this module builds a schema (see zod.ts); repeated from payload-schemas.ts because this
// module is not imported with it: validating needs no receipt, and a schema built beside the
// payloads' would come with every validator (its `.check()` calls cannot be dropped unused).
z.config({ jitless: zodJitless() });

/**
 * A backend's acknowledgement; keys beyond these are dropped. `reference` (a short code to read out
 * and type, e.g. `F5A-7K3M-Q9PD`), `statusMessage` (what the coordinator asks for),
 * `nextReviewOn` (`YYYY-MM-DD`), `stage` (`registration`, `application`, `review` or `decided`), `transcripts` (where each degree's transcript is, once the
 * coordinator recorded one: docs/documents.md), `version` (an amended application's receipt: the
 * version just kept), `cycle` (the review cycle the application joined: `submittedBy`, and
 * `decidedBy` when the program states it), `fees` (each fee's words, amount in cents, currency,
 * status `due | pending | paid | waived | invoiced`, how it is paid and its payment page) and, in a
 * registration's first receipt only, `accessToken` (the applicant's key to its reference requests)
 * are optional: @endorsement-kit/server sends them.
 */
export const receiptSchema = z.object({
  id: z.string().check(z.minLength(1)),
  reference: z.optional(z.string().check(z.minLength(1))),
  receivedAt: z.string(),
  status: z.string(),
  statusMessage: z.optional(z.string()),
  nextReviewOn: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  stage: z.optional(z.string()),
  version: z.optional(z.number()),
  cycle: z.optional(z.object({ submittedBy: z.string(), decidedBy: z.optional(z.string()) })),
  accessToken: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
  fees: z.optional(
    z.array(
      z.object({
        record: z.optional(z.string()),
        kind: z.string(),
        label: z.string(),
        amount: z.number(),
        currency: z.string(),
        status: z.string(),
        payment: z.optional(z.string()),
        paymentUrl: z.optional(z.string()),
        settledAt: z.optional(z.string()),
      }),
    ),
  ),
  transcripts: z.optional(z.array(z.object({ institution: z.string(), level: z.string(), state: z.nullable(z.string()) }))),
});
