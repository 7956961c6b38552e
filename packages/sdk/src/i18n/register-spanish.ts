import { es } from './es/index.js';
import { registerMessages } from './registered-messages.js';

// The SDK's translators hold English only; the main entry imports this module so its users get
// Spanish with no set-up, while `@endorsement-kit/sdk/core` (the element's import) leaves Spanish to
// a chunk a Spanish page loads. `es` is undefined in the element's single-file script's build.
if (es) registerMessages('es', es);
