import type * as z from '../schema/zod.js';
import { today } from '../program/dated.js';
import type { Program } from '../program/program.js';
import type { FormId } from '../program/visible-steps.js';
import { parseAnswers } from './answers-shape.js';
import { checkAnswers } from './check-answers.js';
import { checkDates } from './check-dates.js';
import { checkDocuments } from './check-documents.js';
import { checkProgramFields } from './check-program-fields.js';
import { checkReferences } from './check-references.js';
import { fromZodIssues } from './from-zod-issues.js';
import type { Issue } from '../errors/issue.js';
import { makeIssue, usableLocale, type IssueContext } from './make-issue.js';
import type { ValidateOptions, ValidationResult } from './validation-result.js';
import { isRecord } from './value-at.js';

const pathKey = (issue: Issue) => `${issue.code}\u0000${JSON.stringify(issue.path)}`;

/**
 * The shared core of both validators: the payload schema, then the rules that need the program.
 * Every issue found is reported, in the order of the payload's keys.
 */
export function validatePayload<T>(
  program: Program,
  value: unknown,
  form: FormId,
  schema: z.ZodMiniType,
  options: ValidateOptions | undefined,
): ValidationResult<T> {
  const context: IssueContext = { program, locale: usableLocale(options?.locale, program.defaultLocale) };
  try {
    const asOf = options?.asOf ?? today();
    const parsed = schema.safeParse(value);
    // The schema takes `answers` as it comes (validate-registration.ts); this checks it.
    const answers = isRecord(value) ? parseAnswers(value['answers']) : { issues: [], value: undefined };
    const schemaIssues = fromZodIssues(context, value, [...(parsed.success ? [] : parsed.error.issues), ...answers.issues]);
    const ruleIssues = isRecord(value)
      ? [
          ...checkProgramFields(context, value),
          ...checkDates(context, value, asOf),
          // A registration has no references: a `references` key there is an unknown key, nothing more.
          ...(form === 'application' ? checkReferences(context, value) : []),
          ...(form === 'application' ? checkDocuments(context, value, asOf) : []),
          ...checkAnswers(context, value, form, asOf),
        ]
      : [];
    // The rules word some problems better than the schema (an answer's question label): keep theirs.
    const worded = new Set(ruleIssues.map(pathKey));
    const issues = [...schemaIssues.filter((issue) => !worded.has(pathKey(issue))), ...ruleIssues];
    if (parsed.success && issues.length === 0) {
      const data = parsed.data as Record<string, unknown>;
      if (data['answers'] !== undefined) data['answers'] = answers.value;
      return { ok: true, value: data as T };
    }
    return { ok: false, issues: sortByKey(issues, Object.keys(getShape(schema))) };
  } catch {
    // Never throw on input: a bug of ours becomes one issue, which the property tests look for.
    return { ok: false, issues: [unexpected(context)] };
  }
}

function unexpected(context: IssueContext): Issue {
  try {
    return makeIssue(context, [], 'unexpected');
  } catch {
    return { path: [], code: 'unexpected', message: 'The form could not be checked; try again' };
  }
}

function getShape(schema: z.ZodMiniType): Record<string, unknown> {
  const def = (schema as unknown as { def?: { shape?: Record<string, unknown> } }).def;
  return def?.shape ?? {};
}

function sortByKey(issues: Issue[], keys: readonly string[]): Issue[] {
  const rank = (issue: Issue) => {
    const index = keys.indexOf(String(issue.path[0]));
    return index === -1 ? keys.length : index;
  };
  return issues
    .map((issue, i) => [issue, i] as const)
    .sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j)
    .map(([issue]) => issue);
}
