export { renderSaveStatus, saveKind, saveStatusText } from './save-status.js';
export { renderStartOverConfirm } from './start-over.js';
export { renderConflict } from './conflict-notice.js';
