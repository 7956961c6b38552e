// Fields as a person meets them: an option's name is its label alone (its hint describes it), and a
// number is read the way the applicant's language writes it, without the text changing under
// their fingers while they type.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { memoryStore } from '@endorsement-kit/sdk';
import type { EndorsementApplication } from '../src/index.js';
import {
  button,
  click,
  errorOf,
  field,
  mount,
  onHeading,
  option,
  reload,
  saveStatus,
  text,
} from '@endorsement-kit/test-kit/element/helpers.js';
import { fakeBackend, registeredStore } from './seed.js';
import { norm } from '@endorsement-kit/test-kit/text.js';

const root = (el: EndorsementApplication) => el.shadowRoot!;

/** The accessible name a label gives a control (the text of its labels), as Chromium computes it for inputs. */
const nameOf = (control: HTMLInputElement) => norm([...(control.labels ?? [])].map((l) => l.textContent).join(' '));

/** The text of everything the control lists in aria-describedby. */
const description = (el: EndorsementApplication, control: Element) =>
  norm(
    (control.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => root(el).getElementById(id)?.textContent)
      .join(' '),
  );

/** Types one key at a time, recording what the input shows after each. */
async function typeSlowly(el: EndorsementApplication, control: HTMLInputElement, typed: string): Promise<string[]> {
  control.focus();
  const shown: string[] = [];
  for (const key of typed) {
    await sendKeys({ type: key });
    await el.updateComplete;
    shown.push(control.value);
  }
  return shown;
}

const prefixes = (s: string) => [...s].map((_, i) => s.slice(0, i + 1));

async function trainingStep(locale?: string) {
  const store = await registeredStore('IFS', { membership: { association: 'F5A' } });
  const el = await mount({ store, backend: fakeBackend(), ...(locale ? { locale } : {}) });
  const es = locale === 'es';
  await click(el, button(el, es ? 'Comenzar la solicitud profesional' : 'Start the professional application'));
  await click(el, button(el, es ? 'Capacitación especializada' : 'Specialized training'));
  await onHeading(el, es ? 'Capacitación especializada' : 'Specialized training');
  await click(el, button(el, es ? 'Agregar una capacitación' : 'Add a training'));
  return { el, store };
}

describe('fields', () => {
  afterEach(() => fixtureCleanup());

  describe('radio and checkbox options with a hint', () => {
    it('names each option by its label alone, and describes it with its hint', async () => {
      const el = await mount({ store: memoryStore() });
      await click(el, button(el, 'Start a new application'));
      await click(el, button(el, 'Endorsement and category'));
      await onHeading(el, 'Endorsement and category');
      const imh = option(el, 'Endorsement', 'Infant Mental Health Endorsement (IMH-E®)');
      expect(nameOf(imh)).to.equal('Infant Mental Health Endorsement (IMH-E®)');
      expect(description(el, imh)).to.equal('Prenatal to 36 months');
      // Every option of every group: the label holds no hint, and the hints it has are tied to it.
      for (const input of root(el).querySelectorAll<HTMLInputElement>('fieldset input[type="radio"], fieldset input[type="checkbox"]')) {
        for (const label of input.labels ?? [])
          expect(label.querySelector('.hint'), `no hint inside the label of #${input.id}`).to.equal(null);
      }
      await click(el, imh);
      expect(nameOf(option(el, 'Category', 'Infant Family Specialist'))).to.equal('Infant Family Specialist');
    });
  });

  describe('numbers', () => {
    it('keeps "1,200" as typed in English and reads it as 1200', async () => {
      let { el, store } = await trainingStep();
      const hours = field(el, 'Clock hours');
      expect(await typeSlowly(el, hours, '1,200')).to.deep.equal(prefixes('1,200'));
      expect(text(el)).to.contain('Training so far: 1,200 hours');
      el = await reload(el, { store, backend: fakeBackend() });
      await onHeading(el, 'Specialized training');
      expect(field(el, 'Clock hours').value).to.equal('1200');
    });

    it('keeps "1,200" families served as typed, with no error, and reads it back as 1200', async () => {
      const store = await registeredStore('IFS', { membership: { association: 'F5A' } });
      let el = await mount({ store, backend: fakeBackend() });
      await click(el, button(el, 'Start the professional application'));
      await click(el, button(el, 'Work experience'));
      await click(el, button(el, 'Add a job'));
      const families = field(el, 'Number of families served (optional)');
      expect(await typeSlowly(el, families, '1,200')).to.deep.equal(prefixes('1,200'));
      await click(el, button(el, 'Save and continue'));
      expect(families.value).to.equal('1,200');
      expect(errorOf(el, families)).to.equal('');
      el = await reload(el, { store, backend: fakeBackend() });
      await onHeading(el, 'Work experience');
      expect(field(el, 'Number of families served (optional)').value).to.equal('1200');
    });

    it('reads "12,5" and "1.200" the Spanish way, never rewriting them while they are typed', async () => {
      let { el, store } = await trainingStep('es');
      const hours = field(el, 'Horas reloj');
      expect(await typeSlowly(el, hours, '12,5')).to.deep.equal(prefixes('12,5'));
      expect(text(el)).to.contain('Capacitación hasta ahora: 12,5 horas');
      await waitUntil(() => /^Guardado\b/.test(saveStatus(el)), 'saved');
      el.remove();
      el = await mount({ store, backend: fakeBackend(), locale: 'es' });
      await onHeading(el, 'Capacitación especializada');
      expect(field(el, 'Horas reloj').value).to.equal('12,5');
      const again = field(el, 'Horas reloj');
      again.select();
      expect(await typeSlowly(el, again, '1.200')).to.deep.equal(prefixes('1.200'));
      expect(text(el)).to.contain('Capacitación hasta ahora: 1200 horas');
    });

    it('keeps text that is not a number as typed, stores no number, and says so beside the field', async () => {
      const { el } = await trainingStep();
      const hours = field(el, 'Clock hours');
      expect(await typeSlowly(el, hours, '1.2.5')).to.deep.equal(prefixes('1.2.5'));
      expect(text(el)).to.contain('Training so far: 0 hours');
      await click(el, button(el, 'Save and continue'));
      expect(hours.value).to.equal('1.2.5');
      expect(errorOf(el, hours)).to.equal('Error: Enter the hours as a number, like 6 or 1.5');
    });
  });
});
