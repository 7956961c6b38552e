import { floor2, hoursOf, total } from './amounts.js';

/**
 * Running totals of the hours a draft lists, as an applicant sees them under each list: every
 * entry with a usable number counts, whatever else it still lacks.
 * @example hourTotals(draft.value) // { training: { hours: 42, dei: 3, rscProvision: 0 }, rscReceived: { hours: 18 } }
 */
export interface HourTotals {
  training: { hours: number; dei: number; rscProvision: number };
  rscReceived: { hours: number; aboutRscProvided: number };
}

function entries(draft: unknown, key: string): Record<string, unknown>[] {
  const list = typeof draft === 'object' && draft !== null ? (draft as Record<string, unknown>)[key] : undefined;
  return Array.isArray(list) ? list.filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null) : [];
}

// As requirements count them: from 0 to the most one entry may hold.
function hours(entry: Record<string, unknown>): number {
  return hoursOf(entry['hours']) ?? 0;
}

const has = (entry: Record<string, unknown>, topic: string) => Array.isArray(entry['topics']) && entry['topics'].includes(topic);

/**
 * The draft's training and RSC hours, summed and rounded down to 2 decimals (29.999 shows 29.99,
 * not the 30 it does not meet); never throws on a partial draft.
 * @example hourTotals({ training: [{ hours: 12, topics: ['dei'] }, { hours: 20 }] }).training // { hours: 32, dei: 12, rscProvision: 0 }
 */
export function hourTotals(draft: unknown): HourTotals {
  const training = entries(draft, 'training');
  const rsc = entries(draft, 'rscReceived');
  const sum = (list: Record<string, unknown>[], keep: (e: Record<string, unknown>) => boolean = () => true) =>
    floor2(total(list.filter(keep).map(hours)));
  return {
    training: {
      hours: sum(training),
      dei: sum(training, (e) => has(e, 'dei')),
      rscProvision: sum(training, (e) => has(e, 'rsc-provision')),
    },
    rscReceived: { hours: sum(rsc), aboutRscProvided: sum(rsc, (e) => e['aboutRscProvided'] === true) },
  };
}
