export { restBackend } from './rest-backend.js';
export { customBackend } from './custom-backend.js';
export { raterClient } from './rater-client.js';
export { referencesClient } from './references-client.js';
export type { Backend, StatusQuery, SubmissionContext } from './backend.js';
export type { RestBackendOptions, HeadersOption } from './rest-backend.js';
export type { RaterClient, RaterClientOptions } from './rater-client.js';
export type { ReferencesClient, ReferencesClientOptions } from './references-client.js';
