export { restBackend } from './rest-backend.js';
export { customBackend } from './custom-backend.js';
export type { Backend, StatusQuery, SubmissionContext } from './backend.js';
export type { RestBackendOptions, HeadersOption } from './rest-backend.js';
