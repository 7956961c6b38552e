import { CATEGORY_LABELS } from '../program/category-labels.js';
import { endorsementOf, type Code } from '../codes/codes.js';
import { localize } from '../i18n/localized-text.js';
import { resolveRules } from '../program/category-rules.js';
import type { Program } from '../program/program.js';
import type { CheckContext } from './check-context.js';
import { checkEducation } from './check-education.js';
import { checkLeadership } from './check-leadership.js';
import { checkPaperwork } from './check-paperwork.js';
import { checkReferences } from './check-references.js';
import { checkRscProvided, checkRscReceived } from './check-rsc.js';
import { checkTraining } from './check-training.js';
import { checkWork } from './check-work.js';
import { sayer } from './messages.js';
import { qualifyingDegree } from './qualifying-degree.js';
import type { DraftFacts } from './read-draft.js';
import type { Settings } from './read-options.js';
import type { RequirementsResult } from './requirement.js';

/** Evaluates a draft's facts against one category of a program (or says why it cannot). */
export function evaluateCategory(program: Program, code: Code | null, facts: DraftFacts, settings: Settings): RequirementsResult {
  const say = sayer(program, settings.locale);
  if (code === null) {
    return { category: null, met: false, requirements: [{ id: 'category', met: false, detail: say('requirement.category.missing') }] };
  }
  const definition = program.categories[code];
  const endorsement = definition?.endorsement ?? endorsementOf(code);
  if (!definition || !program.offers[endorsement]?.includes(code)) {
    const params = {
      category: code,
      categoryLabel: localize(CATEGORY_LABELS[code], settings.locale),
      program: localize(program.name, settings.locale),
    };
    return {
      category: code,
      met: false,
      requirements: [{ id: 'category', met: false, detail: say('requirement.category.not-offered', params) }],
    };
  }
  const rules = resolveRules(definition.rules, settings.asOf);
  const ctx: CheckContext = {
    program,
    code,
    endorsement,
    rules,
    facts,
    asOf: settings.asOfDay,
    say,
    ratings: settings.ratings,
    degree: qualifyingDegree(facts.degrees, rules.education.level, settings.asOfDay),
  };
  const requirements = [
    ...checkEducation(ctx),
    ...checkWork(ctx),
    ...checkTraining(ctx),
    ...checkRscReceived(ctx),
    ...checkRscProvided(ctx),
    ...checkLeadership(ctx),
    ...checkReferences(ctx),
    ...checkPaperwork(ctx),
  ];
  return { category: code, met: requirements.every((r) => r.met || r.later === true), requirements };
}
