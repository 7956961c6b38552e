import type { Draft } from '../sdk-types.js';

/** Whether the draft holds anything the applicant answered, to continue from the start screen. */
export function hasAnswers(draft: Draft): boolean {
  // A sent application keeps only its receipt and category here: nothing to continue.
  if (draft.receipt) return false;
  // Never saved: what a new draft starts with (a program's only endorsement) is nobody's answer.
  if (draft.revision === 0) return false;
  return Object.keys(draft.value).some((k) => k !== 'schemaVersion' && k !== 'program');
}
