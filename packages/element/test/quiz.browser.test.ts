// "Which category fits me?" asks which endorsement only when the program offers both.
import { expect, fixtureCleanup } from '@open-wc/testing';
import { defineProgram, memoryStore } from '@endorsement-kit/sdk';
import { button, click, field, mount, option, text, type } from './helpers.js';

describe('category questionnaire', () => {
  afterEach(() => fixtureCleanup());

  it('does not ask for the endorsement when only one is offered, and ranks its categories', async () => {
    const program = defineProgram({ id: 'lakeview-ec', name: 'Lakeview', offers: { 'ECMH-E': ['ECFA', 'ECFS', 'ECMHS'] } });
    const el = await mount({ program, store: memoryStore() });
    expect(text(el)).to.not.contain('Who do you mainly work with?');
    await click(el, option(el, 'Your highest completed education', 'Bachelor’s degree'));
    await type(field(el, 'Years of paid work with this age group since that degree'), '3');
    await type(field(el, 'Number of families you have served'), '12');
    await type(field(el, 'Hours of relationship-based in-service training'), '40');
    await type(field(el, 'Hours of reflective supervision/consultation received in the last 2 years'), '30');
    await click(el, button(el, 'Suggest a category'));
    const first = el.shadowRoot!.querySelector('[role="status"] ol > li strong')!;
    expect(first.textContent).to.equal('Early Childhood Family Specialist');
  });

  it('asks for the endorsement when both are offered', async () => {
    const el = await mount({ store: memoryStore() });
    expect(text(el)).to.contain('Who do you mainly work with?');
  });
});

describe('start screen', () => {
  afterEach(() => fixtureCleanup());

  it('says how many endorsements the program offers', async () => {
    const one = await mount({ program: defineProgram({ id: 'lakeview-one', name: 'Lakeview', offers: { 'IMH-E': ['IFA'] } }), store: memoryStore() });
    expect(text(one)).to.contain('Lakeview offers this endorsement:');
    expect(text(one)).to.not.contain('There are two endorsements');
    fixtureCleanup();
    const both = await mount({ store: memoryStore() });
    expect(text(both)).to.contain('There are two endorsements:');
  });
});
