import { AGE_BAND_OF } from '../codes/codes.js';
import { countsFrom, levelPhrase, yourLevelPhrase, type CheckContext } from './check-context.js';
import { ceil2, shownHave, total } from './amounts.js';
import { displayYears } from './messages.js';
import { closedAt } from './read-draft.js';
import { countYears, overlaps, unionYears } from './ranges.js';
import type { Requirement } from './requirement.js';

/** `work-years` and `families-served`: work with the age band (paid, after the degree, as the rules say). */
export function checkWork(ctx: CheckContext): Requirement[] {
  const { years: needYears, paid, afterDegree, familiesServed: needFamilies } = ctx.rules.work;
  if (needYears <= 0 && needFamilies <= 0) return [];
  const { say, asOf } = ctx;
  const from = countsFrom(ctx, afterDegree);
  const bands: unknown[] = [AGE_BAND_OF[ctx.endorsement], 'both'];
  const counted =
    from === null
      ? []
      : ctx.facts.work.filter((w) => (!paid || w.paid) && bands.includes(w.ageBand) && overlaps(closedAt(w, asOf), asOf, from));
  const years = countYears(
    from === null
      ? 0
      : unionYears(
          counted.map((w) => closedAt(w, asOf)),
          asOf,
          from,
        ),
    needYears,
  );
  const have = years.have;
  const families = total(counted.map((w) => w.familiesServed));

  const after = ctx.degree && from !== Number.NEGATIVE_INFINITY ? '-after' : '';
  const params = {
    work: say(paid ? 'requirement.work.paid' : 'requirement.work.any'),
    band: say(`requirement.band.${AGE_BAND_OF[ctx.endorsement]}`),
    degree: ctx.degree ? yourLevelPhrase(ctx, ctx.degree.level) : '',
  };
  const out: Requirement[] = [];
  if (needYears > 0) {
    const base = { id: 'work-years', have, need: needYears, unit: 'years' } as const;
    if (from === null && ctx.rules.education.level !== null) {
      out.push({
        ...base,
        met: false,
        detail: say('requirement.work-years.no-degree', { degree: levelPhrase(ctx, ctx.rules.education.level) }),
      });
    } else if (years.met) {
      const shown = displayYears(have);
      out.push({ ...base, met: true, detail: say(`requirement.work-years.met${after}`, { ...params, have: shown }, shown) });
    } else {
      const missing = displayYears(years.short, true);
      out.push({ ...base, met: false, detail: say(`requirement.work-years.missing${after}`, { ...params, missing }, missing) });
    }
  }
  if (needFamilies > 0) {
    const met = families >= needFamilies;
    const have = shownHave(families, met);
    const missing = ceil2(needFamilies - families);
    const base = { id: 'families-served', have, need: needFamilies, unit: 'families' } as const;
    out.push(
      met
        ? { ...base, met: true, detail: say('requirement.families-served.met', { have }, have) }
        : { ...base, met: false, detail: say('requirement.families-served.missing', { ...params, missing }, missing) },
    );
  }
  return out;
}
