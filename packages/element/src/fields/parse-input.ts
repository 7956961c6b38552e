import type { FieldView } from './field-view.js';

/**
 * What a typed value is stored as. Empty removes the answer; a number field keeps text that is not
 * a number as typed, so validation can say so instead of the text vanishing.
 */
export function parseInput(kind: FieldView['kind'], raw: string): unknown {
  if (raw === '') return undefined;
  if (kind === 'number') {
    const n = Number(raw.trim().replace(',', '.'));
    return raw.trim() !== '' && Number.isFinite(n) ? n : raw;
  }
  return raw;
}
