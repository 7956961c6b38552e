import * as z from '../schema/zod.js';
import { isoDateSchema, rscReceivedEntrySchema, signatureSchema, trainingEntrySchema } from '../schema/payload-schemas.js';

/**
 * A renewal as the endorsee sends it: the training and RSC of the period (the application's entry
 * shapes), whether they provide RSC, their membership, and the attestations the program asks for.
 * @example renewalSchema.safeParse(json).success
 */
export const renewalSchema = z.strictObject({
  training: z.array(trainingEntrySchema).check(z.maxLength(200)),
  rscReceived: z.array(rscReceivedEntrySchema).check(z.maxLength(200)),
  providesRsc: z.boolean(),
  membership: z.optional(z.strictObject({ association: z.string().check(z.minLength(1), z.maxLength(200)), expiresOn: isoDateSchema })),
  attestations: z.strictObject({ codeOfEthics: z.optional(signatureSchema), noSanction: z.optional(signatureSchema) }),
});

/**
 * A renewal, complete.
 * @example const renewal: Renewal = { training: [], rscReceived: [], providesRsc: false, attestations: {} };
 */
export type Renewal = z.output<typeof renewalSchema>;
