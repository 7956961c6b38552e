import type { CheckContext } from './check-context.js';
import type { Requirement } from './requirement.js';

/** `references`, `references-endorsed` and one `reference-${role}` per required role. */
export function checkReferences(ctx: CheckContext): Requirement[] {
  const { count, endorsed, roles } = ctx.rules.references;
  const { say } = ctx;
  const references = ctx.facts.references;
  const out: Requirement[] = [];
  if (count > 0) {
    const have = references.length;
    const base = { id: 'references', have, need: count, unit: 'references' } as const;
    out.push(
      have >= count
        ? { ...base, met: true, detail: say('requirement.references.met', { have }, have) }
        : { ...base, met: false, detail: say('requirement.references.missing', { missing: count - have }, count - have) },
    );
  }
  if (endorsed > 0) {
    const have = references.filter((r) => r.endorsed).length;
    const base = { id: 'references-endorsed', have, need: endorsed, unit: 'references' } as const;
    out.push(
      have >= endorsed
        ? { ...base, met: true, detail: say('requirement.references-endorsed.met', { have }, have) }
        : { ...base, met: false, detail: say('requirement.references-endorsed.missing', { missing: endorsed - have }, endorsed - have) },
    );
  }
  for (const role of new Set(roles)) {
    const have = references.filter((r) => r.role === role).length;
    const params = { role: say(`requirement.role.${role}`) };
    const base = { id: `reference-${role}`, have, need: 1, unit: 'references' } as const;
    out.push(
      have >= 1
        ? { ...base, met: true, detail: say('requirement.reference-role.met', params) }
        : { ...base, met: false, detail: say('requirement.reference-role.missing', params) },
    );
  }
  return out;
}
