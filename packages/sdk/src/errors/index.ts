export { EndorsementKitError, isEndorsementKitError } from './endorsement-kit-error.js';
export { ConfigError, isConfigError } from './config-error.js';
export { SubmissionError, isSubmissionError } from './submission-error.js';
export { NetworkError, isNetworkError } from './network-error.js';
export { StorageError, isStorageError } from './storage-error.js';
export { ConflictError, isConflictError } from './conflict-error.js';
export { MissingProgramError, isMissingProgramError } from './missing-program-error.js';
export type { StorageFailure } from './storage-error.js';
