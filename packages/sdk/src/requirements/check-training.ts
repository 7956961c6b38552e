import type { CheckContext } from './check-context.js';
import { round2 } from './messages.js';
import type { Requirement } from './requirement.js';

/** `training-hours`, `training-rsc-provision`, `training-dei`: clock hours in total and by topic. */
export function checkTraining(ctx: CheckContext): Requirement[] {
  const { say } = ctx;
  // A training whose date is not entered yet still counts, so a draft shows progress as hours are
  // typed; one dated after `asOf` has not happened yet.
  const counted = ctx.facts.training.filter((t) => t.date === null || t.date <= ctx.asOf);
  const sum = (topic?: string) => round2(counted.reduce((total, t) => (topic === undefined || t.topics.includes(topic) ? total + t.hours : total), 0));
  const checks = [
    ['training-hours', ctx.rules.training.hours, sum()],
    ['training-rsc-provision', ctx.rules.training.rscProvision, sum('rsc-provision')],
    ['training-dei', ctx.rules.training.dei, sum('dei')],
  ] as const;
  return checks
    .filter(([, need]) => need > 0)
    .map(([id, need, have]): Requirement => {
      const base = { id, have, need, unit: 'hours' } as const;
      if (have >= need) return { ...base, met: true, detail: say(`requirement.${id}.met`, { have }, have) };
      const missing = round2(need - have);
      return { ...base, met: false, detail: say(`requirement.${id}.missing`, { missing }, missing) };
    });
}
