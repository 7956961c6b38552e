export { restBackend } from './rest-backend.js';
export { customBackend } from './custom-backend.js';
export type { Backend, SubmissionContext } from './backend.js';
export type { RestBackendOptions, HeadersOption } from './rest-backend.js';
