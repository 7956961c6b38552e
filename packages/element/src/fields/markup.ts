// `@endorsement-kit/element/markup`: the element's error summary and a field as plain-string
// templates, for pages of the same look without the element (the server's workspace).
export { summaryMarkup } from './summary-markup.js';
export { plainField } from './plain-field.js';
export type { SummaryItem, SummaryMarkup } from './summary-markup.js';
export type { PlainField } from './plain-field.js';
