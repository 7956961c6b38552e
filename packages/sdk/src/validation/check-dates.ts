import { isoDateSchema } from '../schema/payload-schemas.js';
import type { Issue } from '../errors/issue.js';
import { makeIssue, type IssueContext } from './make-issue.js';
import { isRecord } from './value-at.js';

// Entry lists with a date range, and the date of each list that cannot lie after `asOf`.
const RANGES = ['work', 'rscReceived', 'rscProvided', 'leadership'] as const;
const PAST_DATES: ReadonlyArray<readonly [string, string]> = [
  ['education', 'completedOn'],
  ['training', 'date'],
  ['work', 'start'],
  ['rscReceived', 'start'],
  ['rscProvided', 'start'],
  ['leadership', 'start'],
];

const isDate = (value: unknown): value is string => typeof value === 'string' && isoDateSchema.safeParse(value).success;

function entries(input: Readonly<Record<string, unknown>>, key: string): [number, Record<string, unknown>][] {
  const list = input[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry, i): [number, Record<string, unknown>][] => (isRecord(entry) ? [[i, entry]] : []));
}

/** Ends on or after starts, and nothing completed, trained or started after `asOf`. */
export function checkDates(context: IssueContext, input: Readonly<Record<string, unknown>>, asOf: string): Issue[] {
  const issues: Issue[] = [];
  for (const key of RANGES) {
    for (const [i, entry] of entries(input, key)) {
      const { start, end } = entry;
      if (isDate(start) && isDate(end) && end < start) issues.push(makeIssue(context, [key, i, 'end'], 'end_before_start'));
    }
  }
  for (const [key, field] of PAST_DATES) {
    for (const [i, entry] of entries(input, key)) {
      const value = entry[field];
      if (isDate(value) && value > asOf) issues.push(makeIssue(context, [key, i, field], 'date_in_future', { asOf }));
    }
  }
  return issues;
}
