// The `flow` part's English (form labels, requirement texts, the words of the steps' screens):
// the element's words (`translateUi`) hold only the interface's own until this part registers the
// rest, so a bundler keeps them out of the first chunk. The CDN build fills this module in with
// the same messages, left out of its first load (rollup.config.mjs).
import { registerMessages } from '@endorsement-kit/sdk/core';
import { en } from '@endorsement-kit/sdk/en';

registerMessages('en', en);
