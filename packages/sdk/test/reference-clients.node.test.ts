// raterClient and referencesClient against the shared msw fake of the receiver's reference routes:
// the token goes in POST bodies and the access token in a header, never in a URL; each refusal
// becomes the typed error a page can explain.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import {
  isNetworkError,
  isReferenceLinkError,
  isSubmissionError,
  raterClient,
  referencesClient,
  type ReferenceRequestInput,
} from '@endorsement-kit/sdk';
import { createReferenceReceiver } from '@endorsement-kit/test-kit/msw/index.js';

const API = 'https://receiver.test/api';
const receiver = createReferenceReceiver(API);
const server = setupServer(...receiver.handlers);
const urls: string[] = [];
server.events.on('request:start', ({ request }) => void urls.push(request.url));
before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  receiver.reset();
  urls.length = 0;
});
after(() => server.close());

const rater = raterClient({ baseUrl: `${API}/` });

test('a rater opens, accepts, saves and submits with the token in the body only', async () => {
  const request = receiver.invite('tok-node-1');
  assert.equal((await rater.open('tok-node-1')).applicantName, 'Ana Ruiz');
  assert.equal(request.invitation.state, 'invited', 'opening changes nothing');
  assert.equal((await rater.accept('tok-node-1')).state, 'in_progress');
  const saved = await rater.save('tok-node-1', { title: 'Director' });
  assert.equal(saved.answers.title, 'Director');
  assert.ok(saved.savedAt);
  assert.ok(
    urls.every((url) => !url.includes('tok-node-1')),
    'no URL carries the token',
  );
  assert.deepEqual(
    urls.map((url) => new URL(url).pathname),
    ['/api/ratings/open', '/api/ratings/accept', '/api/ratings/save'],
  );
});

test('submit answers 422 with the missing answers as issues', async () => {
  receiver.invite('tok-node-2', { state: 'in_progress' });
  const error = await rater.submit('tok-node-2', { title: 'Director' }).catch((e: unknown) => e);
  assert.ok(isSubmissionError(error) && error.status === 422);
  assert.ok(error.issues.some((i) => i.path.join('.') === 'ratings.thinking-1'));
  assert.ok(!error.issues.some((i) => i.path.join('.') === 'title'));
});

test('links that do not work are ReferenceLinkErrors with the receiver’s code', async () => {
  receiver.invite('tok-node-3', { state: 'expired' });
  const expired = await rater.open('tok-node-3').catch((e: unknown) => e);
  assert.ok(isReferenceLinkError(expired) && expired.code === 'link_expired' && expired.status === 410);
  const unknown = await rater.open('tok-nobody').catch((e: unknown) => e);
  assert.ok(isReferenceLinkError(unknown) && unknown.code === 'invalid_token' && unknown.status === 404);
  assert.equal(unknown.message, 'No such link', 'the receiver’s own message, for logs');
});

test('a receiver out of reach is a NetworkError', async () => {
  receiver.invite('tok-node-4');
  receiver.script('network-error');
  assert.ok(isNetworkError(await rater.open('tok-node-4').catch((e: unknown) => e)));
});

test('the applicant asks, corrects and replaces, the access token in its header; every call answers the list', async () => {
  receiver.accessTokens.set('REG-9', 'access-9');
  const refs = referencesClient({ baseUrl: API, registrationId: 'REG-9', accessToken: 'access-9' });
  const lee: ReferenceRequestInput = { name: 'Lee Park', email: 'lee@example.org', role: 'supervisor', waiveRight: true };
  const afterAsk = await refs.request(lee);
  assert.deepEqual(
    afterAsk.requests.map((r) => [r.name, r.state]),
    [['Lee Park', 'invited']],
  );
  const id = afterAsk.requests[0]!.id;
  assert.equal((await refs.changeAddress(id, 'lee@example.net')).requests[0]!.email, 'lee@example.net');
  const replaced = await refs.cancel(id, { ...lee, name: 'Sam Ortiz', email: 'sam@example.org', role: 'colleague' });
  assert.deepEqual(
    replaced.requests.map((r) => [r.name, r.state]),
    [
      ['Lee Park', 'cancelled'],
      ['Sam Ortiz', 'invited'],
    ],
  );
  assert.ok(urls.every((url) => !url.includes('access-9')));
  const wrong = referencesClient({ baseUrl: API, registrationId: 'REG-9', accessToken: 'not-it' });
  const refused = await wrong.list().catch((e: unknown) => e);
  assert.ok(isReferenceLinkError(refused) && refused.status === 401);
});

test('bad options fail early, naming the option', () => {
  assert.throws(() => raterClient({ baseUrl: '' }), /`baseUrl`/);
  assert.throws(() => referencesClient({ baseUrl: API, registrationId: 'REG-9', accessToken: '' }), /`accessToken`/);
});
