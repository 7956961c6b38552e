// The renewal page's Spanish beyond its own words (renewal-words.ts): the application's list,
// field, fee and interface words, fetched only for a Spanish endorsee (renewal-parts.ts).
import { registerMessages, renewalFormMessagesEs } from '@endorsement-kit/sdk/core';

registerMessages('es', renewalFormMessagesEs());
