import { AGE_BAND_OF } from '../codes/codes.js';
import { levelPhrase, type CheckContext } from './check-context.js';
import { displayYears } from './messages.js';
import { closedAt } from './read-draft.js';
import { countYears, unionYears } from './ranges.js';
import type { Requirement } from './requirement.js';

/** `education`: a degree or credential at the level; for IFA, or years of paid work with the age band. */
export function checkEducation(ctx: CheckContext): Requirement[] {
  const { level, orPaidWorkYears } = ctx.rules.education;
  // The work alternative stands in for a degree: with no degree required, there is nothing to list.
  if (level === null) return [];
  const { say } = ctx;
  const need = levelPhrase(ctx, level);
  if (ctx.degree) {
    return [{ id: 'education', met: true, detail: say('requirement.education.met', { degree: levelPhrase(ctx, ctx.degree.level), need }) }];
  }
  if (orPaidWorkYears <= 0) return [{ id: 'education', met: false, detail: say('requirement.education.missing', { need }) }];

  const bands: unknown[] = [AGE_BAND_OF[ctx.endorsement], 'both'];
  const ranges = ctx.facts.work.filter((w) => w.paid && bands.includes(w.ageBand)).map((w) => closedAt(w, ctx.asOf));
  const { have, met, short } = countYears(unionYears(ranges, ctx.asOf), orPaidWorkYears);
  const band = say(`requirement.band.${AGE_BAND_OF[ctx.endorsement]}`);
  const counted = { id: 'education', have, need: orPaidWorkYears, unit: 'years' } as const;
  if (met) {
    const years = displayYears(have);
    return [{ ...counted, met: true, detail: say('requirement.education.met-by-work', { years, band, need }, years) }];
  }
  const missing = displayYears(short, true);
  return [{ ...counted, met: false, detail: say('requirement.education.missing-or-work', { need, missing, band }, missing) }];
}
