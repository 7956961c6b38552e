import type { ApplicationDraft } from '../schema/payload-types.js';

/** What is left of a draft once its application is sent: no personal data, only what it was. */
export function clearedValue(value: ApplicationDraft): ApplicationDraft {
  const cleared: ApplicationDraft = {};
  if (value.endorsement !== undefined) cleared.endorsement = value.endorsement;
  if (value.category !== undefined) cleared.category = value.category;
  return cleared;
}
