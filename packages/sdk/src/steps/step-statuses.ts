import { today } from '../program/dated.js';
import type { Program } from '../program/program.js';
import type { Issue } from '../errors/issue.js';
import { MISSING_CODES } from '../validation/issue-codes.js';
import { makeIssue, usableLocale } from '../validation/make-issue.js';
import { validateApplication } from '../validation/validate-application.js';
import { validateRegistration } from '../validation/validate-registration.js';
import { isRecord } from '../validation/value-at.js';
import { draftPayload } from './draft-payload.js';
import { getSteps } from './get-steps.js';
import { stepOfIssue } from './step-of-issue.js';
import type { StepStatus } from './step-spec.js';
import type { FormId } from '../program/visible-steps.js';

/**
 * Options of {@link stepStatuses}.
 * @example stepStatuses(program, draft.value, { form: 'application', locale: 'es' })
 */
export interface StepStatusOptions {
  form: FormId;
  /** @default the draft's `category` */
  category?: string | undefined;
  /** The language of the issues' messages. @default the program's `defaultLocale` */
  locale?: string | undefined;
  /** @default today */
  asOf?: string | undefined;
}

/**
 * Where each step of a form stands for a draft (anything may be missing), in the order of
 * {@link getSteps}, with the issues of each step pointing at their fields. A step is `invalid` when
 * something entered is wrong, else `incomplete` when something required is missing (including too
 * few entries of a list), else `complete`.
 * @example
 * stepStatuses(programs.alliance, draft.value, { form: 'application', locale: 'es' })
 * // [{ id: 'applicant', status: 'complete', issues: [] }, { id: 'education', status: 'incomplete', issues: [...] }, ...]
 */
export function stepStatuses(program: Program, draft: unknown, options: StepStatusOptions): StepStatus[] {
  const source = isRecord(draft) ? draft : {};
  const category = options.category ?? (typeof source['category'] === 'string' ? source['category'] : undefined);
  const endorsement = typeof source['endorsement'] === 'string' ? source['endorsement'] : undefined;
  const asOf = options.asOf ?? today();
  const locale = usableLocale(options.locale, program.defaultLocale);
  const steps = getSteps(program, { form: options.form, category, endorsement, asOf });
  const payload = draftPayload(program, draft, options.form);
  if (options.form === 'application' && category !== undefined) payload['category'] = category;
  const validate = options.form === 'registration' ? validateRegistration : validateApplication;
  const result = validate(program, payload, { locale, asOf });
  const issues: Issue[] = result.ok ? [] : [...result.issues];
  for (const step of steps) {
    const min = step.repeat?.min;
    const list = step.repeat ? payload[step.repeat.path] : undefined;
    if (step.repeat && min !== undefined && Array.isArray(list) && list.length < min) {
      issues.push(makeIssue({ program, locale }, [step.repeat.path], 'too_few', { minimum: min }));
    }
  }
  return steps.map((step) => {
    const own = issues.filter((issue) => stepOfIssue(issue, steps) === step.id);
    const status =
      own.length === 0 ? 'complete' : own.every((issue) => MISSING_CODES.includes(issue.code as never)) ? 'incomplete' : 'invalid';
    return { id: step.id, status, issues: own };
  });
}
