import { localize } from '../i18n/localized-text.js';
import { fillSlots } from '../references/fill-slots.js';
import type { CheckContext } from './check-context.js';
import type { Requirement } from './requirement.js';

/**
 * `references`, `references-endorsed` and one `reference-${role}` per required role. With the
 * receiver's `ratings`, only submitted, counted ratings count, and each rater slot is one more
 * requirement, `reference-slot-${id}`.
 */
export function checkReferences(ctx: CheckContext): Requirement[] {
  const { count, endorsed, roles } = ctx.rules.references;
  const { say } = ctx;
  const rated = ctx.ratings !== undefined;
  const references = rated
    ? ctx.ratings!.filter((r) => r.state === 'submitted' && r.counted).map((r) => ({ role: r.role, endorsed: r.endorsed }))
    : ctx.facts.references;
  const key = (base: string) => (rated ? base.replace(/\.(met|missing)$/, '.rated.$1') : base);
  const out: Requirement[] = [];
  if (count > 0) {
    const have = references.length;
    const base = { id: 'references', have, need: count, unit: 'references' } as const;
    out.push(
      have >= count
        ? { ...base, met: true, detail: say(key('requirement.references.met'), { have }, have) }
        : { ...base, met: false, detail: say(key('requirement.references.missing'), { missing: count - have }, count - have) },
    );
  }
  if (endorsed > 0) {
    const have = references.filter((r) => r.endorsed).length;
    const base = { id: 'references-endorsed', have, need: endorsed, unit: 'references' } as const;
    out.push(
      have >= endorsed
        ? { ...base, met: true, detail: say(key('requirement.references-endorsed.met'), { have }, have) }
        : {
            ...base,
            met: false,
            detail: say(key('requirement.references-endorsed.missing'), { missing: endorsed - have }, endorsed - have),
          },
    );
  }
  for (const role of new Set(roles)) {
    const have = references.filter((r) => r.role === role).length;
    const params = { role: say(`requirement.role.${role}`) };
    const base = { id: `reference-${role}`, have, need: 1, unit: 'references' } as const;
    out.push(
      have >= 1
        ? { ...base, met: true, detail: say(key('requirement.reference-role.met'), params) }
        : { ...base, met: false, detail: say(key('requirement.reference-role.missing'), params) },
    );
  }
  if (rated) {
    for (const fill of fillSlots(ctx.program, ctx.code, ctx.ratings!, ctx.rules.asOf)) {
      const slot = localize(fill.slot.label, say.locale);
      const base = { id: `reference-slot-${fill.slot.id}`, have: fill.have, need: fill.need, unit: 'references' } as const;
      out.push(
        fill.met
          ? { ...base, met: true, detail: say('requirement.reference-slot.met', { slot }) }
          : {
              ...base,
              met: false,
              detail: say('requirement.reference-slot.missing', { slot, missing: fill.need - fill.have }, fill.need - fill.have),
            },
      );
    }
  }
  return out;
}
