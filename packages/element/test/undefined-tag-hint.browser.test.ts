// Issue 23, point 8: `import '@endorsement-kit/element'` (the common first try) defines nothing,
// by design (server-side rendering imports the class), and the page stayed blank without a word.
// Now the console says how to define the tag when the page has it and nothing defined it.
import { expect, waitUntil } from '@open-wc/testing';
import { EndorsementApplication } from '../src/index.js';
import { hintIfUndefined } from '../src/undefined-tag-hint.js';

describe("import '@endorsement-kit/element' without /define", () => {
  const warnings: string[] = [];
  const warn = console.warn;
  before(() => {
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  });
  after(() => {
    console.warn = warn;
  });

  it('defines nothing, and the console says to import /define when the tag is on the page', async () => {
    expect(EndorsementApplication).to.be.a('function');
    const tag = document.createElement('endorsement-application');
    document.body.append(tag);
    // The module's own check (two seconds after load) and one started now, sooner.
    hintIfUndefined(50);
    await waitUntil(() => warnings.length > 0, 'a hint in the console', { timeout: 5000 });
    expect(customElements.get('endorsement-application')).to.equal(undefined);
    expect(warnings[0]).to.equal(
      "<endorsement-application> is on this page but not defined, so it shows nothing. Importing '@endorsement-kit/element' defines nothing; import '@endorsement-kit/element/define' to register the tag.",
    );
    tag.remove();
  });

  it('says nothing once the tag is defined', async () => {
    warnings.length = 0;
    const tag = document.createElement('endorsement-application');
    document.body.append(tag);
    customElements.define('endorsement-application', class extends HTMLElement {});
    hintIfUndefined(0);
    // The check runs on a timer of 0 ms: a macrotask later it has spoken, or not.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(warnings).to.deep.equal([]);
    tag.remove();
  });
});
