// restBackend on the wire against the shared msw receiver: paths, headers, idempotency, retries,
// timeouts and error mapping; customBackend's checks.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { customBackend, isNetworkError, isSubmissionError, restBackend } from '@endorsement-kit/sdk';
import { createReceiver } from '@endorsement-kit/test-kit/msw/index.js';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';

const receiver = createReceiver();
const server = setupServer(...receiver.handlers);
before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => receiver.reset());
after(() => server.close());

const fast = { limit: 3, delay: 1 };

test('POSTs registrations and applications with JSON, the Idempotency-Key and fresh headers; GETs status', async () => {
  let token = 0;
  const backend = restBackend({
    baseUrl: `${receiver.baseUrl}/`,
    headers: async () => ({ Authorization: `Bearer t${++token}` }),
    retry: fast,
  });
  const registration = await backend.register(validRegistration(), { idempotencyKey: 'reg-1' });
  assert.equal(registration.status, 'registered');
  const receipt = await backend.submit(validApplication(), { idempotencyKey: 'app-1' });
  assert.equal(receipt.status, 'received');
  assert.deepEqual(
    receiver.requests.map((r) => [r.kind, r.idempotencyKey, r.headers['authorization'], r.headers['content-type']]),
    [
      ['registration', 'reg-1', 'Bearer t1', 'application/json'],
      ['application', 'app-1', 'Bearer t2', 'application/json'],
    ],
  );
  assert.deepEqual(receiver.requests[1]!.body, validApplication());
  assert.equal(receiver.requests[1]!.headers['accept'], 'application/json');
  const status = await backend.status(receipt.id);
  assert.deepEqual(status, { ...receipt, status: 'under_review' });
});

test('a dropped response is retried with the same key, and the server keeps one record', async () => {
  const backend = restBackend({ baseUrl: receiver.baseUrl, retry: fast });
  receiver.script('drop-response', 'network-error', { status: 503 });
  const receipt = await backend.submit(validApplication(), { idempotencyKey: 'k-1' });
  assert.equal(receiver.countByKey('k-1'), 4);
  assert.equal(receiver.records.size, 1);
  assert.equal(receipt.id, receiver.records.get('k-1')!.receipt.id);
});

test('retries 408, 429 and timeouts; gives up with a NetworkError keeping the cause', async () => {
  const backend = restBackend({ baseUrl: receiver.baseUrl, retry: fast, timeout: 200 });
  receiver.script({ status: 408 }, { status: 429 }, { delay: 1000 });
  await backend.submit(validApplication(), { idempotencyKey: 'k-2' });
  assert.equal(receiver.countByKey('k-2'), 4);

  receiver.script({ status: 429, headers: { 'Retry-After': '0' } }, { status: 503, headers: { 'Retry-After': '0' } });
  await backend.register(validRegistration(), { idempotencyKey: 'k-2b' });
  assert.equal(receiver.countByKey('k-2b'), 3);

  receiver.script('network-error', 'network-error', 'network-error', 'network-error');
  const error = await backend.submit(validApplication(), { idempotencyKey: 'k-3' }).catch((e: unknown) => e);
  assert.ok(isNetworkError(error), String(error));
  assert.ok(error.cause instanceof Error);
  assert.equal(receiver.countByKey('k-3'), 4);
  assert.equal(receiver.records.size, 2);
});

test('retries every 5xx, not only the common ones', async () => {
  const backend = restBackend({ baseUrl: receiver.baseUrl, retry: fast });
  receiver.script({ status: 500 }, { status: 507 }, { status: 520 });
  const receipt = await backend.submit(validApplication(), { idempotencyKey: 'k-5xx' });
  assert.equal(receiver.countByKey('k-5xx'), 4);
  assert.equal(receipt.id, receiver.records.get('k-5xx')!.receipt.id);
});

test("a headers function that throws is the host's failure: not retried, not a NetworkError", async () => {
  const backend = restBackend({
    baseUrl: receiver.baseUrl,
    retry: fast,
    headers: () => {
      throw new Error('signed out');
    },
  });
  const error = await backend.submit(validApplication(), { idempotencyKey: 'k-h' }).catch((e: unknown) => e);
  assert.ok(isSubmissionError(error), String(error));
  assert.equal((error.cause as Error).message, 'signed out');
  assert.equal(receiver.requests.length, 0);
});

test('a 422 body becomes a SubmissionError with the issues; other statuses keep the status, not retried', async () => {
  const backend = restBackend({ baseUrl: receiver.baseUrl, retry: fast });
  receiver.script({ status: 422, body: { issues: [{ path: ['applicant', 'email'], message: 'Already registered' }] } });
  const invalid = await backend.submit(validApplication(), { idempotencyKey: 'k-4' }).catch((e: unknown) => e);
  assert.ok(isSubmissionError(invalid));
  assert.equal(invalid.status, 422);
  assert.deepEqual(invalid.issues, [{ path: ['applicant', 'email'], message: 'Already registered', code: 'server' }]);

  receiver.script({ status: 403, body: { message: 'Forbidden' } });
  const forbidden = await backend.register(validRegistration(), { idempotencyKey: 'k-5' }).catch((e: unknown) => e);
  assert.ok(isSubmissionError(forbidden));
  assert.equal(forbidden.status, 403);
  assert.deepEqual(forbidden.issues, []);
  assert.equal(receiver.countByKey('k-5'), 1);

  receiver.script({ status: 200, body: { nope: true } });
  const noReceipt = await backend.register(validRegistration(), { idempotencyKey: 'k-6' }).catch((e: unknown) => e);
  assert.ok(isSubmissionError(noReceipt));
});

test('bad options fail early with a TypeError naming the option', () => {
  assert.throws(() => restBackend({ baseUrl: '' }), /`baseUrl`/);
  assert.throws(
    () => restBackend({ baseUrl: receiver.baseUrl, retry: -1 }),
    (e: unknown) => e instanceof TypeError && /`retry`/.test(e.message),
  );
  assert.throws(() => restBackend({ baseUrl: receiver.baseUrl, retry: { limit: 1.5 } }), /`retry\.limit`/);
  assert.throws(() => restBackend({ baseUrl: receiver.baseUrl, retry: '3' as never }), /`retry`/);
  assert.throws(() => restBackend({ baseUrl: receiver.baseUrl, timeout: 0 }), /`timeout`/);
  assert.throws(() => restBackend({ baseUrl: receiver.baseUrl, headers: 'Bearer x' as never }), /`headers`/);
  assert.doesNotThrow(() => restBackend({ baseUrl: receiver.baseUrl, retry: 0, timeout: 5000, headers: {} }));
  assert.throws(() => customBackend({ register: async () => ({ id: '', receivedAt: '', status: '' }) } as never), /`submit`/);
});

// Issue 23, point 15: a refusal carries a reason the element words (what to do), not only a number.
test('each refusal has a reason decided from the status and the body', async () => {
  const backend = restBackend({ baseUrl: receiver.baseUrl, retry: { limit: 0 } });
  const cases: [unknown, string][] = [
    [{ status: 413, body: { error: 'too_large' } }, 'too-large'],
    [{ status: 400, body: { error: 'invalid_json' } }, 'invalid'],
    [{ status: 422, body: { issues: [{ path: ['category'], message: 'Choose one' }] } }, 'invalid'],
    [{ status: 422, body: { issues: [{ path: ['program'], code: 'unknown_program', message: 'No such program' }] } }, 'unknown-program'],
    [{ status: 409, body: { error: 'idempotency_key_reused' } }, 'conflict'],
    [{ status: 429, body: { error: 'rate_limited' } }, 'rate-limited'],
    [{ status: 403, body: { error: 'origin_not_allowed' } }, 'forbidden-origin'],
    [{ status: 403, body: { error: 'forbidden' } }, 'unauthorized'],
    [{ status: 503, body: { error: 'unavailable' } }, 'server'],
    [{ status: 201, body: '<html>Thanks</html>' }, 'server'],
  ];
  for (const [step, reason] of cases) {
    receiver.script(step as Parameters<typeof receiver.script>[0]);
    const error = await backend.submit(validApplication(), { idempotencyKey: crypto.randomUUID() }).catch((e: unknown) => e);
    assert.ok(isSubmissionError(error), String(error));
    assert.equal(error.reason, reason, JSON.stringify(step));
  }
  receiver.script('network-error');
  const unreachable = await backend.submit(validApplication(), { idempotencyKey: crypto.randomUUID() }).catch((e: unknown) => e);
  assert.ok(isNetworkError(unreachable));
  assert.equal(unreachable.reason, 'unreachable');
});

// Issue 23, point 11: the applicant's lookup by short reference and email, the email in the body.
test('lookup POSTs { reference, email } and gets the receipt; a wrong email is a not-found SubmissionError; customBackend passes it on', async () => {
  const backend = restBackend({ baseUrl: receiver.baseUrl, retry: fast });
  const receipt = await backend.submit(validApplication(), { idempotencyKey: 'k-lookup' });
  assert.ok(receipt.reference);
  const email = validApplication().applicant.email;
  const found = await backend.lookup!({ reference: receipt.reference.toLowerCase(), email });
  assert.equal(found.id, receipt.id);
  const sent = receiver.requests.at(-1)!;
  assert.deepEqual([sent.method, sent.kind, sent.body], ['POST', 'lookup', { reference: receipt.reference.toLowerCase(), email }]);
  const wrong = await backend.lookup!({ reference: receipt.reference, email: 'x@example.org' }).catch((e: unknown) => e);
  assert.ok(isSubmissionError(wrong));
  assert.deepEqual([wrong.status, wrong.reason], [404, 'not-found']);

  const asked: unknown[] = [];
  const custom = customBackend({
    register: () => Promise.reject(new Error('unused')),
    submit: () => Promise.reject(new Error('unused')),
    status: () => Promise.reject(new Error('unused')),
    lookup: async (query) => (asked.push(query), receipt),
  });
  assert.equal((await custom.lookup!({ reference: 'R', email: 'e' })).id, receipt.id);
  assert.deepEqual(asked, [{ reference: 'R', email: 'e' }]);
  assert.equal(customBackend({ register: custom.register, submit: custom.submit, status: custom.status }).lookup, undefined);
});
