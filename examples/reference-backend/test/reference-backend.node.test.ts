import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { createReferenceBackend } from '../src/server.mjs';

const registration = {
  schemaVersion: 1,
  program: 'first5-alabama',
  endorsement: 'IMH-E',
  category: 'IFS',
  applicant: { givenName: 'Ana', familyName: 'Ruiz', email: 'ana.ruiz@example.org' },
  overview: { specializedWork: 'Home visitor with families of infants since 2021.', education: 'BSW, 2020' },
};

const logged: string[] = [];
const { server, records } = createReferenceBackend({ log: (line) => logged.push(line) });
let base = '';
before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (path: string, body: unknown, key?: string) =>
  fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
    body: JSON.stringify(body),
  });

test('a valid registration is received once per idempotency key', async () => {
  const first = await post('/registrations', registration, 'key-0001-abcd');
  assert.equal(first.status, 201);
  const receipt = await first.json();
  assert.equal(receipt.status, 'registered');
  assert.match(receipt.receivedAt, /^\d{4}-\d\d-\d\dT/);

  const retry = await post('/registrations', registration, 'key-0001-abcd');
  assert.equal(retry.status, 200);
  assert.deepEqual(await retry.json(), receipt);
  assert.equal([...records.values()].filter((r) => r.kind === 'registration').length, 1);

  const status = await fetch(`${base}/applications/${receipt.id}`);
  assert.deepEqual(await status.json(), receipt);
});

test('a key reused for another body is refused', async () => {
  await post('/registrations', registration, 'key-0002-abcd');
  const reused = await post('/registrations', { ...registration, category: 'IFA' }, 'key-0002-abcd');
  assert.equal(reused.status, 409);
});

test('an invalid payload gets 422 with issues that point at fields', async () => {
  const response = await post('/registrations', { ...registration, applicant: { ...registration.applicant, email: 'not-an-email' } }, 'key-0003-abcd');
  assert.equal(response.status, 422);
  const body = await response.json();
  assert.ok(body.issues.some((issue: { path: unknown[] }) => issue.path[0] === 'applicant' && issue.path[1] === 'email'));
});

test('a request without an idempotency key, bad JSON, or an unknown id is refused clearly', async () => {
  assert.equal((await post('/applications', {})).status, 400);
  const bad = await fetch(`${base}/applications`, { method: 'POST', headers: { 'idempotency-key': 'key-0004-abcd' }, body: '{' });
  assert.equal(bad.status, 400);
  assert.equal((await fetch(`${base}/applications/nope`)).status, 404);
});

test('the log holds no personal data', () => {
  assert.ok(logged.length > 0);
  assert.ok(logged.every((line) => !line.includes('Ana') && !line.includes('@')));
});

test('the SDK client registers and submits through restBackend, and a 422 lands on the draft', async () => {
  const { createEndorsementClient, restBackend, memoryStore, programs, defineProgram, isSubmissionError } = await import('@endorsement-kit/sdk');
  const { meetsAll } = await import('../../../packages/sdk/test/fixtures/applications.js');
  const client = createEndorsementClient({ program: programs.first5Alabama, backend: restBackend({ baseUrl: base, retry: 0 }), store: memoryStore() });
  try {
    const draft = await client.open();
    const application = meetsAll('IFS') as Record<string, unknown>;
    for (const [key, value] of Object.entries(application)) if (key !== 'schemaVersion' && key !== 'program') draft.set(key, value);
    draft.set('overview', { specializedWork: 'Home visitor with families of infants since 2019.', education: 'BSW, 2018' });
    const registration = await draft.register();
    assert.equal(registration.status, 'registered');
    const receipt = await draft.submit();
    assert.equal(receipt.status, 'received');
    const stored = [...records.values()].filter((r) => r.kind === 'application');
    assert.equal(stored.length, 1);
    assert.equal((stored[0]!.payload as { category: string }).category, 'IFS');
  } finally {
    await client.dispose();
  }
  // The server's own check (here: a program it does not receive for) comes back as field issues.
  const lakeview = defineProgram({ id: 'lakeview', name: 'Lakeview AIMH', offers: { 'IMH-E': ['IFA'] } });
  const other = createEndorsementClient({ program: lakeview, backend: restBackend({ baseUrl: base, retry: 0 }), store: memoryStore() });
  try {
    const draft = await other.open();
    draft.set('endorsement', 'IMH-E');
    draft.set('category', 'IFA');
    draft.set('applicant', { givenName: 'Ana', familyName: 'Ruiz', email: 'ana.ruiz@example.org' });
    draft.set('overview', { specializedWork: 'Early Head Start teacher', education: 'CDA 2021' });
    const error = await draft.register().catch((e: unknown) => e);
    assert.ok(isSubmissionError(error));
    assert.equal(error.status, 422);
    assert.deepEqual(error.issues[0]?.path, ['program']);
    assert.ok(draft.issues.some((issue) => issue.path[0] === 'program'));
  } finally {
    await other.dispose();
  }
});
