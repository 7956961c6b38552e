// The `send` part: the REST backend (ky) and its receipt checks, loaded when something is first
// sent or looked up.
export { restBackend } from '@endorsement-kit/sdk/core';
