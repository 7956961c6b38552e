import type { CheckContext } from './check-context.js';
import { ceil2, shownHave, total } from './amounts.js';
import type { Requirement } from './requirement.js';

/** `training-hours`, `training-rsc-provision`, `training-dei`: clock hours in total and by topic. */
export function checkTraining(ctx: CheckContext): Requirement[] {
  const { say } = ctx;
  // A training whose date is not entered yet still counts, so a draft shows progress as hours are
  // typed; one dated after `asOf` has not happened yet.
  const counted = ctx.facts.training.filter((t) => t.date === null || t.date <= ctx.asOf);
  const sum = (topic?: string) => total(counted.filter((t) => topic === undefined || t.topics.includes(topic)).map((t) => t.hours));
  const checks = [
    ['training-hours', ctx.rules.training.hours, sum()],
    ['training-rsc-provision', ctx.rules.training.rscProvision, sum('rsc-provision')],
    ['training-dei', ctx.rules.training.dei, sum('dei')],
  ] as const;
  return checks
    .filter(([, need]) => need > 0)
    .map(([id, need, hours]): Requirement => {
      // The exact sum is compared; only what is shown is rounded.
      const met = hours >= need;
      const have = shownHave(hours, met);
      const base = { id, have, need, unit: 'hours' } as const;
      if (met) return { ...base, met: true, detail: say(`requirement.${id}.met`, { have }, have) };
      const missing = ceil2(need - hours);
      return { ...base, met: false, detail: say(`requirement.${id}.missing`, { missing }, missing) };
    });
}
