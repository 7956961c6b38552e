import { EDUCATION_LEVELS, type EducationLevel } from '../schema/levels-and-roles.js';
import type { Day } from './calendar.js';
import type { DraftFacts } from './read-draft.js';

/**
 * The earliest degree at or above `level` completed by `asOf`: "after the degree" counts from its
 * `completedOn`. A degree without a valid date cannot start that count, so it does not qualify.
 */
export function qualifyingDegree(
  degrees: DraftFacts['degrees'],
  level: EducationLevel | null,
  asOf: Day,
): { level: EducationLevel; completedOn: Day } | null {
  if (level === null) return null;
  const lowest = EDUCATION_LEVELS.indexOf(level);
  let best: { level: EducationLevel; completedOn: Day } | null = null;
  for (const degree of degrees) {
    const on = degree.completedOn;
    if (on === null || on > asOf || EDUCATION_LEVELS.indexOf(degree.level) < lowest) continue;
    if (!best || on < best.completedOn) best = { level: degree.level, completedOn: on };
  }
  return best;
}
