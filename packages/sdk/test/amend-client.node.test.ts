// amendClient against the shared msw fake of the receiver's amend routes: the link's token goes in
// POST bodies only; opening is data (a refusal is a result, not a throw); the backend it wraps
// sends the application to amend/submit, keeps the version in the receipt, and turns a 422 into a
// SubmissionError with the issues and a used link into one with status 410.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { amendClient, customBackend, isSubmissionError, type Application } from '@endorsement-kit/sdk';
import { createAmendReceiver } from '@endorsement-kit/test-kit/msw/index.js';
import { validApplication } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';

const API = 'https://receiver.test/api';
const receiver = createAmendReceiver(API);
const server = setupServer(...receiver.handlers);
before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => receiver.reset());
after(() => server.close());

const refuse = () => Promise.reject(new Error('not this one'));
const base = customBackend({ register: refuse, submit: refuse, status: refuse });
const context = { idempotencyKey: 'key-1' };

test('opens the application behind the link, sends the next version through the wrapped backend, then the link is closed', async () => {
  const application = validApplication() as Application;
  receiver.link('tok-amend-1', application, 'Please add your RSC hours.');
  const amend = amendClient({ baseUrl: `${API}/`, token: 'tok-amend-1' });
  const opened = await amend.open();
  assert.ok(opened.ok);
  assert.equal(opened.value.message, 'Please add your RSC hours.');
  assert.deepEqual(opened.value.application, application);

  const receipt = await amend.backend(base).submit(application, context);
  assert.deepEqual([receipt.status, receipt.version, receipt.reference], ['received', 2, 'ALL-AMND-0001']);
  assert.ok(
    receiver.requests.every((r) => !r.url.includes('tok-amend-1')),
    'the token is never in a URL',
  );
  assert.deepEqual(
    receiver.requests.map((r) => [new URL(r.url).pathname, (r.body as { token: string }).token]),
    [
      ['/api/applications/amend/open', 'tok-amend-1'],
      ['/api/applications/amend/submit', 'tok-amend-1'],
    ],
  );

  assert.deepEqual(await amend.open(), { ok: false, error: 'link_closed', status: 410 });
  await assert.rejects(amend.backend(base).submit(application, context), (error) => isSubmissionError(error) && error.status === 410);
});

test('a wrong link is a result; an application refused comes back with its issues', async () => {
  assert.deepEqual(await amendClient({ baseUrl: API, token: 'nope' }).open(), { ok: false, error: 'invalid_link', status: 404 });
  receiver.link('tok-amend-2', validApplication() as Application);
  const refused = amendClient({ baseUrl: API, token: 'tok-amend-2' })
    .backend(base)
    .submit({ ...validApplication(), applicant: { ...validApplication().applicant, email: '' } } as Application, context);
  await assert.rejects(refused, (error) => {
    assert.ok(isSubmissionError(error));
    assert.deepEqual([error.status, error.reason, error.issues.map((i) => i.path.join('.'))], [422, 'invalid', ['applicant.email']]);
    return true;
  });
  assert.throws(() => amendClient({ baseUrl: API, token: '' }), /`token` must be a non-empty string/);
});
