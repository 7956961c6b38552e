// Theming as a host page sees it: the page's font by default, --ek-* properties set from outside
// reach the shadow DOM, and every main piece carries the part a page styles it by.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { memoryStore } from '@endorsement-kit/sdk';
import type { EndorsementApplication } from '../src/index.js';
import { button, click, field, onHeading, ready } from '@endorsement-kit/test-kit/element/helpers.js';

async function mountIn(style: string): Promise<EndorsementApplication> {
  const page = await fixture<HTMLElement>(html`<div style=${style}>
    <endorsement-application program="alliance" .store=${memoryStore()}></endorsement-application>
  </div>`);
  const el = page.querySelector('endorsement-application')!;
  await ready(el);
  return el;
}
const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

describe('theming', () => {
  afterEach(() => fixtureCleanup());

  it("uses the host page's font family and size by default, in text, buttons and fields", async () => {
    const el = await mountIn('font-family: "Courier New", monospace; font-size: 19px');
    const begin = button(el, 'Start a new application');
    for (const node of [el, el.shadowRoot!.querySelector('h2')!, begin]) {
      expect(getComputedStyle(node).fontFamily).to.equal('"Courier New", monospace');
    }
    expect(getComputedStyle(begin).fontSize).to.equal('19px');
    await click(el, begin);
    await onHeading(el, 'About you');
    expect(getComputedStyle(field(el, 'Given name')).fontFamily).to.equal('"Courier New", monospace');
  });

  it('applies --ek-* properties set by the page to the parts', async () => {
    const el = await mountIn(
      '--ek-color-primary: #6a1b4d; --ek-font-family: Georgia, serif; --ek-radius: 9px; --ek-font-size-heading: 40px; --ek-button-min-height: 50px',
    );
    const begin = button(el, 'Start a new application');
    const style = getComputedStyle(begin);
    expect(style.backgroundColor).to.equal('rgb(106, 27, 77)');
    expect(style.borderTopLeftRadius).to.equal('9px');
    expect(style.minHeight).to.equal('50px');
    expect(style.fontFamily).to.equal('Georgia, serif');
    expect(getComputedStyle(el.shadowRoot!.querySelector('h2')!).fontSize).to.equal('40px');
  });

  it('keeps the default look when the page sets nothing (a 44 px button, the default primary)', async () => {
    const el = await mountIn('');
    const style = getComputedStyle(button(el, 'Start a new application'));
    expect(style.minHeight).to.equal('44px');
    expect(style.backgroundColor).to.equal('rgb(29, 92, 138)');
  });

  it('marks the header, step indicator, fields, buttons, tracker and summary as parts', async () => {
    const el = await mountIn('');
    expect(parts(el, 'header')).to.have.length(1);
    expect(parts(el, 'button').length).to.be.greaterThan(0);
    expect(parts(el, 'button').every((b) => b.localName === 'button')).to.equal(true);
    await click(el, button(el, 'Start a new application'));
    await onHeading(el, 'About you');
    expect(parts(el, 'step-indicator')).to.have.length(1);
    expect(parts(el, 'field').length).to.be.greaterThan(2);
    expect(parts(el, 'field')[0]!.querySelector('input, select, textarea, fieldset')).to.exist;
    expect(parts(el, 'tracker')).to.have.length(1);
    expect(parts(el, 'summary')).to.have.length(0);
    await click(el, button(el, 'Save and continue'));
    await onHeading(el, 'About you');
    expect(parts(el, 'summary')).to.have.length(1);
    expect(parts(el, 'summary')[0]!.textContent).to.contain('There is a problem');
  });
});
