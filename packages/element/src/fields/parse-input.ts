import type { FieldView } from './field-view.js';

/**
 * What a typed value is stored as. Empty removes the answer; a number field keeps text that is not
 * (yet) a number as typed, so validation can say so instead of the text vanishing.
 */
export function parseInput(kind: FieldView['kind'], raw: string): unknown {
  if (raw === '') return undefined;
  if (kind === 'number') {
    // Only text that reads back the same becomes a number: "12." stays text while "12.5" is typed.
    const normalized = raw.trim().replace(',', '.');
    const n = Number(normalized);
    return normalized !== '' && Number.isFinite(n) && String(n) === normalized ? n : raw;
  }
  return raw;
}
