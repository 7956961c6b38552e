// A user story per application step: typed by label, a reload in the middle of the step brings the
// answers and the step back, then Save and continue goes on.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { defineProgram } from '@endorsement-kit/sdk';
import {
  button,
  choose,
  click,
  field,
  focused,
  heading,
  mount,
  onHeading,
  option,
  reload,
  saveStatus,
  text,
  type,
  typeDate,
} from '@endorsement-kit/test-kit/element/helpers.js';
import { fakeBackend, registeredStore } from './seed.js';

describe('the professional application, step by step', () => {
  afterEach(() => fixtureCleanup());

  it('opens after registration with the confirmation, then each step in the program words', async () => {
    const store = await registeredStore('IFS');
    const el = await mount({ store, backend: fakeBackend() });
    expect(heading(el)).to.equal('Registration sent');
    expect(text(el)).to.contain('introduce your Endorsement Advisor');
    await click(el, button(el, 'Start the professional application'));
    await onHeading(el, 'About you');
    const steps = [...el.shadowRoot!.querySelectorAll('nav[aria-label="Steps"] li a')].map((a) => a.textContent!.trim());
    expect(steps).to.deep.equal([
      'About you',
      'Education',
      'Work experience',
      'Specialized training',
      'Reflective supervision/consultation received',
      'References',
      'Code of Ethics and Endorsement Agreement',
    ]);
    expect(el.shadowRoot!.querySelector('[aria-current="step"]')!.textContent!.trim()).to.equal('About you');
  });

  it('applicant and membership: typed, reloaded, kept', async () => {
    const store = await registeredStore('IFS');
    let el = await mount({ store, backend: fakeBackend() });
    await click(el, button(el, 'Start the professional application'));
    expect(field(el, 'Given name').value).to.equal('Ana');
    await type(field(el, 'Association you are a member of'), 'First 5 Alabama');
    el = await reload(el, { store, backend: fakeBackend() });
    await onHeading(el, 'About you');
    expect(field(el, 'Association you are a member of').value).to.equal('First 5 Alabama');
    await click(el, button(el, 'Save and continue'));
    await onHeading(el, 'Education');
    expect(focused(el)?.id).to.equal('ek-step-heading');
  });

  it('education: an entry with its transcript status', async () => {
    const store = await registeredStore('IFS', { membership: { association: 'F5A' } });
    let el = await mount({ store, backend: fakeBackend() });
    await click(el, button(el, 'Start the professional application'));
    await click(el, button(el, 'Save and continue'));
    await onHeading(el, 'Education');
    await click(el, button(el, 'Add a degree or credential'));
    expect(focused(el)?.id).to.equal(option(el, 'Level', 'Child Development Associate (CDA) credential').id);
    await click(el, option(el, 'Level', 'Bachelor’s degree'));
    await type(field(el, 'Field of study'), 'Social work');
    await type(field(el, 'College, university or credentialing body'), 'University of Alabama');
    await typeDate(field(el, 'Date completed'), '2018-05-15');
    expect(field(el, 'Date completed').value).to.equal('2018-05-15');
    el = await reload(el, { store, backend: fakeBackend() });
    await onHeading(el, 'Education');
    expect(field(el, 'Field of study').value).to.equal('Social work');
    expect(option(el, 'Level', 'Bachelor’s degree').checked).to.equal(true);
    await click(el, option(el, 'Official transcript', 'Requested'));
    await click(el, button(el, 'Save and continue'));
    await onHeading(el, 'Work experience');
  });

  /** Opens the application at a step, through the step indicator. */
  async function openStep(values: Record<string, unknown>, stepTitle: string, category = 'IFS') {
    const store = await registeredStore(category, { membership: { association: 'F5A' }, ...values });
    const el = await mount({ store, backend: fakeBackend() });
    await click(el, button(el, 'Start the professional application'));
    await click(el, button(el, stepTitle));
    await onHeading(el, stepTitle);
    return { el, store };
  }

  it('work: a job with dates, paid, age band and families served', async () => {
    let { el, store } = await openStep({}, 'Work experience');
    await click(el, button(el, 'Add a job'));
    await type(field(el, 'Employer'), 'Home Visiting AL');
    await type(field(el, 'Role or job title'), 'Home visitor');
    await typeDate(field(el, 'Start date'), '2019-09-01');
    await click(el, option(el, 'Was this work paid?', 'Yes'));
    el = await reload(el, { store, backend: fakeBackend() });
    await onHeading(el, 'Work experience');
    expect(field(el, 'Employer').value).to.equal('Home Visiting AL');
    expect(field(el, 'Start date').value).to.equal('2019-09-01');
    expect(option(el, 'Was this work paid?', 'Yes').checked).to.equal(true);
    await click(el, option(el, 'Ages of the children you worked with', 'Infants and toddlers (prenatal to 36 months)'));
    await type(field(el, 'Number of families served (optional)'), '25');
    await click(el, option(el, 'Services you provided', 'Home visiting'));
    await type(field(el, 'What you did'), 'Weekly visits with families.');
    await click(el, button(el, 'Save and continue'));
    await onHeading(el, 'Specialized training');
  });

  it('training: entries add up, with DEI and RSC-provision hours, and one can be removed and undone', async () => {
    let { el, store } = await openStep({}, 'Specialized training');
    await click(el, button(el, 'Add a training'));
    await type(field(el, 'Title'), 'DC:0-5');
    await type(field(el, 'Provided by'), 'ZERO TO THREE');
    await typeDate(field(el, 'Date'), '2024-03-01');
    await type(field(el, 'Clock hours'), '12.5');
    await click(el, option(el, 'Topics', 'Diversity, equity and inclusion'));
    await click(el, button(el, 'Add a training'));
    await type(field(el, 'Title', 1), 'FAN model');
    await type(field(el, 'Clock hours', 1), '6');
    await click(el, option(el, 'Topics', 'Providing reflective supervision/consultation', 1));
    expect(text(el)).to.contain(
      'Training so far: 18.5 hours, of which 12.5 on diversity, equity and inclusion and 6 on providing reflective supervision/consultation.',
    );
    el = await reload(el, { store, backend: fakeBackend() });
    await onHeading(el, 'Specialized training');
    expect(field(el, 'Clock hours', 1).value).to.equal('6');
    await click(el, button(el, 'Remove Training 1'));
    expect(text(el)).to.contain('Training 1 removed.');
    expect(field(el, 'Title').value).to.equal('FAN model');
    expect(text(el)).to.contain('Training so far: 6 hours');
    await click(el, button(el, 'Undo'));
    expect(field(el, 'Title').value).to.equal('DC:0-5');
    expect(field(el, 'Title', 1).value).to.equal('FAN model');
  });

  it('training with 60 entries: typing in one entry leaves the others untouched, and titles renumber after a removal', async () => {
    const training = Array.from({ length: 60 }, (_, i) => ({
      title: `Session ${i + 1}`,
      provider: 'First 5 Alabama',
      date: '2024-03-27',
      hours: 2,
      topics: ['iecmh'],
    }));
    const { el } = await openStep({ training }, 'Specialized training');
    const entries = () => [...el.shadowRoot!.querySelectorAll('fieldset.entry')];
    expect(entries()).to.have.length(60);
    // Point 3 of the first-load issue: a key must not cost more as the list grows, so the other
    // 59 entries are not rendered again. A render of an entry reads its inputs' values (Lit's
    // live()), so those reads say which entries were rendered.
    const rendered = new Set<Element>();
    const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    Object.defineProperty(HTMLInputElement.prototype, 'value', {
      ...descriptor,
      get(this: HTMLInputElement) {
        const entry = this.closest('fieldset.entry');
        if (entry) rendered.add(entry);
        return descriptor.get!.call(this);
      },
    });
    try {
      await type(field(el, 'Clock hours', 30), '5');
      await type(field(el, 'Title', 30), ' (part 2)');
      await el.updateComplete;
    } finally {
      Object.defineProperty(HTMLInputElement.prototype, 'value', descriptor);
    }
    expect([...rendered].map((entry) => entries().indexOf(entry))).to.deep.equal([30]);
    expect(field(el, 'Clock hours', 30).value).to.equal('25');
    expect(text(el)).to.contain('Training so far: 143 hours');
    await click(el, button(el, 'Remove Training 1'));
    expect(entries()).to.have.length(59);
    expect(entries()[29]!.querySelector('legend')!.textContent!.trim()).to.equal('Training 30');
    expect(field(el, 'Title', 29).value).to.equal('Session 31 (part 2)');
    expect(button(el, 'Remove Training 59')).to.exist;
  });

  it('RSC received: hours add up and the tracker follows as the applicant types', async () => {
    let { el, store } = await openStep({}, 'Reflective supervision/consultation received');
    const tracker = () => el.shadowRoot!.querySelector('[part="tracker"]')!.textContent!.replace(/\s+/g, ' ');
    expect(tracker()).to.contain('Infant Family Specialist');
    await click(el, button(el, 'Add RSC you received'));
    await type(field(el, 'RSC provider’s name'), 'Dr. Lee');
    await choose(el, field(el, 'Provider’s endorsement category'), 'Infant Mental Health Mentor – Clinical');
    await click(el, option(el, 'Format', 'Individual'));
    await click(el, option(el, 'How you met', 'In person'));
    await typeDate(field(el, 'Start date'), '2025-01-01');
    await typeDate(field(el, 'End date'), '2025-12-31');
    const before = tracker();
    await type(field(el, 'Clock hours'), '3');
    // A key renders nothing but the field itself (issue 22: typing on a phone); the sum and the
    // tracker follow at the pause in typing.
    await el.updateComplete;
    const hours = field(el, 'Clock hours');
    hours.value = '30';
    hours.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(el.isUpdatePending, 'a key schedules no render').to.equal(false);
    await waitUntil(() => text(el).includes('Reflective supervision/consultation received so far: 30 hours.'), 'the sum after the pause');
    el = await reload(el, { store, backend: fakeBackend() });
    await onHeading(el, 'Reflective supervision/consultation received');
    expect(field(el, 'Clock hours').value).to.equal('30');
    expect(tracker()).to.not.equal(before);
  });

  it('references: the advice to use personal email addresses, and three entries', async () => {
    let { el, store } = await openStep({}, 'References');
    expect(text(el)).to.contain('personal email addresses');
    await click(el, button(el, 'Add a reference'));
    await click(el, option(el, 'How this person knows you', 'Supervisor'));
    await type(field(el, 'Full name'), 'Sam Boss');
    await type(field(el, 'Email address'), 'sam@example.org');
    el = await reload(el, { store, backend: fakeBackend() });
    await onHeading(el, 'References');
    expect(field(el, 'Email address').value).to.equal('sam@example.org');
    expect(option(el, 'How this person knows you', 'Supervisor').checked).to.equal(true);
  });

  it('attestations: Code of Ethics and Endorsement Agreement with a typed signature, then Check your answers', async () => {
    let { el, store } = await openStep({}, 'Code of Ethics and Endorsement Agreement');
    await click(el, field(el, 'I have read and accept the Code of Ethics'));
    await type(field(el, 'Your full name, as signature'), 'Ana Ruiz');
    await typeDate(field(el, 'Date signed'), '2026-11-20');
    el = await reload(el, { store, backend: fakeBackend() });
    await onHeading(el, 'Code of Ethics and Endorsement Agreement');
    expect(field(el, 'I have read and accept the Code of Ethics').checked).to.equal(true);
    expect(field(el, 'Your full name, as signature').value).to.equal('Ana Ruiz');
    await click(el, field(el, 'I have read and accept the Endorsement Agreement'));
    await type(field(el, 'Your full name, as signature', 1), 'Ana Ruiz');
    await typeDate(field(el, 'Date signed', 1), '2026-11-20');
    await click(el, button(el, 'Save and check your answers'));
    await onHeading(el, 'Check your answers');
  });

  it('attestations: each document’s acceptance and signature grouped under the document’s name', async () => {
    const { el } = await openStep({}, 'Code of Ethics and Endorsement Agreement');
    // What a screen reader says on entering a control: the legend of the group it is in.
    const groupOf = (control: Element) => {
      const fieldset = control.closest('fieldset');
      return fieldset ? (fieldset.querySelector(':scope > legend')?.textContent ?? '').replace(/\s+/g, ' ').trim() : '';
    };
    for (const [n, name] of ['Code of Ethics', 'Endorsement Agreement'].entries()) {
      expect(groupOf(field(el, 'Your full name, as signature', n))).to.equal(name);
      expect(groupOf(field(el, 'Date signed', n))).to.equal(name);
      expect(groupOf(field(el, `I have read and accept the ${name}`))).to.equal(name);
      const group = field(el, name);
      expect(group.localName).to.equal('fieldset');
      expect(group.querySelectorAll('input')).to.have.length(3);
    }
  });

  it('attestations: links each document the program gives, opening in a new tab', async () => {
    const program = defineProgram({
      id: 'documents-test',
      name: 'Documents test',
      offers: { 'IMH-E': ['IFS'] },
      documents: { codeOfEthics: 'https://example.org/code-of-ethics.pdf' },
    });
    const store = await registeredStore('IFS', { membership: { association: 'F5A' } }, program);
    const el = await mount({ program, store, backend: fakeBackend() });
    await click(el, button(el, 'Start the professional application'));
    await click(el, button(el, 'Code of Ethics and Endorsement Agreement'));
    await onHeading(el, 'Code of Ethics and Endorsement Agreement');
    const link = button(el, 'Read the Code of Ethics (opens in a new tab)') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('https://example.org/code-of-ethics.pdf');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    expect(link.closest('fieldset')!.querySelector('legend')!.textContent!.trim()).to.equal('Code of Ethics');
    expect(text(el)).not.to.contain('Read the Endorsement Agreement');
    // Issue 11, point 2: the step said "Read the Code of Ethics and the Endorsement Agreement"
    // with only one (or neither) linked: it says where they come from instead.
    expect(text(el)).to.contain('Your association provides the Code of Ethics and the Endorsement Agreement');
    expect(text(el)).not.to.contain('Read the Code of Ethics and the Endorsement Agreement, then sign');
  });

  it('a clinical mentor also gets RSC provided and leadership, and the program’s own questions', async () => {
    const program = defineProgram({
      id: 'demo-aimh',
      name: 'Demo AIMH',
      offers: { 'IMH-E': ['IFS', 'IMHM-C'] },
      questions: [{ id: 'county', type: 'text', label: { en: 'County where you work', es: 'Condado donde trabaja' }, required: true }],
    });
    const store = await registeredStore('IMHM-C', {}, program);
    let el = await mount({ store, program, backend: fakeBackend() });
    await click(el, button(el, 'Start the professional application'));
    const steps = [...el.shadowRoot!.querySelectorAll('nav[aria-label="Steps"] li a')].map((a) => a.textContent!.trim());
    expect(steps).to.include.members(['Reflective supervision/consultation provided', 'Leadership', 'Additional questions']);
    await click(el, button(el, 'Additional questions'));
    await onHeading(el, 'Additional questions');
    await type(field(el, 'County where you work'), 'Jefferson');
    el = await reload(el, { store, program, backend: fakeBackend() });
    await onHeading(el, 'Additional questions');
    expect(field(el, 'County where you work').value).to.equal('Jefferson');
    expect(saveStatus(el)).to.match(/^Saved/);
  });

  it('RSC provided and leadership (clinical mentor): entries restored by a reload', async () => {
    let { el, store } = await openStep({}, 'Reflective supervision/consultation provided', 'IMHM-C');
    await click(el, button(el, 'Add RSC you provided'));
    await type(field(el, 'Your role'), 'Reflective supervisor');
    await typeDate(field(el, 'Start date'), '2019-01-01');
    el = await reload(el, { store, backend: fakeBackend() });
    await onHeading(el, 'Reflective supervision/consultation provided');
    expect(field(el, 'Your role').value).to.equal('Reflective supervisor');
    await click(el, button(el, 'Leadership'));
    await onHeading(el, 'Leadership');
    await click(el, button(el, 'Add an activity'));
    await type(field(el, 'Activity'), 'State IMH committee chair');
    await click(el, option(el, 'Level', 'State'));
    el = await reload(el, { store, backend: fakeBackend() });
    await onHeading(el, 'Leadership');
    expect(field(el, 'Activity').value).to.equal('State IMH committee chair');
    expect(option(el, 'Level', 'State').checked).to.equal(true);
  });
});
