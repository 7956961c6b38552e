// The affiliate example's own files (program.json, theme.css) on a page whose lang is Spanish:
// the element speaks Spanish, offers only IMH-E, asks Lakeview's question on "Sus datos", and
// wears Lakeview's colours, which keep the contrast the defaults have.
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { memoryStore } from '@endorsement-kit/sdk';
import type { EndorsementApplication } from '../../../packages/element/src/index.js';
import { contrast, NON_TEXT_PAIRS, TEXT_PAIRS } from '@endorsement-kit/test-kit/element/contrast.js';
import { button, click, field, heading, onHeading, option, ready, text } from '@endorsement-kit/test-kit/element/helpers.js';

const here = '/examples/affiliate-theme';

describe('examples/affiliate-theme', () => {
  let link: HTMLLinkElement;
  before(async () => {
    link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `${here}/theme.css`;
    const loaded = oneEvent(link, 'load');
    document.head.append(link);
    await loaded;
  });
  after(() => link.remove());
  afterEach(() => fixtureCleanup());

  async function mountPage(): Promise<EndorsementApplication> {
    const page = await fixture<HTMLElement>(html`<div lang="es" style="font-family: 'Trebuchet MS', serif">
      <endorsement-application program="${here}/program.json" .store=${memoryStore()}></endorsement-application>
    </div>`);
    const el = page.querySelector('endorsement-application')!;
    await ready(el);
    return el;
  }

  it('is in Spanish by the page language, with Lakeview’s name and title', async () => {
    const el = await mountPage();
    expect(heading(el)).to.equal('Solicite el Respaldo® en Lakeview');
    expect(text(el)).to.contain('Asociación de Lakeview para la Salud Mental Infantil');
    expect(text(el)).to.contain('Lakeview ofrece un respaldo:');
    expect(text(el)).not.to.contain('Respaldo en Salud Mental de la Primera Infancia (ECMH-E®)');
    expect(button(el, 'Comenzar una solicitud nueva')).to.exist;
  });

  it('asks Lakeview’s own question on “Sus datos” and offers only IMH-E categories', async () => {
    const el = await mountPage();
    await click(el, button(el, 'Comenzar una solicitud nueva'));
    await onHeading(el, 'Sus datos');
    expect(option(el, 'Región de Lakeview donde trabaja', 'Costa Norte')).to.exist;
    expect(text(el)).to.contain('Le asignamos una persona revisora de su región.');

    await click(el, button(el, 'Respaldo y categoría'));
    await onHeading(el, 'Respaldo y categoría');
    const endorsementGroup = field(el, 'Respaldo');
    const endorsements = [...endorsementGroup.querySelectorAll<HTMLInputElement>('input')].map((i) => i.value);
    expect(endorsements).to.deep.equal(['IMH-E']);
    await click(el, option(el, 'Respaldo', 'Respaldo en Salud Mental Infantil (IMH-E®)'));
    const categories = [...field(el, 'Categoría').querySelectorAll<HTMLInputElement>('input')].map((i) => i.value);
    expect(categories).to.have.ordered.members(['IFA', 'IFS', 'IFRS', 'IMHS', 'IMHM-C']);
  });

  it('wears Lakeview’s colours on its parts and inherits the page’s font', async () => {
    const el = await mountPage();
    const style = getComputedStyle(el);
    const begin = button(el, 'Comenzar una solicitud nueva');
    const buttonStyle = getComputedStyle(begin);
    expect(begin.part.contains('button')).to.equal(true);
    expect(buttonStyle.backgroundColor).to.equal('rgb(15, 82, 87)'); // --ek-color-primary #0f5257
    expect(buttonStyle.borderTopLeftRadius).to.equal('999px'); // ::part(button)
    const header = el.shadowRoot!.querySelector<HTMLElement>('[part~="header"]')!;
    expect(getComputedStyle(header).borderBottomColor).to.equal('rgb(217, 142, 4)'); // ::part(header)
    expect(style.backgroundColor).to.equal('rgb(255, 253, 247)'); // --ek-color-surface
    expect(style.fontFamily).to.equal('"Trebuchet MS", serif');
    expect(getComputedStyle(el.shadowRoot!.querySelector('h2')!).fontFamily).to.contain('Georgia');

    const v = (name: string) => style.getPropertyValue(`--ek-color-${name}`);
    for (const [fg, bg] of TEXT_PAIRS) expect(contrast(v(fg), v(bg)), `${fg} on ${bg}`).to.be.at.least(4.5);
    for (const [fg, bg] of NON_TEXT_PAIRS) expect(contrast(v(fg), v(bg)), `${fg} against ${bg}`).to.be.at.least(3);
  });
});
