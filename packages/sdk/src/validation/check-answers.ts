import { localize } from '../i18n/localized-text.js';
import type { Question } from '../program/question.js';
import { isoDateSchema } from '../schema/payload-schemas.js';
import { isQuestionShown, questionsFor, type FormId } from '../program/visible-steps.js';
import type { Issue } from '../errors/issue.js';
import type { IssueCode } from './issue-codes.js';
import { makeIssue, type IssueContext } from './make-issue.js';
import { isRecord } from './value-at.js';

const isBlank = (value: unknown) =>
  value === undefined || (typeof value === 'string' && !/\S/.test(value)) || (Array.isArray(value) && value.length === 0);

/**
 * The program's own questions: every answer id is a question of the program; each question asked
 * on this form for this category is answered when required and shown, with the right type, an
 * offered option, or a number within bounds.
 */
export function checkAnswers(context: IssueContext, input: Readonly<Record<string, unknown>>, form: FormId, asOf: string): Issue[] {
  const { program, locale } = context;
  // A malformed `answers` is reported by the schema; its questions are then checked as unanswered.
  const answers = isRecord(input['answers']) ? input['answers'] : {};
  const issues: Issue[] = [];
  const known = new Set(program.questions.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) issues.push(makeIssue(context, ['answers', id], 'unknown_question', { id }, 'answer'));
  }
  for (const question of questionsFor(program, { form, category: input['category'] as string | undefined, asOf })) {
    if (!isQuestionShown(question, answers)) continue;
    const value = Object.prototype.hasOwnProperty.call(answers, question.id) ? answers[question.id] : undefined;
    const problem = isBlank(value) ? (question.required ? 'required' : undefined) : answerProblem(question, value);
    if (!problem) continue;
    const params = { label: localize(question.label, locale), minimum: question.min ?? 0, maximum: question.max ?? 0 };
    issues.push(makeIssue(context, ['answers', question.id], problem, params, `answer.${question.type}`));
  }
  return issues;
}

function answerProblem(question: Question, value: unknown): IssueCode | undefined {
  const offered = (v: unknown) => typeof v === 'string' && (question.options ?? []).some((o) => o.value === v);
  switch (question.type) {
    case 'text':
    case 'long-text':
      return typeof value === 'string' ? undefined : 'invalid_type';
    case 'choice':
      return typeof value !== 'string' ? 'invalid_type' : offered(value) ? undefined : 'invalid_option';
    case 'multiple-choice':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return 'invalid_type';
      return value.every(offered) ? undefined : 'invalid_option';
    case 'yes-no':
      return typeof value === 'boolean' ? undefined : 'invalid_type';
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'invalid_type';
      if (question.min !== undefined && value < question.min) return 'too_small';
      if (question.max !== undefined && value > question.max) return 'too_big';
      return undefined;
    case 'date':
      return typeof value === 'string' && isoDateSchema.safeParse(value).success ? undefined : 'invalid_date';
  }
}
