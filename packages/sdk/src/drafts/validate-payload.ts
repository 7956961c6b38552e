import type { Locale } from '../i18n/localized-text.js';
import type { Program } from '../program/program.js';
import type { Application, Registration } from '../schema/payload-types.js';
import type { Issue } from '../errors/issue.js';
import { validateApplication, validateRegistration } from '../validation/index.js';
import type { SubmissionKind } from './draft-record.js';

/** The result of `draft.validate()`: the payload as it would be sent, or its issues. */
export type DraftValidation = { ok: true; value: Registration | Application } | { ok: false; issues: Issue[] };

export function validatePayload(program: Program, kind: SubmissionKind, payload: unknown, locale: Locale): DraftValidation {
  return kind === 'registration' ? validateRegistration(program, payload, { locale }) : validateApplication(program, payload, { locale });
}
