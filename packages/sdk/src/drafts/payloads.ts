import type { ApplicationDraft } from '../schema/payload-types.js';
import type { SubmissionKind } from './draft-record.js';

const SHARED = ['endorsement', 'category', 'applicant', 'membership', 'answers'] as const;
const REGISTRATION_KEYS = [...SHARED, 'overview'] as const;
const LISTS = ['education', 'work', 'training', 'rscReceived', 'rscProvided', 'leadership', 'references'] as const;
const APPLICATION_KEYS = [...SHARED, ...LISTS, 'attestations'] as const;

/**
 * The payload a draft sends: the registration's keys or the application's, with `schemaVersion`
 * and `program` filled in and a missing list sent as empty (no entries is an answer). What the
 * applicant has not filled in stays missing, for validation to point at.
 */
export function payloadOf(kind: SubmissionKind, programId: string, value: ApplicationDraft): Record<string, unknown> {
  const payload: Record<string, unknown> = { schemaVersion: 1, program: programId };
  const source = value as Record<string, unknown>;
  for (const key of kind === 'registration' ? REGISTRATION_KEYS : APPLICATION_KEYS) {
    if (source[key] !== undefined) payload[key] = source[key];
  }
  if (kind === 'application') for (const key of LISTS) payload[key] ??= [];
  return payload;
}

/** What is left of a draft once its application is sent: no personal data, only what it was. */
export function clearedValue(value: ApplicationDraft): ApplicationDraft {
  const cleared: ApplicationDraft = {};
  if (value.endorsement !== undefined) cleared.endorsement = value.endorsement;
  if (value.category !== undefined) cleared.category = value.category;
  return cleared;
}
