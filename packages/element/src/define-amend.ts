// Registers <endorsement-amend>, the applicant's amend page, and the <endorsement-application> it
// holds (once, however often loaded). Its own entry: only the amend page loads this, so the
// application's first load carries none of it.
import { registerMessages } from '@endorsement-kit/sdk/core';
import { en } from '@endorsement-kit/sdk/en';
import { EndorsementAmend } from './amend/endorsement-amend.js';
import { EndorsementApplication } from './endorsement-application.js';

// Every English word of the form from the start. Spanish is a part of its own, fetched once the
// link has said the application is in Spanish (the amend element waits for it before the form).
registerMessages('en', en);

if (!customElements.get('endorsement-application')) customElements.define('endorsement-application', EndorsementApplication);
if (!customElements.get('endorsement-amend')) customElements.define('endorsement-amend', EndorsementAmend);

export { EndorsementAmend };

declare global {
  interface HTMLElementTagNameMap {
    'endorsement-amend': EndorsementAmend;
  }
}
