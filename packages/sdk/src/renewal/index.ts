export { renewalSettings, DEFAULT_RENEWAL_HOURS } from './renewal-settings-of.js';
export { renewalCycle, nextRenewalCycle, renewalPhase, addDays } from './renewal-dates.js';
export { evaluateRenewal } from './evaluate-renewal.js';
export { renewalSchema } from './renewal-schema.js';
export type { RenewalCycle, RenewalPhase } from './renewal-dates.js';
export type { RenewalCheck, RenewalCheckId, RenewalResult, EvaluateRenewalOptions } from './evaluate-renewal.js';
export type { Renewal } from './renewal-schema.js';
