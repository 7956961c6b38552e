import { draftFeatures } from '../drafts/full-features.js';
import type { EndorsementClientOptions } from './client-options.js';
import { createClientWith } from './create-client-with.js';
import type { EndorsementClient } from './endorsement-client.js';

/**
 * The drafts-and-submission client for one program: the SDK's entry point for a UI or a script.
 * @example
 * const client = createEndorsementClient({
 *   program: programs.first5Alabama,
 *   backend: restBackend({ baseUrl: 'https://api.example.org/endorsement' }),
 * });
 * const draft = await client.open();
 * draft.set('applicant.givenName', 'Ana');
 * const receipt = await draft.submit();
 */
export function createEndorsementClient(options: EndorsementClientOptions): EndorsementClient {
  return createClientWith(options, draftFeatures);
}
