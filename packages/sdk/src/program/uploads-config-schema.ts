import * as z from '../schema/zod.js';
import { DOCUMENT_TYPES } from './uploads-config.js';

const isoDate = z.iso.date();
const dated = <T extends z.ZodMiniType>(value: T) =>
  z.union([value, z.array(z.strictObject({ from: isoDate, value })).check(z.minLength(1))]);
const ask = z.enum(['off', 'optional', 'required']);

/** The `uploads` key of a program's config (program/document-settings.ts describes each). */
export const uploadsConfigSchema = z.strictObject({
  resume: z.optional(dated(ask)),
  transcripts: z.optional(dated(ask)),
  types: z.optional(dated(z.array(z.enum(DOCUMENT_TYPES)).check(z.minLength(1)))),
  // At most 100 MB: the receiver reads each file through itself.
  maxFileBytes: z.optional(dated(z.number().check(z.int(), z.gte(1024), z.lte(100 * 1_048_576)))),
  maxFiles: z.optional(dated(z.number().check(z.int(), z.gte(1), z.lte(100)))),
});
