import { endorsementOf, twinOf } from '../codes/codes.js';
import { CATEGORY_LABELS } from '../program/category-labels.js';
import { localize } from '../i18n/localized-text.js';
import { countsFrom, levelPhrase, yourLevelPhrase, type CheckContext } from './check-context.js';
import { ceil2, shownHave } from './amounts.js';
import { displayYears } from './messages.js';
import { closedAt } from './read-draft.js';
import { countYears, unionYears } from './ranges.js';
import type { Requirement } from './requirement.js';
import { bestRscWindow } from './rsc-window.js';

/** `rsc-hours` and `rsc-about-provided`: RSC received from qualifying providers inside one window. */
export function checkRscReceived(ctx: CheckContext): Requirement[] {
  const { hours: needHours, windowMonths, afterDegree, providers, aboutRscProvided: needAbout } = ctx.rules.rsc;
  if (needHours <= 0 && needAbout <= 0) return [];
  const { say } = ctx;
  const from = countsFrom(ctx, afterDegree);
  const qualifying =
    from === null
      ? []
      : ctx.facts.rscReceived.filter(
          (e) =>
            e.providerEndorsement !== null &&
            (providers.includes(e.providerEndorsement) || providers.includes(twinOf(e.providerEndorsement))) &&
            e.start >= from &&
            e.end <= ctx.asOf,
        );
  const window = bestRscWindow(qualifying, windowMonths, needHours, needAbout);
  // The window's exact sums are compared; only what is shown is rounded.
  const hours = window?.hours ?? 0;
  const about = window?.about ?? 0;
  // Providers named in the category's own endorsement (an ECFS applicant looks for an ECMHS), by
  // the labels the provider list of the RSC step shows, not by code.
  const codes = [...new Set(providers.map((c) => (endorsementOf(c) === ctx.endorsement ? c : twinOf(c))))];
  const names = codes.map((c) => localize(ctx.program.categories[c]?.label ?? CATEGORY_LABELS[c], say.locale));
  const params = {
    window: windowMonths,
    providers: say.list(names, 'disjunction'),
    degree: ctx.degree ? yourLevelPhrase(ctx, ctx.degree.level) : '',
  };
  const out: Requirement[] = [];
  if (needHours > 0) {
    const met = hours >= needHours;
    const have = shownHave(hours, met);
    const base = { id: 'rsc-hours', have, need: needHours, unit: 'hours' } as const;
    const level = ctx.rules.education.level;
    if (from === null && level !== null) {
      out.push({ ...base, met: false, detail: say('requirement.rsc-hours.no-degree', { degree: levelPhrase(ctx, level) }) });
    } else if (met) {
      out.push({ ...base, met: true, detail: say('requirement.rsc-hours.met', { ...params, have }, have) });
    } else {
      const missing = ceil2(needHours - hours);
      const key = from !== Number.NEGATIVE_INFINITY ? 'requirement.rsc-hours.missing-after' : 'requirement.rsc-hours.missing';
      out.push({ ...base, met: false, detail: say(key, { ...params, missing }, missing) });
    }
  }
  if (needAbout > 0) {
    const met = about >= needAbout;
    const have = shownHave(about, met);
    const base = { id: 'rsc-about-provided', have, need: needAbout, unit: 'hours' } as const;
    const missing = ceil2(needAbout - about);
    out.push(
      met
        ? { ...base, met: true, detail: say('requirement.rsc-about-provided.met', { ...params, have }, have) }
        : { ...base, met: false, detail: say('requirement.rsc-about-provided.missing', { ...params, missing }, missing) },
    );
  }
  return out;
}

/** `rsc-provided-years`: years of providing RSC (union of the entries' ranges). */
export function checkRscProvided(ctx: CheckContext): Requirement[] {
  const need = ctx.rules.rscProvidedYears;
  if (need <= 0) return [];
  const { have, met, short } = countYears(
    unionYears(
      ctx.facts.rscProvided.map((e) => closedAt(e, ctx.asOf)),
      ctx.asOf,
    ),
    need,
  );
  const base = { id: 'rsc-provided-years', have, need, unit: 'years' } as const;
  if (met) {
    const shown = displayYears(have);
    return [{ ...base, met: true, detail: ctx.say('requirement.rsc-provided-years.met', { have: shown }, shown) }];
  }
  const missing = displayYears(short, true);
  return [{ ...base, met: false, detail: ctx.say('requirement.rsc-provided-years.missing', { missing }, missing) }];
}
