import { IMH_CODES, CODES, baseCodeOf, endorsementOf, type Code, type Endorsement } from '../codes/codes.js';
import { ALLIANCE_RULES } from './alliance-rules.js';
import { CATEGORY_LABELS, ENDORSEMENT_LABELS } from './category-labels.js';
import type { UploadsConfig } from './uploads-config.js';
import type { CategoryRules } from './category-rules.js';
import type { CheckedProgramConfig } from './check-program-config.js';
import type { CategoryDefinition, Program } from './program.js';
import type { Question } from './question.js';
import type { FeeDefinition } from './fee-settings.js';
import type { ReferencesConfig } from './reference-settings.js';
import type { RenewalConfig } from './renewal-config.js';
import type { ReviewConfig } from './review-settings.js';

type RulesOverride = NonNullable<NonNullable<NonNullable<CheckedProgramConfig['categories']>[Code]>['rules']>;

function mergeRules(base: CategoryRules, override: RulesOverride | undefined): CategoryRules {
  if (!override) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    const current = (base as unknown as Record<string, unknown>)[key];
    merged[key] =
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      current !== null &&
      typeof current === 'object' &&
      !Array.isArray(current)
        ? { ...current, ...Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) }
        : value;
  }
  return merged as unknown as CategoryRules;
}

/**
 * A program from a checked configuration, on the Alliance's rules and the SDK's text. The ready
 * programs use it directly (their configurations are checked by a test), so an app that only
 * reads `programs` does not carry the configuration's schema.
 */
export function buildProgram(c: CheckedProgramConfig): Program {
  const offered: Code[] = [...(c.offers['IMH-E'] ?? []), ...(c.offers['ECMH-E'] ?? [])];
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
  const questions = (c.questions ?? []) as Question[];
  const locales = c.locales ?? ['en', 'es'];
  const defaultLocale = c.defaultLocale ?? locales[0] ?? 'en';

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
    // As configured: referenceSettings (references/) applies the defaults, off the first load.
    references: (c.references ?? {}) as ReferencesConfig,
    contact: { title: { en: 'Endorsement Coordinator', es: 'Coordinador/a de Respaldo' }, ...(c.contact ?? {}) } as Program['contact'],
  };
  if (c.fees !== undefined) program.fees = c.fees;
  if (c.feeSchedule !== undefined) program.feeSchedule = c.feeSchedule as readonly FeeDefinition[];
  if (c.reviewCadence !== undefined) program.reviewCadence = c.reviewCadence;
  if (c.infoUrl !== undefined) program.infoUrl = c.infoUrl;
  if (c.renewal !== undefined) program.renewal = c.renewal as RenewalConfig;
  if (c.review !== undefined) program.review = c.review as ReviewConfig;
  if (c.documents !== undefined) {
    const { codeOfEthics, endorsementAgreement } = c.documents;
    program.documents = { ...(codeOfEthics ? { codeOfEthics } : {}), ...(endorsementAgreement ? { endorsementAgreement } : {}) };
  }
  if (c.uploads !== undefined) program.uploads = c.uploads as UploadsConfig;
  return Object.freeze(program);
}

// Offered codes keep the Alliance's order (associate first), whatever order the config lists them in.
function sortByOrder<C extends Code>(codes: readonly C[]): C[] {
  const rank = (code: Code) => IMH_CODES.indexOf(baseCodeOf(code));
  return [...codes].sort((a, b) => rank(a) - rank(b));
}
