// The element's events: bubbling and composed (heard outside the shadow root), typed, and the
// cancelable endorsement-submit that lets a host stop a submission.
import { expect, fixtureCleanup, oneEvent } from '@open-wc/testing';
import { isEndorsementKitError, isProgramLoadError, memoryStore, type ProgramLoadError } from '@endorsement-kit/sdk';
import {
  EndorsementErrorEvent,
  EndorsementRegisteredEvent,
  EndorsementSaveEvent,
  EndorsementStepChangeEvent,
  EndorsementSubmitEvent,
  EndorsementSubmittedEvent,
} from '../src/index.js';
import { button, click, field, mount, onHeading, option, text, type } from '@endorsement-kit/test-kit/element/helpers.js';
import { completeIfs, fakeBackend, registeredStore } from './seed.js';

describe('events', () => {
  afterEach(() => fixtureCleanup());

  it('fires endorsement-step-change and endorsement-save, heard on the document', async () => {
    const el = await mount({ store: memoryStore(), backend: fakeBackend() });
    const step = oneEvent<EndorsementStepChangeEvent>(document, 'endorsement-step-change');
    await click(el, button(el, 'Start a new application'));
    const change = await step;
    expect(change).to.be.instanceOf(EndorsementStepChangeEvent);
    expect(change.step).to.equal('applicant');
    expect(change.form).to.equal('registration');
    expect(change.bubbles && change.composed).to.equal(true);
    const save = oneEvent<EndorsementSaveEvent>(document, 'endorsement-save');
    await type(field(el, 'Given name'), 'Ana');
    const saved = await save;
    expect(saved).to.be.instanceOf(EndorsementSaveEvent);
    expect(saved.saveState.status).to.equal('saved');
  });

  it('fires endorsement-submit, then endorsement-submitted with the receipt', async () => {
    const log: { kind: string; payload: unknown }[] = [];
    const el = await mount({ store: await registeredStore('IFS', completeIfs), backend: fakeBackend(log) });
    await click(el, button(el, 'Start the professional application'));
    await click(el, button(el, 'Code of Ethics and Endorsement Agreement'));
    await click(el, button(el, 'Save and check your answers'));
    await onHeading(el, 'Check your answers');
    const before = oneEvent<EndorsementSubmitEvent>(el, 'endorsement-submit');
    const after = oneEvent<EndorsementSubmittedEvent>(el, 'endorsement-submitted');
    button(el, 'Submit application').click();
    const submit = await before;
    expect(submit).to.be.instanceOf(EndorsementSubmitEvent);
    expect(submit.kind).to.equal('application');
    expect(submit.cancelable).to.equal(true);
    const submitted = await after;
    expect(submitted).to.be.instanceOf(EndorsementSubmittedEvent);
    expect(submitted.receipt.id).to.equal('APP-42');
    expect(log.map((l) => l.kind)).to.deep.equal(['application']);
  });

  it('lets the host cancel a submission with preventDefault(): nothing is sent', async () => {
    const log: { kind: string; payload: unknown }[] = [];
    const el = await mount({ store: await registeredStore('IFS', completeIfs), backend: fakeBackend(log) });
    await click(el, button(el, 'Start the professional application'));
    await click(el, button(el, 'Code of Ethics and Endorsement Agreement'));
    await click(el, button(el, 'Save and check your answers'));
    const cancel = (e: EndorsementSubmitEvent) => e.preventDefault();
    document.addEventListener('endorsement-submit', cancel);
    try {
      await click(el, button(el, 'Submit application'));
    } finally {
      document.removeEventListener('endorsement-submit', cancel);
    }
    expect(text(el)).to.contain('Sending was cancelled by this page.');
    expect(log).to.deep.equal([]);
  });

  it('fires endorsement-registered after the registration', async () => {
    const store = memoryStore();
    const el = await mount({ store, backend: fakeBackend() });
    await click(el, button(el, 'Start a new application'));
    await type(field(el, 'Given name'), 'Ana');
    await type(field(el, 'Family name'), 'Ruiz');
    await type(field(el, 'Email address'), 'ana@example.org');
    await click(el, button(el, 'Endorsement and category'));
    await click(el, option(el, 'Endorsement', 'Infant Mental Health Endorsement (IMH-E®)'));
    await click(el, option(el, 'Category', 'Infant Family Associate'));
    await click(el, button(el, 'Your work and education'));
    await type(field(el, 'Your specialized work'), 'Teacher');
    await type(field(el, 'Your education'), 'CDA');
    const registered = oneEvent<EndorsementRegisteredEvent>(el, 'endorsement-registered');
    button(el, 'Send registration').click();
    const event = await registered;
    expect(event).to.be.instanceOf(EndorsementRegisteredEvent);
    expect(event.receipt.id).to.equal('REG-7');
  });

  it('fires endorsement-error when the program cannot be loaded, and says so', async () => {
    const failed = oneEvent<EndorsementErrorEvent>(document, 'endorsement-error');
    const el = await mount({ program: '/packages/element/test/no-such-program.json', store: memoryStore() });
    const event = await failed;
    expect(event).to.be.instanceOf(EndorsementErrorEvent);
    expect(event.context).to.equal('program');
    // A typed error, told apart by its guard and carrying the server's status, not by its message.
    expect(isProgramLoadError(event.error)).to.equal(true);
    expect(isEndorsementKitError(event.error)).to.equal(true);
    expect((event.error as ProgramLoadError).status).to.equal(404);
    expect(text(el)).to.contain('could not be loaded');
  });
});
