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

function hours(entry: Record<string, unknown>): number {
  const value = entry['hours'];
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

const has = (entry: Record<string, unknown>, topic: string) => Array.isArray(entry['topics']) && entry['topics'].includes(topic);

/**
 * The draft's training and RSC hours, summed; never throws on a partial draft.
 * @example hourTotals({ training: [{ hours: 12, topics: ['dei'] }, { hours: 20 }] }).training // { hours: 32, dei: 12, rscProvision: 0 }
 */
export function hourTotals(draft: unknown): HourTotals {
  const training = entries(draft, 'training');
  const rsc = entries(draft, 'rscReceived');
  const sum = (list: Record<string, unknown>[], keep: (e: Record<string, unknown>) => boolean = () => true) =>
    Math.round(list.filter(keep).reduce((total, e) => total + hours(e), 0) * 100) / 100;
  return {
    training: { hours: sum(training), dei: sum(training, (e) => has(e, 'dei')), rscProvision: sum(training, (e) => has(e, 'rsc-provision')) },
    rscReceived: { hours: sum(rsc), aboutRscProvided: sum(rsc, (e) => e['aboutRscProvided'] === true) },
  };
}
