import { today } from '../program/dated.js';
import type { Program } from '../program/program.js';
import { checkDates } from '../validation/check-dates.js';
import { fromZodIssues } from '../validation/from-zod-issues.js';
import { usableLocale } from '../validation/make-issue.js';
import type { ValidateOptions, ValidationResult } from '../validation/validation-result.js';
import { isRecord } from '../validation/value-at.js';
import { renewalSchema, type Renewal } from './renewal-schema.js';

/**
 * Checks a renewal's shape with the application's messages (a training without a title, an end
 * before its start, a date in the future), every issue found. Whether it meets the program's
 * checklist is `evaluateRenewal`'s.
 * @example validateRenewal(program, draft, { locale: 'es' }).ok
 */
export function validateRenewal(program: Program, value: unknown, options?: ValidateOptions): ValidationResult<Renewal> {
  const context = { program, locale: usableLocale(options?.locale, program.defaultLocale) };
  const parsed = renewalSchema.safeParse(value);
  const issues = [
    ...fromZodIssues(context, value, parsed.success ? [] : parsed.error.issues),
    ...(isRecord(value) ? checkDates(context, value, options?.asOf ?? today()) : []),
  ];
  return parsed.success && issues.length === 0 ? { ok: true, value: parsed.data } : { ok: false, issues };
}
