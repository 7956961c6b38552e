// draft.register() and draft.submit() end to end in Node: validation before any request,
// idempotent retries across a "crash", 422 issues on the draft's fields, clearing after success.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import {
  createEndorsementClient,
  customBackend,
  isNetworkError,
  isSubmissionError,
  memoryStore,
  NetworkError,
  programs,
  restBackend,
  stepStatuses,
  SubmissionError,
  type ApplicationDraft,
  type DraftStore,
} from '@endorsement-kit/sdk';
import { createReceiver, waitForDraft } from '@endorsement-kit/test-kit/msw/index.js';
import { ASOF, validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';

const receiver = createReceiver();
const server = setupServer(...receiver.handlers);
before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => receiver.reset());
after(() => server.close());

const backend = restBackend({ baseUrl: receiver.baseUrl, retry: { limit: 2, delay: 1 } });
const complete = (): ApplicationDraft => {
  const { schemaVersion: _v, program: _p, ...answers } = validApplication();
  return { ...answers, overview: validRegistration().overview };
};

async function openFilled(store: DraftStore = memoryStore()) {
  const client = createEndorsementClient({ program: programs.alliance, backend, store });
  const draft = await client.open();
  for (const [key, value] of Object.entries(complete())) draft.set(key, value);
  return { client, draft, store };
}

test('an invalid application is not sent: the SubmissionError lists the issues', async () => {
  const { client, draft } = await openFilled();
  draft.set('applicant.email', 'not-an-email');
  draft.set('training', undefined);
  const error = await draft.submit().catch((e: unknown) => e);
  assert.ok(isSubmissionError(error));
  assert.ok(error.issues.some((issue) => issue.path.join('.') === 'applicant.email'));
  assert.equal(receiver.requests.length, 0);
  assert.equal(draft.submission.status, 'error');
  assert.equal(draft.submission.kind, 'application');
  assert.equal(draft.get('applicant.email'), 'not-an-email', 'nothing is lost');
  await client.dispose();
});

test('a cleared optional field is absent, not an issue: what stepStatuses calls complete is what submit() sends', async () => {
  const { client, draft } = await openFilled();
  try {
    draft.set(['work', 0, 'end'], '');
    draft.set(['work', 0, 'familiesServed'], null);
    draft.set('applicant.phone', '   ');
    assert.deepEqual(
      stepStatuses(programs.alliance, draft.value, { form: 'application', asOf: ASOF }).filter((s) => s.status !== 'complete'),
      [],
    );
    assert.equal(draft.validate().ok, true);
    await draft.submit();
    const work = (receiver.requests[0]!.body as { work: Record<string, unknown>[] }).work[0]!;
    assert.equal('end' in work || 'familiesServed' in work, false);
  } finally {
    await client.dispose();
  }
});

test('register() sends only the registration keys and keeps the receipt with the draft', async () => {
  const { client, draft, store } = await openFilled();
  assert.equal(draft.validate('registration').ok, true);
  assert.equal(draft.requirements({ asOf: '2026-01-15' }).category, 'IFS');
  const receipt = await draft.register();
  assert.equal(receiver.requests.length, 1);
  const body = receiver.requests[0]!.body as Record<string, unknown>;
  assert.deepEqual(Object.keys(body).sort(), [
    'applicant',
    'category',
    'endorsement',
    'membership',
    'overview',
    'program',
    'schemaVersion',
  ]);
  assert.equal(body['program'], 'alliance');
  assert.deepEqual(draft.registration, receipt);
  assert.equal(draft.submission.status, 'sent');
  assert.deepEqual(((await store.get(`draft:${draft.id}`)) as { registration: unknown }).registration, receipt);
  assert.ok(draft.get('training'), 'the application goes on');
  await client.dispose();
});

test('a timeout, then a "crash" and a retry from a new page: one record on the server, then the answers are cleared', async () => {
  const { client, draft, store } = await openFilled();
  receiver.script('drop-response', 'network-error', 'network-error');
  const error = await draft.submit().catch((e: unknown) => e);
  assert.ok(isNetworkError(error));
  assert.equal(draft.submission.status, 'error');
  const key = draft.pending?.idempotencyKey;
  assert.ok(key);
  assert.equal(receiver.records.size, 1, 'the first attempt made the record; its answer was lost');
  await client.dispose();

  const reloaded = createEndorsementClient({ program: programs.alliance, backend, store });
  const again = await reloaded.open(draft.id);
  assert.equal(again.pending?.idempotencyKey, key, 'the key survived the reload');
  const receipt = await again.submit();
  assert.equal(receiver.countByKey(key), 4);
  assert.equal(receiver.records.size, 1);
  assert.equal(receipt.id, receiver.records.get(key)!.receipt.id);

  assert.deepEqual(again.value, { endorsement: 'IMH-E', category: 'IFS' }, 'personal data cleared');
  assert.deepEqual(again.receipt, receipt);
  assert.equal(again.pending, undefined);
  const stored = JSON.stringify(await store.get(`draft:${draft.id}`));
  assert.ok(!stored.includes('ana.ruiz@example.org') && !stored.includes('Ruiz'));
  assert.ok(stored.includes(receipt.id), 'the receipt is kept');
  assert.equal((await reloaded.status(receipt.id)).status, 'under_review');
  await reloaded.dispose();
});

// Issue 11, point 4: after a crash mid-submission nothing was resent, and changing an answer then
// sending again made a second record.
test('a send cut off by a crash is resent with its key as the draft opens: one record, its receipt', async () => {
  const { client, draft, store } = await openFilled();
  receiver.script('drop-response', 'network-error', 'network-error');
  await draft.submit().catch(() => undefined);
  const key = draft.pending?.idempotencyKey;
  assert.ok(key);
  // A crash mid-send: the page ends with the send still on its way, not marked as waiting offline.
  assert.equal(draft.pending?.offline, false);
  await client.dispose();

  const reloaded = createEndorsementClient({ program: programs.alliance, backend, store });
  const again = await reloaded.open(draft.id);
  await waitForDraft(again, (d) => d.submission.status === 'sent');
  assert.equal(receiver.records.size, 1);
  assert.equal(again.receipt?.id, receiver.records.get(key)!.receipt.id);
  assert.equal(again.pending, undefined);
  await reloaded.dispose();
});

test('a 422 puts the server issues on the fields; changing a field clears its issue; the next try has a new key', async () => {
  const { client, draft } = await openFilled();
  receiver.script({
    status: 422,
    body: {
      issues: [
        { path: ['applicant', 'email'], message: 'This email already has an application' },
        { path: ['training', 0, 'hours'], message: 'Hours do not match the certificate' },
      ],
    },
  });
  const error = await draft.submit().catch((e: unknown) => e);
  assert.ok(isSubmissionError(error));
  assert.equal(error.status, 422);
  assert.deepEqual(
    error.issues.map((i) => i.path),
    [
      ['applicant', 'email'],
      ['training', 0, 'hours'],
    ],
  );
  assert.deepEqual(
    draft.issues.map((i) => i.message),
    ['This email already has an application', 'Hours do not match the certificate'],
  );
  const firstKey = receiver.requests[0]!.idempotencyKey;
  assert.equal(draft.pending, undefined, 'a final answer ends that submission');

  draft.set('applicant.email', 'ana.r@example.org');
  assert.deepEqual(
    draft.issues.map((i) => i.path),
    [['training', 0, 'hours']],
  );
  draft.set(['training', 0, 'hours'], 31);
  assert.deepEqual(draft.issues, []);

  await draft.submit();
  assert.notEqual(receiver.requests[1]!.idempotencyKey, firstKey);
  assert.equal(receiver.records.size, 1);
  await client.dispose();
});

test('an aborted signal cancels: a SubmissionError, and the answers stay', async () => {
  const { client, draft } = await openFilled();
  const controller = new AbortController();
  controller.abort();
  const error = await draft.submit({ signal: controller.signal }).catch((e: unknown) => e);
  assert.ok(isSubmissionError(error));
  assert.equal(receiver.records.size, 0);
  assert.equal(draft.get('applicant.givenName'), 'Ana');
  await client.dispose();
});

test('customBackend: the same idempotencyKey on a retry, and its 422 SubmissionError lands on the fields', async () => {
  const keys: string[] = [];
  let answer: 'network' | '422' | 'ok' = 'network';
  const custom = customBackend({
    register: async () => ({ id: 'R-1', receivedAt: '2026-01-01T00:00:00Z', status: 'registered' }),
    submit: async (_payload, { idempotencyKey }) => {
      keys.push(idempotencyKey);
      if (answer === 'network') throw new NetworkError('offline for a moment');
      if (answer === '422')
        throw new SubmissionError('refused', {
          status: 422,
          issues: [{ path: ['membership', 'memberId'], code: 'unknown-member', message: 'No such member' }],
        });
      return { id: 'A-1', receivedAt: '2026-01-01T00:00:00Z', status: 'received' };
    },
    status: async (id) => ({ id, receivedAt: '2026-01-01T00:00:00Z', status: 'received' }),
  });
  const client = createEndorsementClient({ program: programs.alliance, backend: custom });
  const draft = await client.open();
  for (const [key, value] of Object.entries(complete())) draft.set(key, value);
  assert.ok(isNetworkError(await draft.submit().catch((e: unknown) => e)));
  answer = '422';
  assert.ok(isSubmissionError(await draft.submit().catch((e: unknown) => e)));
  assert.equal(keys[0], keys[1], 'a retry is the same submission');
  assert.deepEqual(
    draft.issues.map((i) => i.path),
    [['membership', 'memberId']],
  );
  answer = 'ok';
  draft.set('membership.memberId', 'F5A-1');
  assert.equal((await draft.submit()).id, 'A-1');
  assert.notEqual(keys[2], keys[1], 'after a final answer, a new submission');
  await client.dispose();
});

/** A backend whose answers a test sets per call, recording each call's kind, key and payload. */
function scriptedBackend() {
  const calls: { kind: 'registration' | 'application'; key: string; payload: Record<string, unknown> }[] = [];
  const answers = { registration: 'ok' as 'ok' | 'network', application: 'ok' as 'ok' | 'network' };
  const answer = (kind: 'registration' | 'application', payload: unknown, key: string) => {
    calls.push({ kind, key, payload: payload as Record<string, unknown> });
    if (answers[kind] === 'network') throw new NetworkError('the connection dropped');
    return { id: kind === 'registration' ? 'R-1' : 'A-1', receivedAt: '2026-01-01T00:00:00Z', status: 'received' as const };
  };
  const backend = customBackend({
    register: async (payload, { idempotencyKey }) => answer('registration', payload, idempotencyKey),
    submit: async (payload, { idempotencyKey }) => answer('application', payload, idempotencyKey),
    status: async (id) => ({ id, receivedAt: '2026-01-01T00:00:00Z', status: 'received' }),
  });
  return { backend, calls, answers };
}

test('a registration whose outcome is unknown keeps its key while the application is sent, and the other way round', async () => {
  const { backend: custom, calls, answers } = scriptedBackend();
  const client = createEndorsementClient({ program: programs.alliance, backend: custom });
  const draft = await client.open();
  for (const [key, value] of Object.entries(complete())) draft.set(key, value);
  answers.registration = 'network';
  answers.application = 'network';
  assert.ok(isNetworkError(await draft.register().catch((e: unknown) => e)));
  assert.ok(isNetworkError(await draft.submit().catch((e: unknown) => e)));
  assert.equal(draft.pendingOf('registration')?.idempotencyKey, calls[0]!.key);
  assert.equal(draft.pendingOf('application')?.idempotencyKey, calls[1]!.key);
  answers.registration = 'ok';
  answers.application = 'ok';
  await draft.register();
  await draft.submit();
  assert.deepEqual(
    calls.map((c) => c.kind),
    ['registration', 'application', 'registration', 'application'],
  );
  assert.equal(calls[2]!.key, calls[0]!.key, 'the registration retried with its own key');
  assert.equal(calls[3]!.key, calls[1]!.key, 'the application retried with its own key');
  assert.equal(draft.pending, undefined);
  await client.dispose();
});

/** A complete draft whose submission's outcome is unknown (the connection dropped). */
async function submittedUnknown() {
  const { backend: custom, calls, answers } = scriptedBackend();
  const client = createEndorsementClient({ program: programs.alliance, backend: custom });
  const draft = await client.open();
  for (const [key, value] of Object.entries(complete())) draft.set(key, value);
  answers.application = 'network';
  assert.ok(isNetworkError(await draft.submit().catch((e: unknown) => e)));
  return { client, draft, calls, answers };
}

test('a retry validates the answers as they are now: made invalid after an unknown outcome, nothing is sent', async () => {
  const { client, draft, calls, answers } = await submittedUnknown();
  draft.set('applicant.givenName', '');
  answers.application = 'ok';
  const error = await draft.submit().catch((e: unknown) => e);
  assert.ok(isSubmissionError(error));
  assert.deepEqual(
    error.issues.map((i) => i.path.join('.')),
    ['applicant.givenName'],
  );
  assert.equal(calls.length, 1, 'nothing sent');
  assert.equal(draft.pendingOf('application')?.idempotencyKey, calls[0]!.key, 'the unknown outcome keeps its key');
  draft.set('applicant.givenName', 'Ana');
  await draft.submit();
  assert.equal(calls[1]!.key, calls[0]!.key, 'the same answers again: the same submission');
  await client.dispose();
});

test('answers changed after an unknown outcome are what is sent, as a new submission with a new key', async () => {
  const { client, draft, calls, answers } = await submittedUnknown();
  draft.set('applicant.givenName', 'Ana María');
  answers.application = 'ok';
  await draft.submit();
  assert.equal((calls[1]!.payload['applicant'] as { givenName: string }).givenName, 'Ana María', 'the latest answers, not a stale copy');
  assert.notEqual(calls[1]!.key, calls[0]!.key, 'one key never carries two bodies');
  await client.dispose();
});
