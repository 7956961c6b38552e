import type { FieldSpec } from '../sdk-types.js';

type Group = NonNullable<FieldSpec['group']>;

/** A run of a step's fields: grouped under a legend (one document's signature), or not. */
export interface FieldRun {
  group: Group | undefined;
  fields: FieldSpec[];
}

/** A step's fields cut into runs, consecutive fields of the same `group` id together, in order. */
export function fieldRuns(fields: readonly FieldSpec[]): FieldRun[] {
  const runs: FieldRun[] = [];
  for (const spec of fields) {
    const last = runs[runs.length - 1];
    if (last && last.group?.id === spec.group?.id) last.fields.push(spec);
    else runs.push({ group: spec.group, fields: [spec] });
  }
  return runs;
}
