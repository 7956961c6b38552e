// The start screen's questionnaire, Spanish, accessibility (axe), 320 px without horizontal
// scrolling, and the two-tab conflict offered as a choice.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { memoryStore } from '@endorsement-kit/sdk';
import {
  button,
  click,
  field,
  heading,
  mount,
  onHeading,
  option,
  text,
  twoTabsInConflict,
  type,
} from '@endorsement-kit/test-kit/element/helpers.js';

describe('start screen, languages, accessibility', () => {
  afterEach(() => fixtureCleanup());

  it('suggests a category with recommendCategories and starts the registration with it', async () => {
    const el = await mount({ store: memoryStore() });
    await click(el, option(el, 'Who do you mainly work with?', 'Infant Mental Health Endorsement (IMH-E®) (Prenatal to 36 months)'));
    await click(el, option(el, 'Your highest completed education', 'Master’s degree'));
    await type(field(el, 'Years of paid work with this age group since that degree'), '3');
    await type(field(el, 'Number of families you have served'), '20');
    await type(field(el, 'Hours of relationship-based in-service training'), '40');
    await type(field(el, 'Of those, hours on diversity, equity and inclusion'), '3');
    await type(field(el, 'Hours of reflective supervision/consultation received in the last 2 years'), '30');
    await type(field(el, 'Years of leadership at a regional, state or national level (programs, policy, teaching or research)'), '0');
    await type(field(el, 'Years of providing reflective supervision/consultation to others'), '0');
    await click(el, button(el, 'Suggest a category'));
    const first = el.shadowRoot!.querySelector('[role="status"] ol > li')!;
    expect(first.querySelector('strong')!.textContent).to.equal('Infant Family Specialist');
    expect(first.textContent).to.contain('You may meet the requirements now.');
    await click(el, button(el, 'Apply for Infant Family Specialist'));
    await onHeading(el, 'About you');
    await click(el, button(el, 'Endorsement and category'));
    expect(option(el, 'Category', 'Infant Family Specialist').checked).to.equal(true);
  });

  it('speaks Spanish with locale="es", and follows the page language by default', async () => {
    const es = await mount({ store: memoryStore(), locale: 'es' });
    expect(heading(es)).to.equal('Solicite el Respaldo®');
    expect(text(es)).to.contain('Comenzar una solicitud nueva');
    await click(es, button(es, 'Comenzar una solicitud nueva'));
    await onHeading(es, 'Sus datos');
    expect(text(es)).to.contain('Guardar y continuar');
    es.locale = 'en';
    await onHeading(es, 'About you');
    es.locale = 'es-MX';
    await onHeading(es, 'Sus datos');
    await click(es, button(es, 'Guardar y continuar'));
    await waitUntil(() => es.shadowRoot!.querySelector('.error-summary h2')?.textContent === 'Hay un problema', 'Spanish error summary');
    fixtureCleanup();
    document.documentElement.lang = 'es';
    try {
      const page = await mount({ store: memoryStore() });
      expect(heading(page)).to.equal('Solicite el Respaldo®');
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('passes axe on the start screen and on a step showing errors', async () => {
    const el = await mount({ store: memoryStore() });
    await expect(el).to.be.accessible();
    await click(el, button(el, 'Start a new application'));
    await click(el, button(el, 'Save and continue'));
    await waitUntil(() => el.shadowRoot!.querySelector('.error-summary'), 'errors shown');
    await expect(el).to.be.accessible();
  });

  it('fits 320 px wide (200% zoom of a 640 px window) without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mount({ store: memoryStore() });
      await click(el, button(el, 'Start a new application'));
      await onHeading(el, 'About you');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await click(el, button(el, 'Save and continue'));
      await waitUntil(() => el.shadowRoot!.querySelector('.error-summary'), 'errors shown');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('offers the two-tab conflict as a choice', async () => {
    const [a, b] = await twoTabsInConflict('start-two-tabs');
    await waitUntil(
      () =>
        text(a).includes('This application was changed in another tab') || text(b).includes('This application was changed in another tab'),
      'a conflict',
    );
    const [mine, theirs] = text(a).includes('This application was changed in another tab') ? [a, b] : [b, a];
    const kept = field(mine, 'Given name').value;
    await click(mine, button(mine, 'Keep the answers in this tab'));
    await waitUntil(() => field(theirs, 'Given name').value === kept, 'the other tab takes the kept answers');
    expect(text(mine)).to.not.contain('This application was changed in another tab');
  });
});
