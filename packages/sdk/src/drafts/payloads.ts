import { APPLICATION_LISTS, applicationSchema, registrationSchema } from '../schema/payload-schemas.js';
import type { ApplicationDraft } from '../schema/payload-types.js';
import type { SubmissionKind } from './draft-record.js';

// The applicant's keys of each payload; `schemaVersion` and `program` are the SDK's to fill in.
const answerKeys = (shape: object) => Object.keys(shape).filter((key) => key !== 'schemaVersion' && key !== 'program');
const KEYS: Readonly<Record<SubmissionKind, readonly string[]>> = {
  registration: answerKeys(registrationSchema.shape),
  application: answerKeys(applicationSchema.shape),
};

/**
 * The payload a draft sends: the registration's keys or the application's, with `schemaVersion`
 * and `program` filled in and a missing list sent as empty (no entries is an answer). What the
 * applicant has not filled in stays missing, for validation to point at.
 */
export function payloadOf(kind: SubmissionKind, programId: string, value: ApplicationDraft): Record<string, unknown> {
  const payload: Record<string, unknown> = { schemaVersion: 1, program: programId };
  const source = value as Record<string, unknown>;
  for (const key of KEYS[kind]) {
    if (source[key] !== undefined) payload[key] = source[key];
  }
  if (kind === 'application') for (const key of APPLICATION_LISTS) payload[key] ??= [];
  return payload;
}

/** What is left of a draft once its application is sent: no personal data, only what it was. */
export function clearedValue(value: ApplicationDraft): ApplicationDraft {
  const cleared: ApplicationDraft = {};
  if (value.endorsement !== undefined) cleared.endorsement = value.endorsement;
  if (value.category !== undefined) cleared.category = value.category;
  return cleared;
}
