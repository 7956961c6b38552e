// endorsement-application.standalone.iife.js: the element and everything it uses in one classic
// script, for hosts whose CDN cannot send the CORS headers that module scripts need across origins.
// Spanish is still fetched from beside it on first use (and stays English if that cannot load).
import { EndorsementApplication } from '../define.js';

export { EndorsementApplication };
/** Resolves at once: everything is here. The same promise as the loader's, so hosts need not care which they use. */
export const ready: Promise<{ EndorsementApplication: typeof EndorsementApplication }> = Promise.resolve({ EndorsementApplication });
