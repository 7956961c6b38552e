export { amendClient } from './amend-client.js';
export type { AmendClient, AmendClientOptions, AmendFailure, AmendOpening } from './amend-client.js';
