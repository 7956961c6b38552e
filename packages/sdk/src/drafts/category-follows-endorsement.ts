import { endorsementOf, isCode, isEndorsement, twinOf } from '../codes/codes.js';
import type { Program } from '../program/program.js';
import type { ApplicationDraft } from '../schema/payload-types.js';

/**
 * The draft after its endorsement changed: a category of the other endorsement becomes its twin
 * (IFS <-> ECFS) when the program offers that, and is cleared otherwise, so the draft never holds
 * a category the applicant can no longer see among the choices.
 * @example categoryFollowingEndorsement(programs.alliance, { endorsement: 'IMH-E', category: 'ECFS' }) // { endorsement: 'IMH-E', category: 'IFS' }
 */
export function categoryFollowingEndorsement(program: Program, value: ApplicationDraft): ApplicationDraft {
  const { endorsement, category } = value as { endorsement?: unknown; category?: unknown };
  if (!isEndorsement(endorsement) || !isCode(category) || endorsementOf(category) === endorsement) return value;
  const twin = twinOf(category);
  if (program.offers[endorsement]?.includes(twin)) return { ...value, category: twin } as ApplicationDraft;
  const { category: _cleared, ...rest } = value as ApplicationDraft & { category?: unknown };
  return rest as ApplicationDraft;
}

/**
 * The draft after its category changed: with no endorsement chosen yet, the category's own
 * endorsement is taken, so choosing ECFA first does not leave the endorsement to be asked again.
 * @example endorsementFollowingCategory({ category: 'ECFA' }) // { category: 'ECFA', endorsement: 'ECMH-E' }
 */
export function endorsementFollowingCategory(value: ApplicationDraft): ApplicationDraft {
  const { endorsement, category } = value as { endorsement?: unknown; category?: unknown };
  if (endorsement !== undefined || !isCode(category)) return value;
  return { ...value, endorsement: endorsementOf(category) } as ApplicationDraft;
}
