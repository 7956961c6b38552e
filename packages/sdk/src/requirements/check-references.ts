import type { CheckContext } from './check-context.js';
import type { Requirement, RequirementId } from './requirement.js';

/**
 * `references`, `references-endorsed` and one `reference-${role}` per required role. With the
 * receiver's `ratings` (`rateReferences`), only submitted, counted ratings count, in its words, and
 * its slot checks follow.
 */
export function checkReferences(ctx: CheckContext): Requirement[] {
  const { count, endorsed, roles } = ctx.rules.references;
  const { say, ratings } = ctx;
  const references = ratings
    ? ratings.summaries.filter((r) => r.state === 'submitted' && r.counted).map((r) => ({ role: r.role, endorsed: r.endorsed }))
    : ctx.facts.references;
  const out: Requirement[] = [];
  const check = (
    id: RequirementId,
    key: 'references' | 'references-endorsed' | 'reference-role',
    have: number,
    need: number,
    extra = {},
  ) => {
    const met = have >= need;
    const params = met ? { ...extra, have } : { ...extra, missing: need - have };
    const detail = ratings
      ? ratings.detail(ctx.program, say.locale, key, met, params)
      : say(`requirement.${key}.${met ? 'met' : 'missing'}`, params, met ? have : need - have);
    out.push({ id, met, have, need, unit: 'references', detail });
  };
  if (count > 0) check('references', 'references', references.length, count);
  if (endorsed > 0) check('references-endorsed', 'references-endorsed', references.filter((r) => r.endorsed).length, endorsed);
  for (const role of new Set(roles))
    check(`reference-${role}`, 'reference-role', references.filter((r) => r.role === role).length, 1, {
      role: say(`requirement.role.${role}`),
    });
  if (ratings) out.push(...ratings.slots(ctx.program, ctx.code, ctx.rules.asOf, say.locale));
  return out;
}
