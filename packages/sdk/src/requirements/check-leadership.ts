import type { CheckContext } from './check-context.js';
import { displayYears } from './messages.js';
import { closedAt } from './read-draft.js';
import { countYears, unionYears } from './ranges.js';
import type { Requirement } from './requirement.js';

/** `leadership-years`: years of leadership at the levels that count (any level when none listed). */
export function checkLeadership(ctx: CheckContext): Requirement[] {
  const { years: need, levels } = ctx.rules.leadership;
  if (need <= 0) return [];
  const { say } = ctx;
  const counted = ctx.facts.leadership.filter((e) => levels.length === 0 || (e.level !== null && levels.includes(e.level)));
  const { have, met, short } = countYears(
    unionYears(
      counted.map((e) => closedAt(e, ctx.asOf)),
      ctx.asOf,
    ),
    need,
  );
  const suffix = levels.length ? '-at-levels' : '';
  const params = {
    levels: say.list(
      levels.map((l) => say(`requirement.leadership-level.${l}`)),
      'disjunction',
    ),
  };
  const base = { id: 'leadership-years', have, need, unit: 'years' } as const;
  if (met) {
    const shown = displayYears(have);
    return [{ ...base, met: true, detail: say(`requirement.leadership-years.met${suffix}`, { ...params, have: shown }, shown) }];
  }
  const missing = displayYears(short, true);
  return [{ ...base, met: false, detail: say(`requirement.leadership-years.missing${suffix}`, { ...params, missing }, missing) }];
}
