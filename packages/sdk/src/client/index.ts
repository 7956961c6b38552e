export { createEndorsementClient } from './create-client.js';
export { createClientWith } from './create-client-with.js';
export type { EndorsementClient, DraftSummary } from './endorsement-client.js';
export type { EndorsementClientOptions } from './client-options.js';
