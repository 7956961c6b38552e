// Spanish, complete: every screen of both endorsements walked in Spanish, and no text node, option
// or accessible name left in English (checked against every English message the SDK has and the
// English names of categories and endorsements); dates and numbers formatted for the locale; a
// program's own text per locale wins.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { CATEGORY_LABELS, ENDORSEMENT_LABELS, defineProgram, memoryStore } from '@endorsement-kit/sdk';
import { CATALOGS } from '../../sdk/src/i18n/catalogs.js';
import type { EndorsementApplication } from '../src/index.js';
import { button, click, heading, mount, onHeading, option, text, type } from '@endorsement-kit/test-kit/element/helpers.js';
import { completeIfs, fakeBackend, registeredStore } from './seed.js';
import { norm } from '@endorsement-kit/test-kit/text.js';

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every English text that Spanish words differently, as a whole-text pattern (`{x}` matches anything). */
const english: { source: string; pattern: RegExp }[] = (() => {
  const en = CATALOGS['en']!;
  const es = CATALOGS['es']!;
  const list = Object.entries(en)
    .filter(([key, value]) => es[key] !== value && /[a-z]{3}/i.test(value.replace(/\{\w+\}/g, '')))
    .map(([key, value]) => ({
      source: key,
      pattern: new RegExp(
        `^${norm(value)
          .split(/\{\w+\}/)
          .map(escape)
          .join('.+?')}$`,
      ),
    }));
  const labels = [
    ...Object.entries(CATEGORY_LABELS),
    ...Object.entries(ENDORSEMENT_LABELS).flatMap(
      ([code, { label, ages }]) =>
        [
          [code, label],
          [`${code} ages`, ages],
        ] as const,
    ),
  ];
  for (const [code, label] of labels)
    if (typeof label === 'object' && label['en'] && label['en'] !== label['es'])
      list.push({ source: code, pattern: new RegExp(`^${escape(label['en'])}`) });
  return list;
})();

/** Fails with each English (or untranslated key) text found in the element's shadow root. */
function allSpanish(el: EndorsementApplication, where: string): void {
  const found: string[] = [];
  const root = el.shadowRoot!;
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!node.parentElement?.closest('style')) texts.push(norm(node.textContent));
  for (const element of root.querySelectorAll('[aria-label], [placeholder], [title]'))
    for (const name of ['aria-label', 'placeholder', 'title']) if (element.hasAttribute(name)) texts.push(norm(element.getAttribute(name)));
  for (const value of texts) {
    if (!value) continue;
    if (/\b(ui|form|validation|requirement|drafts?)\.[\w-]+\.[\w.-]+/.test(value)) found.push(`a message key: "${value}"`);
    const hit = english.find((e) => e.pattern.test(value));
    if (hit) found.push(`English (${hit.source}): "${value}"`);
  }
  expect(found, `English left on ${where} ("${heading(el)}"):\n  ${found.join('\n  ')}`).to.deep.equal([]);
}

/** Each step of the current form, empty (with one entry on list steps), then with its errors. */
async function everyStep(el: EndorsementApplication, form: string): Promise<void> {
  const links = () => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav[part="step-indicator"] a')];
  for (let i = 0; i < links().length; i++) {
    await click(el, links()[i]!);
    const add = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('form button.secondary')].find((b) =>
      /^(Añadir|Agregar)/.test(norm(b.textContent)),
    );
    if (add) await click(el, add);
    allSpanish(el, `${form} step ${i + 1}`);
    await click(el, el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!);
    allSpanish(el, `${form} step ${i + 1} after Continue`);
  }
}

describe('Spanish, complete', () => {
  afterEach(() => fixtureCleanup());

  it('starts, suggests and registers in Spanish, for both endorsements', async () => {
    const el = await mount({ store: memoryStore(), locale: 'es' });
    allSpanish(el, 'start');
    await click(el, button(el, 'Sugerir una categoría'));
    await waitUntil(() => el.shadowRoot!.querySelector('[role="status"] ol'), 'suggestions');
    allSpanish(el, 'start with suggestions');
    await click(el, button(el, 'Comenzar una solicitud nueva'));
    await onHeading(el, 'Sus datos');
    await everyStep(el, 'registration (no endorsement yet)');
    for (const endorsement of [/IMH-E/, /ECMH-E/]) {
      await click(el, button(el, 'Respaldo y categoría'));
      const fieldset = [...el.shadowRoot!.querySelectorAll('fieldset')].find((f) =>
        [...f.querySelectorAll('label')].some((l) => endorsement.test(l.textContent!)),
      )!;
      const label = [...fieldset.querySelectorAll('label')].find((l) => endorsement.test(l.textContent!))!;
      await click(el, el.shadowRoot!.getElementById(label.htmlFor)!);
      await everyStep(el, `registration ${endorsement.source}`);
    }
  });

  it('every application step of a Mentor (Clinical), IMH-E and ECMH-E, in Spanish', async () => {
    for (const category of ['IMHM-C', 'ECMHM-C']) {
      const el = await mount({ store: await registeredStore(category), backend: fakeBackend(), locale: 'es' });
      allSpanish(el, `${category} registration sent`);
      await click(el, button(el, 'Comenzar la solicitud profesional'));
      await everyStep(el, `${category} application`);
      fixtureCleanup();
    }
  });

  it('reviews, submits and looks up in Spanish, with dates and numbers for the locale', async () => {
    const training = [{ title: 'DC:0-5', provider: 'ZERO TO THREE', date: '2024-03-01', hours: 1234.5, topics: ['iecmh', 'dei'] }];
    const el = await mount({ store: await registeredStore('IFS', { ...completeIfs, training }), backend: fakeBackend(), locale: 'es' });
    await click(el, button(el, 'Comenzar la solicitud profesional'));
    await click(el, button(el, 'Código de Ética y Acuerdo de Respaldo'));
    await click(el, button(el, 'Guardar y revisar sus respuestas'));
    await onHeading(el, 'Revise sus respuestas');
    allSpanish(el, 'check your answers');
    expect(text(el)).to.contain('15 de mayo de 2018');
    expect(text(el)).to.contain('1234,5');
    await click(el, button(el, 'Enviar la solicitud'));
    await onHeading(el, 'Solicitud enviada');
    allSpanish(el, 'receipt');
    expect(text(el)).to.match(/26 nov 2026/);
    expect(text(el)).to.contain('recibida');
    await click(el, button(el, 'Consultar el estado de una solicitud'));
    allSpanish(el, 'status lookup');
    // It starts with the reference just shown: emptied, it says what is missing.
    const reference = el.shadowRoot!.querySelector('input')!;
    reference.value = '';
    reference.dispatchEvent(new Event('input'));
    await click(el, button(el, 'Consultar el estado'));
    await waitUntil(() => el.shadowRoot!.querySelector('.error-message'), 'the lookup’s error');
    allSpanish(el, 'status lookup with an error');
    await type(el.shadowRoot!.querySelector('input')!, 'APP-42');
    await click(el, button(el, 'Consultar el estado'));
    await waitUntil(() => text(el).includes('APP-42'), 'the status');
    expect(text(el)).to.contain('en revisión');
    allSpanish(el, 'status lookup with a result');
  });

  it('asks to start over in Spanish', async () => {
    const el = await mount({ store: memoryStore(), locale: 'es' });
    await click(el, button(el, 'Comenzar una solicitud nueva'));
    await click(el, button(el, 'Empezar de nuevo'));
    allSpanish(el, 'start-over confirmation');
  });

  it('takes a program’s own text per locale, over the SDK’s, and in a language the SDK does not ship', async () => {
    const program = defineProgram({
      id: 'lakeview',
      name: { en: 'Lakeview AIMH', es: 'AIMH de Lakeview' },
      offers: { 'IMH-E': ['IFA'] },
      locales: ['en', 'es', 'fr'],
      text: {
        es: { 'ui.start.title': 'Solicite su Respaldo en Lakeview' },
        en: { 'ui.start.begin': 'Begin in Lakeview' },
        fr: { 'ui.start.title': 'Demandez l’Endorsement à Lakeview' },
      },
    });
    // A language the SDK does not ship: the program's words, English for the rest.
    const fr = await mount({ program, store: memoryStore(), locale: 'fr' });
    expect(heading(fr)).to.equal('Demandez l’Endorsement à Lakeview');
    expect(fr.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('fr');
    expect(text(fr)).to.contain('Begin in Lakeview');
    const es = await mount({ program, store: memoryStore(), locale: 'es' });
    expect(heading(es)).to.equal('Solicite su Respaldo en Lakeview');
    expect(text(es)).to.contain('AIMH de Lakeview');
    expect(text(es)).to.contain('Comenzar una solicitud nueva');
    const en = await mount({ program, store: memoryStore(), locale: 'en' });
    expect(heading(en)).to.equal('Apply for Endorsement®');
    await click(en, button(en, 'Begin in Lakeview'));
    await onHeading(en, 'About you');
    await click(en, button(en, 'Endorsement and category'));
    expect(option(en, 'Category', 'Infant Family Associate')).to.exist;
  });
});
