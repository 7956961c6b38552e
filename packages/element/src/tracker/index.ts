export { renderTracker, countMet } from './requirement-tracker.js';
