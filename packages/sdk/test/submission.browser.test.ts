// Submission in Chromium through the msw service worker: a dropped response then a retry makes
// one record; a 422 lands on the draft's fields; offline at submit time sends once back online,
// also after a reload.
import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import {
  createEndorsementClient,
  defineProgram,
  isSubmissionError,
  restBackend,
  type ApplicationDraft,
  type EndorsementClient,
} from '@endorsement-kit/sdk';
import { createReceiver, waitForDraft } from '@endorsement-kit/test-kit/msw/index.js';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';

const receiver = createReceiver(`${location.origin}/receiver`);
const worker = setupWorker(...receiver.handlers);
const backend = restBackend({ baseUrl: receiver.baseUrl, retry: { limit: 2, delay: 1 } });
let count = 0;
const clients: EndorsementClient[] = [];

function newClient(program = defineProgram({ id: `submission-${Date.now()}-${++count}`, name: 'Test', offers: { 'IMH-E': ['IFS'] } })) {
  const client = createEndorsementClient({ program, backend });
  clients.push(client);
  return client;
}

async function filledDraft(client: EndorsementClient) {
  const { schemaVersion: _v, program: _p, ...answers } = validApplication();
  const value: ApplicationDraft = { ...answers, overview: validRegistration().overview };
  const draft = await client.open();
  for (const [key, entry] of Object.entries(value)) draft.set(key, entry);
  await draft.flush();
  return draft;
}

const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
function goOffline() {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
}
function goOnline() {
  delete (navigator as { onLine?: boolean }).onLine;
  expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')).to.deep.equal(onLine);
  window.dispatchEvent(new Event('online'));
}

before(async () => {
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
});
afterEach(async () => {
  receiver.reset();
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});
after(() => worker.stop());

describe('submission in the browser', () => {
  it('a dropped response, then the retry: one record on the server, one receipt', async () => {
    const client = newClient();
    const draft = await filledDraft(client);
    receiver.script('drop-response');
    const receipt = await draft.submit();
    const key = receiver.requests[0]!.idempotencyKey!;
    expect(receiver.countByKey(key)).to.equal(2);
    expect(receiver.records.size).to.equal(1);
    expect(receipt.id).to.equal(receiver.records.get(key)!.receipt.id);
    expect((receiver.records.get(key)!.payload as { program: string }).program).to.equal(client.program.id);
    expect(draft.receipt).to.deep.equal(receipt);
    expect(draft.value).to.deep.equal({ endorsement: 'IMH-E', category: 'IFS' });
  });

  it('a 422 shows the server issues on the draft fields, and nothing typed is lost', async () => {
    const draft = await filledDraft(newClient());
    receiver.script({ status: 422, body: { issues: [{ path: ['references', 1, 'email'], message: 'This reference cannot be reached' }] } });
    const error = await draft.submit().catch((e: unknown) => e);
    expect(isSubmissionError(error) && error.status).to.equal(422);
    expect(draft.submission.status).to.equal('error');
    expect(draft.issues).to.deep.equal([{ path: ['references', 1, 'email'], message: 'This reference cannot be reached', code: 'server' }]);
    expect(draft.get('applicant.givenName')).to.equal('Ana');
    draft.set(['references', 1, 'email'], 'someone.else@example.org');
    expect(draft.issues).to.deep.equal([]);
  });

  it('offline at submit time: it waits in the store, survives a reload, and is sent once back online', async () => {
    goOffline();
    try {
      const first = newClient();
      const draft = await filledDraft(first);
      const waiting = draft.submit().catch((e: unknown) => e);
      await waitForDraft(draft, (d) => d.submission.status === 'waiting-offline');
      await draft.flush();
      expect(draft.pending?.offline).to.equal(true);
      await first.dispose();
      expect(isSubmissionError(await waiting), 'the closed page stops waiting').to.equal(true);

      const again = await newClient(first.program).open(draft.id);
      await waitForDraft(again, (d) => d.submission.status === 'waiting-offline');
      expect(receiver.requests).to.have.length(0);
    } finally {
      goOnline();
    }
    const reopened = clients[1]!;
    const resumed = await reopened.open();
    await waitForDraft(resumed, (d) => d.submission.status === 'sent');
    window.dispatchEvent(new Event('online'));
    expect(receiver.requests).to.have.length(1);
    expect(receiver.records.size).to.equal(1);
    expect(resumed.receipt?.id).to.equal([...receiver.records.values()][0]!.receipt.id);
  });
});
