export { resolveLocale } from './resolve-locale.js';
export { formatTime, formatDateTime, formatDay, formatNumber } from './format.js';
export { loadLocale, localeReady } from './load-locale.js';
export { receiptStatus } from './receipt-status.js';
