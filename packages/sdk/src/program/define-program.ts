import type { z } from '../schema/zod.js';
import { IMH_CODES, CODES, baseCodeOf, endorsementOf, type Code, type Endorsement } from '../codes/codes.js';
import { ConfigError } from '../errors/config-error.js';
import { ALLIANCE_RULES } from './alliance-rules.js';
import { CATEGORY_LABELS, ENDORSEMENT_LABELS } from './category-labels.js';
import type { CategoryRules } from './category-rules.js';
import { programConfigSchema } from './config-schema.js';
import type { CategoryDefinition, Program } from './program.js';
import type { Question } from './question.js';
import { APPLICATION_STEP_IDS, REGISTRATION_STEP_IDS } from '../steps/visible-steps.js';
import { configIssuePath, describeConfigIssue } from './describe-config-issue.js';

/**
 * What an association configures. Everything but `id`, `name` and `offers` is optional and starts
 * from the Alliance's rules and the SDK's English and Spanish text. See docs/programs.md.
 * @example
 * defineProgram({
 *   id: 'aaimh-wa', name: 'AAIMH WA', offers: { 'IMH-E': ['IFA', 'IFS'] },
 *   categories: { IFA: { label: 'Infant Family Worker', rules: { training: { hours: 40 } } } },
 * })
 */
export type ProgramConfig = z.input<typeof programConfigSchema>;

/** Steps a program's own question may be placed on, by form: every step of it. */
export const QUESTION_STEPS = { registration: REGISTRATION_STEP_IDS, application: APPLICATION_STEP_IDS } as const;

type RulesOverride = NonNullable<NonNullable<NonNullable<ProgramConfig['categories']>[Code]>['rules']>;

function mergeRules(base: CategoryRules, override: RulesOverride | undefined): CategoryRules {
  if (!override) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    const current = (base as unknown as Record<string, unknown>)[key];
    merged[key] =
      value !== null && typeof value === 'object' && !Array.isArray(value) && current !== null && typeof current === 'object' && !Array.isArray(current)
        ? { ...current, ...Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) }
        : value;
  }
  return merged as unknown as CategoryRules;
}

/**
 * Checks an association's configuration and returns its program, built on the Alliance's rules.
 * @throws {ConfigError} naming the path of the first problem and what was expected.
 * @example
 * const program = defineProgram({ id: 'demo', name: 'Demo AIMH', offers: { 'IMH-E': ['IFA', 'IFS'] } });
 */
export function defineProgram(config: ProgramConfig): Program {
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

  const categories: Partial<Record<Code, CategoryDefinition>> = {};
  for (const code of CODES) {
    if (!offered.includes(code)) continue;
    const override = c.categories?.[code];
    const definition: CategoryDefinition = {
      code,
      endorsement: endorsementOf(code),
      label: override?.label ?? CATEGORY_LABELS[code],
      rules: mergeRules(ALLIANCE_RULES[baseCodeOf(code)], override?.rules as RulesOverride | undefined),
    };
    if (override?.description !== undefined) definition.description = override.description;
    categories[code] = definition;
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
    if (q.step !== undefined && !steps.includes(q.step)) fail(['questions', i, 'step'], `expected one of ${steps.join(', ')} for the ${form} form`);
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

  const locales = c.locales ?? ['en', 'es'];
  const defaultLocale = c.defaultLocale ?? locales[0] ?? 'en';
  if (!locales.includes(defaultLocale)) fail(['defaultLocale'], `expected one of the program's locales (${locales.join(', ')})`);

  const endorsements: Partial<Record<Endorsement, { label: CategoryDefinition['label']; ages: CategoryDefinition['label'] }>> = {};
  for (const e of ['IMH-E', 'ECMH-E'] as const) {
    if (!c.offers[e]?.length) continue;
    endorsements[e] = { ...ENDORSEMENT_LABELS[e], ...(c.endorsements?.[e] ?? {}) } as { label: string; ages: string };
  }

  const program: Program = {
    id: c.id,
    name: c.name,
    offers: {
      ...(c.offers['IMH-E']?.length ? { 'IMH-E': sortByOrder(c.offers['IMH-E']) } : {}),
      ...(c.offers['ECMH-E']?.length ? { 'ECMH-E': sortByOrder(c.offers['ECMH-E']) } : {}),
    },
    categories,
    endorsements,
    questions,
    text: (c.text ?? {}) as Program['text'],
    locales,
    defaultLocale,
    contact: { title: { en: 'Endorsement Coordinator', es: 'Coordinador/a de Respaldo' }, ...(c.contact ?? {}) } as Program['contact'],
  };
  if (c.fees !== undefined) program.fees = c.fees;
  if (c.reviewCadence !== undefined) program.reviewCadence = c.reviewCadence;
  if (c.infoUrl !== undefined) program.infoUrl = c.infoUrl;
  return Object.freeze(program);
}

// Offered codes keep the Alliance's order (associate first), whatever order the config lists them in.
function sortByOrder<C extends Code>(codes: readonly C[]): C[] {
  const rank = (code: Code) => IMH_CODES.indexOf(baseCodeOf(code));
  return [...codes].sort((a, b) => rank(a) - rank(b));
}
