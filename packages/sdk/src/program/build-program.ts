import { IMH_CODES, CODES, baseCodeOf, endorsementOf, type Code, type Endorsement } from '../codes/codes.js';
import { ALLIANCE_RULES } from './alliance-rules.js';
import { CATEGORY_LABELS, ENDORSEMENT_LABELS } from './category-labels.js';
import type { CategoryRules } from './category-rules.js';
import type { CheckedProgramConfig } from './check-program-config.js';
import type { CategoryDefinition, Program } from './program.js';
import type { Question } from './question.js';
import type { RatingFormDefinition, ReferenceSettings, ReferenceSlot } from './reference-settings.js';
import type { Dated } from './dated.js';

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
    references: buildReferences(c, Object.keys(categories) as Code[]),
    contact: { title: { en: 'Endorsement Coordinator', es: 'Coordinador/a de Respaldo' }, ...(c.contact ?? {}) } as Program['contact'],
  };
  if (c.fees !== undefined) program.fees = c.fees;
  if (c.reviewCadence !== undefined) program.reviewCadence = c.reviewCadence;
  if (c.infoUrl !== undefined) program.infoUrl = c.infoUrl;
  if (c.documents !== undefined) {
    const { codeOfEthics, endorsementAgreement } = c.documents;
    program.documents = { ...(codeOfEthics ? { codeOfEthics } : {}), ...(endorsementAgreement ? { endorsementAgreement } : {}) };
  }
  return Object.freeze(program);
}

function buildReferences(c: CheckedProgramConfig, offered: readonly Code[]): ReferenceSettings {
  const r = c.references ?? {};
  const slots: Partial<Record<Code, Dated<readonly ReferenceSlot[]>>> = {};
  for (const code of offered) {
    const own = r.slots?.[code] as Dated<readonly ReferenceSlot[]> | undefined;
    if (own) slots[code] = own;
  }
  const settings: ReferenceSettings = {
    slots,
    invalidAtNotEnoughInformation: r.invalidAtNotEnoughInformation ?? 6,
    minKnownMonths: r.minKnownMonths ?? 12,
    reminderDays: [...(r.reminderDays ?? [7, 14, 28])].sort((a, b) => a - b),
    linkDays: r.linkDays ?? 60,
    resendHours: r.resendHours ?? 48,
    maxRequests: r.maxRequests ?? 8,
    submitBeforeRatings: r.submitBeforeRatings ?? false,
    unwaivedRelease: r.unwaivedRelease ?? 'never',
    asksRscProvider: r.asksRscProvider ?? ['IFRS', 'ECFRS', 'IMHM-C', 'ECMHM-C'],
  };
  // A pasted form is the association's own unless it says otherwise.
  if (r.form !== undefined) settings.form = withPlaceholder(r.form as Dated<RatingFormDefinition>);
  if (r.validForMonths !== undefined) settings.validForMonths = r.validForMonths;
  return settings;
}

function withPlaceholder(form: Dated<RatingFormDefinition>): Dated<RatingFormDefinition> {
  const fill = (f: RatingFormDefinition): RatingFormDefinition => ({ ...f, placeholder: f.placeholder ?? false });
  return Array.isArray(form)
    ? (form as readonly { from: string; value: RatingFormDefinition }[]).map((entry) => ({ from: entry.from, value: fill(entry.value) }))
    : fill(form as RatingFormDefinition);
}

// Offered codes keep the Alliance's order (associate first), whatever order the config lists them in.
function sortByOrder<C extends Code>(codes: readonly C[]): C[] {
  const rank = (code: Code) => IMH_CODES.indexOf(baseCodeOf(code));
  return [...codes].sort((a, b) => rank(a) - rank(b));
}
