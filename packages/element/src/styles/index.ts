export { theme } from './theme.js';
export { base } from './base.js';
export { layout } from './layout.js';
export { fields } from './fields.js';
