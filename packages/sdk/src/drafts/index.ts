export { Draft } from './draft.js';
export { DRAFT_SCHEMA_VERSION, draftKey } from './draft-record.js';
export { MIGRATIONS, readRecord } from './migrations.js';
export { getIn, setIn, toSegments } from './path.js';
export type { DraftListener } from './draft.js';
export type { DraftRecord, PendingSubmission, PendingSubmissions, SubmissionKind } from './draft-record.js';
export type { SaveState, SubmissionState, DraftConflict, SendOptions } from './draft-state.js';
export type { DraftPath } from './path.js';
export type { DraftValidation } from './validate-payload.js';
