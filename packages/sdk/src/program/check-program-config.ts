import type * as z from '../schema/zod.js';
import type { Code } from '../codes/codes.js';
import { ConfigError } from '../errors/config-error.js';
import { programConfigSchema } from './config-schema.js';
import type { Question } from './question.js';
import { APPLICATION_STEP_IDS, REGISTRATION_STEP_IDS } from './visible-steps.js';
import { configIssuePath, describeConfigIssue } from './describe-config-issue.js';
import { checkFeeSchedule } from './fee-config-schema.js';
import type { FeeDefinition } from './fee-settings.js';

/** A configuration that passed every check: what `buildProgram` takes. */
export type CheckedProgramConfig = z.output<typeof programConfigSchema>;

/** Steps a program's own question may be placed on, by form: every step of it. */
export const QUESTION_STEPS = { registration: REGISTRATION_STEP_IDS, application: APPLICATION_STEP_IDS } as const;

/**
 * Checks an association's configuration: its shape (unknown keys are errors) and what the shape
 * cannot say (codes offered once, overrides only for offered codes, questions on real steps).
 * @throws {ConfigError} naming the path of the first problem and what was expected.
 */
export function checkProgramConfig(config: unknown): CheckedProgramConfig {
  const proto = ownProtoKeyPath(config);
  if (proto) throw new ConfigError(`Invalid program config: \`${proto.join('.')}\`: unknown key`, { path: proto });
  const parsed = programConfigSchema.safeParse(config);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Invalid program config: ${describeConfigIssue(issue)}`, { path: configIssuePath(issue), cause: parsed.error });
  }
  const c = parsed.data;
  const fail = (path: (string | number)[], message: string): never => {
    throw new ConfigError(`Invalid program config at \`${path.join('.')}\`: ${message}`, { path });
  };

  const offered: Code[] = [...(c.offers['IMH-E'] ?? []), ...(c.offers['ECMH-E'] ?? [])];
  if (offered.length === 0) fail(['offers'], 'expected at least one category code for IMH-E or ECMH-E');
  for (const endorsement of ['IMH-E', 'ECMH-E'] as const) {
    const codes: readonly Code[] = c.offers[endorsement] ?? [];
    codes.forEach((code, i) => {
      if (codes.indexOf(code) !== i) fail(['offers', endorsement, i], `code ${code} is listed twice`);
    });
  }

  for (const code of Object.keys(c.categories ?? {})) {
    if (!offered.includes(code as Code)) fail(['categories', code], `${code} is configured but not offered; add it to \`offers\``);
  }

  const questions = (c.questions ?? []) as Question[];
  const ids = new Set<string>();
  questions.forEach((q, i) => {
    if (ids.has(q.id)) fail(['questions', i, 'id'], `question id "${q.id}" is used twice`);
    ids.add(q.id);
    const form = q.form ?? 'application';
    const steps: readonly string[] = QUESTION_STEPS[form];
    if (q.step !== undefined && !steps.includes(q.step))
      fail(['questions', i, 'step'], `expected one of ${steps.join(', ')} for the ${form} form`);
    const needsOptions = q.type === 'choice' || q.type === 'multiple-choice';
    if (needsOptions && !q.options) fail(['questions', i, 'options'], `a ${q.type} question needs options`);
    if (!needsOptions && q.options) fail(['questions', i, 'options'], `only choice and multiple-choice questions take options`);
    q.categories?.forEach((code, j) => {
      if (!offered.includes(code)) fail(['questions', i, 'categories', j], `${code} is not offered`);
    });
  });
  questions.forEach((q, i) => {
    if (q.showIf && (!ids.has(q.showIf.question) || q.showIf.question === q.id)) {
      fail(['questions', i, 'showIf', 'question'], `expected the id of another question, got "${q.showIf.question}"`);
    }
  });

  checkFeeSchedule(c.feeSchedule as readonly FeeDefinition[] | undefined, offered, fail);

  const locales = c.locales ?? ['en', 'es'];
  const defaultLocale = c.defaultLocale ?? locales[0] ?? 'en';
  if (!locales.includes(defaultLocale)) fail(['defaultLocale'], `expected one of the program's locales (${locales.join(', ')})`);
  return c;
}

/**
 * The path of the first own key `__proto__` (JSON.parse makes one from `"__proto__": ...`), if any.
 * zod drops such a key from records and free-form objects (`categories`, `text`, `{ en, es }`
 * text) without a word, so it would be ignored; unknown keys are errors.
 */
function ownProtoKeyPath(value: unknown, path: (string | number)[] = [], seen = new Set<object>()): (string | number)[] | null {
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = ownProtoKeyPath(value[i], [...path, i], seen);
      if (found) return found;
    }
    return null;
  }
  if (Object.prototype.hasOwnProperty.call(value, '__proto__')) return [...path, '__proto__'];
  for (const [key, child] of Object.entries(value)) {
    const found = ownProtoKeyPath(child, [...path, key], seen);
    if (found) return found;
  }
  return null;
}
