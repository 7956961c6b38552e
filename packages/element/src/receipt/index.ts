export { renderReceipt } from './receipt-screen.js';
export { renderStatusLookup } from './status-lookup.js';
export type { StatusLookup } from './status-lookup.js';
