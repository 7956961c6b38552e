// The page's program: First 5 Alabama's, as the SDK ships it (`programs.first5Alabama`, the
// program receiver.json has the server receive for: same id, same rules, so what the element sends
// is what the server accepts), with links to sample documents on the signatures step. The preset
// links no Code of Ethics or Endorsement Agreement, since we know no address of the real ones; the
// samples (examples/sample-documents, served at /documents/ by serve.mjs and start.mjs) say on
// their face that they are not the real documents.
//
// An object rather than a program JSON file by URL (`program="/program.json"`): the element checks
// a file with `defineProgram`, whose schema comes with the part it otherwise loads after the first
// screen, so the start screen would wait for it. The preset and these two links cost the page's
// script a few kilobytes.
import { programs } from '@endorsement-kit/sdk';

/** First 5 Alabama's program, linking the sample documents. */
export const program = Object.freeze({
  ...programs.first5Alabama,
  documents: { codeOfEthics: '/documents/code-of-ethics.html', endorsementAgreement: '/documents/endorsement-agreement.html' },
});
