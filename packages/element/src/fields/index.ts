export { renderField } from './render-field.js';
export { fromSpec, fromQuestion } from './field-view.js';
export { parseInput, parseNumber, formatInput } from './parse-input.js';
export { fieldRuns } from './field-groups.js';
export { renderErrorSummary } from './error-summary.js';
export { displayValue } from './display-value.js';
export type { FieldView } from './field-view.js';
export type { SummaryItem } from './error-summary.js';
export type { FieldRun } from './field-groups.js';
