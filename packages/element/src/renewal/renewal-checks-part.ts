// What the renewal page checks at submit: the SDK's `validateRenewal` (zod and the validation
// messages, Spanish registered here), fetched after the form is shown (renewal-parts.ts).
import { registerMessages, renewalValidationMessagesEs } from '@endorsement-kit/sdk/core';

registerMessages('es', renewalValidationMessagesEs());

export { validateRenewal } from '@endorsement-kit/sdk/core';
