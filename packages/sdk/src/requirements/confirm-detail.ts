import { AGE_BAND_OF, type Code } from '../codes/codes.js';
import { resolveRules } from '../program/category-rules.js';
import type { Program } from '../program/program.js';
import { sayer } from './messages.js';
import type { Settings } from './read-options.js';
import type { Requirement } from './requirement.js';

/**
 * What a profile left unknown, worded as what to confirm: the threshold itself ("3 training hours
 * on diversity, equity and inclusion"), never "3 more", since nobody said there were none. The
 * sentences are the requirement's own `met` ones with the threshold as the amount, so no locale
 * needs new words but the education one.
 */
export function confirmDetail(program: Program, code: Code, requirement: Requirement, settings: Settings): string {
  const definition = program.categories[code];
  if (!definition) return requirement.detail;
  const rules = resolveRules(definition.rules, settings.asOf);
  const say = sayer(program, settings.locale);
  const need = requirement.need ?? 0;
  const band = say(`requirement.band.${AGE_BAND_OF[definition.endorsement]}`);
  switch (requirement.id) {
    case 'education':
      return rules.education.level
        ? say('requirement.education.confirm', { need: say(`requirement.level.${rules.education.level}`) })
        : requirement.detail;
    case 'work-years':
      return say(
        'requirement.work-years.met',
        { have: need, band, work: say(rules.work.paid ? 'requirement.work.paid' : 'requirement.work.any') },
        need,
      );
    case 'rsc-hours':
      return say('requirement.rsc-hours.met', { have: need, window: rules.rsc.windowMonths }, need);
    case 'leadership-years': {
      const { levels } = rules.leadership;
      if (levels.length === 0) return say('requirement.leadership-years.met', { have: need }, need);
      const named = say.list(
        levels.map((l) => say(`requirement.leadership-level.${l}`)),
        'disjunction',
      );
      return say('requirement.leadership-years.met-at-levels', { have: need, levels: named }, need);
    }
    case 'families-served':
    case 'training-hours':
    case 'training-dei':
    case 'training-rsc-provision':
    case 'rsc-about-provided':
    case 'rsc-provided-years':
      return say(`requirement.${requirement.id}.met`, { have: need }, need);
    default:
      return requirement.detail;
  }
}
