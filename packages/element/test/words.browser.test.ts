// Issue 23, point 10: the applicant's words as the element shows them, in English and Spanish.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { memoryStore } from '@endorsement-kit/sdk';
import { button, click, field, mount, onHeading, option, saveStatus, type } from '@endorsement-kit/test-kit/element/helpers.js';

describe('the applicant’s words', () => {
  afterEach(() => fixtureCleanup());

  for (const [locale, start, about, line1, given, saved] of [
    ['en', 'Start a new application', 'About you', 'Address line 1 (optional)', 'Given name', /^Saved \d/],
    ['es', 'Comenzar una solicitud nueva', 'Sus datos', 'Dirección, línea 1 (opcional)', 'Nombre', /^Guardado/],
  ] as const) {
    it(`${locale}: a fresh form's header says nothing until something is saved; the first address line says it is optional`, async () => {
      const el = await mount({ store: memoryStore(), locale });
      expect(saveStatus(el)).to.equal('');
      await click(el, button(el, start));
      await onHeading(el, about);
      expect(saveStatus(el)).to.equal('');
      expect(field(el, line1)).to.be.instanceOf(HTMLInputElement);
      await type(field(el, given), 'Ana');
      await waitUntil(() => saved.test(saveStatus(el)), `saved (now "${saveStatus(el)}")`, { timeout: 10000 });
    });
  }

  it('the questionnaire says "Associate degree", as the form does', async () => {
    const el = await mount({ store: memoryStore() });
    expect(option(el, 'Your highest completed education', 'Associate degree')).to.be.instanceOf(HTMLInputElement);
  });
});
