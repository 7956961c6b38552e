export { createEndorsementClient } from './create-client.js';
export type { EndorsementClient, DraftSummary } from './endorsement-client.js';
export type { EndorsementClientOptions } from './client-options.js';
