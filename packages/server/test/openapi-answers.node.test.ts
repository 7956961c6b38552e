// Issue 23, point 16: the receiver answered 415 to JSON under another content type, which
// docs/openapi.yaml did not list, and its operations declared no `security`. Here every answer the
// running server gives to the spec's operations is held against the spec: its status is listed
// for that operation (5xx under 5XX), and its body has the shape of the schema the spec gives.
// (408, the answer to a slow body, is hostile.node.test.ts's: it needs a pause.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { APPLICANT_TOKEN_HEADER, defineProgram, IMH_CODES, programs } from '@endorsement-kit/sdk';
import { validApplication, validRegistration } from '@endorsement-kit/test-kit/fixtures/valid-payloads.js';
import { freshDatabase, type TestDatabase } from './support/databases.js';
import { signedInCoordinator } from './support/coordinator-client.js';
import { issueReinstatementLink } from '../src/endorsees/reinstatement-links.js';
import { loadCategory } from '../src/endorsees/endorsee-rows.js';
import { ENDORSEES_CSV, RENEWAL_PROGRAMS } from './support/endorsees.js';
import { signBody, signedEvent, startFakeStripe } from './support/fake-stripe.js';
import { post, startTestServer, type TestServer } from './support/test-server.js';

const spec = readFileSync(join(import.meta.dirname, '../../../docs/openapi.yaml'), 'utf8');

interface Operation {
  security: boolean;
  /** status (or `5XX`) → the schema its body has, `''` for none. */
  responses: Map<string, string>;
}

/** The spec's operations, read line by line: its layout is ours, and the test fails if it moves. */
function readSpec(): Map<string, Operation> {
  const lines = spec.split('\n');
  const responseSchemas = new Map<string, string>();
  let inResponses = false;
  let current = '';
  for (const line of lines) {
    if (line === '  responses:') inResponses = true;
    else if (/^ {2}\S/.test(line)) inResponses = false;
    const name = inResponses && /^ {4}(\w+):$/.exec(line)?.[1];
    if (name) responseSchemas.set((current = name), '');
    const schema = inResponses && current && /^ {10}schema: \{ \$ref: '#\/components\/schemas\/(\w+)' \}$/.exec(line)?.[1];
    if (schema) responseSchemas.set(current, schema);
  }
  const operations = new Map<string, Operation>();
  let path = '';
  let operation: Operation | undefined;
  let status = '';
  for (const line of lines) {
    if (/^ {2}\/\S*:$/.test(line)) path = line.trim().slice(0, -1);
    const method = /^ {4}(get|post|put|delete):$/.exec(line)?.[1];
    if (method) operations.set(`${method.toUpperCase()} ${path}`, (operation = { security: false, responses: new Map() }));
    if (!operation) continue;
    if (line === '      security: []') operation.security = true;
    const ref = /^ {8}'(\w+)': \{ \$ref: '#\/components\/responses\/(\w+)' \}$/.exec(line);
    if (ref) operation.responses.set(ref[1]!, responseSchemas.get(ref[2]!) ?? assert.fail(`no response ${ref[2]}`));
    const inline = /^ {8}'(\w+)':$/.exec(line)?.[1];
    if (inline) operation.responses.set((status = inline), '');
    const inlineSchema = /^ {14}schema: \{ \$ref: '#\/components\/schemas\/(\w+)' \}$/.exec(line)?.[1];
    if (inlineSchema && status) operation.responses.set(status, inlineSchema);
    if (line === 'components:') break;
  }
  return operations;
}

// The spec's schemas, as checks of a body (each mirrors its schema's `required` and types).
const string = (value: unknown) => typeof value === 'string';
const oneOf = (value: unknown, values: readonly string[]) => typeof value === 'string' && values.includes(value);
const feeLine = (fee: Record<string, unknown>) =>
  string(fee.record) &&
  oneOf(fee.kind, ['registration', 'processing', 'renewal', 'late', 'reinstatement', 'exam']) &&
  string(fee.label) &&
  Number.isInteger(fee.amount) &&
  string(fee.currency) &&
  typeof fee.refundable === 'boolean' &&
  oneOf(fee.status, ['due', 'pending', 'paid', 'waived', 'invoiced']) &&
  oneOf(fee.payment, ['coordinator', 'link', 'stripe']) &&
  (fee.paymentUrl === undefined || string(fee.paymentUrl)) &&
  (fee.settledAt === undefined || !Number.isNaN(Date.parse(fee.settledAt as string))) &&
  (fee.method === undefined || oneOf(fee.method, ['stripe', 'coordinator']));
const day = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
const instant = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const registryEntry = (entry: Record<string, unknown>) =>
  string(entry.name) &&
  (entry.endorsedSince === undefined || day(entry.endorsedSince)) &&
  (entry.region === undefined || string(entry.region)) &&
  (entry.employer === undefined || string(entry.employer)) &&
  (entry.languages === undefined || (Array.isArray(entry.languages) && entry.languages.every(string))) &&
  (entry.providesRsc === undefined || typeof entry.providesRsc === 'boolean');
const openSlot = (slot: { id?: unknown; label?: unknown; missing?: unknown }) =>
  string(slot.id) &&
  (string(slot.label) || (typeof slot.label === 'object' && slot.label !== null && string((slot.label as { en?: unknown }).en))) &&
  Number.isInteger(slot.missing) &&
  (slot.missing as number) >= 1;
const SHAPES: Record<string, (body: Record<string, unknown>) => boolean> = {
  Receipt: (body) =>
    string(body.id) &&
    (body.id as string).length > 0 &&
    string(body.status) &&
    !Number.isNaN(Date.parse(body.receivedAt as string)) &&
    (body.fees === undefined || (Array.isArray(body.fees) && body.fees.every(feeLine))),
  Issues: (body) =>
    Array.isArray(body.issues) &&
    body.issues.every((issue: { path?: unknown; message?: unknown }) => Array.isArray(issue.path) && string(issue.message)),
  Error: (body) => string(body.error) && string(body.message),
  ReferenceRequestView: (body) => string(body.id) && string(body.state) && typeof body.waiveRight === 'boolean' && 'canResendAt' in body,
  ReferenceList: (body) =>
    Array.isArray(body.requests) &&
    Array.isArray(body.openSlots) &&
    body.openSlots.every(openSlot) &&
    typeof body.maxRequests === 'number' &&
    typeof body.submitBeforeRatings === 'boolean',
  RaterInvitation: (body) =>
    string(body.applicantName) && string(body.state) && typeof body.form === 'object' && typeof body.answers === 'object',
  CheckoutAnswer: (body) => string(body.url),
  AmendOpened: (body) =>
    string(body.id) &&
    string(body.reference) &&
    oneOf(body.status, ['more_information_needed', 'deferred']) &&
    (body.message === null || string(body.message)) &&
    typeof body.application === 'object' &&
    !Number.isNaN(Date.parse(body.expiresAt as string)),
  AmendReceipt: (body) =>
    string(body.id) &&
    string(body.reference) &&
    body.status === 'received' &&
    Number.isInteger(body.version) &&
    !Number.isNaN(Date.parse(body.receivedAt as string)),
  WebhookAnswer: (body) => body.received === true && oneOf(body.result, ['paid', 'pending', 'failed', 'duplicate', 'ignored', 'unmatched']),
  RenewalInvitation: (body) => {
    const cycle = body.cycle as Record<string, unknown> | undefined;
    return (
      typeof body.program === 'object' &&
      [body.programName, body.language, body.fullName, body.category, body.categoryLabel].every(string) &&
      day(body.endorsedOn) &&
      typeof cycle === 'object' &&
      [cycle.periodStart, cycle.windowOpensOn, cycle.dueOn, cycle.removalOn].every(day) &&
      (cycle.lateUntil === null || day(cycle.lateUntil)) &&
      typeof cycle.firstRenewal === 'boolean' &&
      oneOf(body.state, ['draft', 'submitted', 'more_information', 'approved']) &&
      (body.note === null || string(body.note)) &&
      'renewal' in body &&
      (body.savedAt === null || instant(body.savedAt))
    );
  },
  RenewalSaved: (body) => instant(body.savedAt),
  RegistryChoices: (body) =>
    (body.displayName === null || string(body.displayName)) &&
    typeof body.fields === 'object' &&
    (body.setBy === null || string(body.setBy)) &&
    (body.setAt === null || instant(body.setAt)),
  InactiveRequest: (body) =>
    (body.offered === null ||
      (Number.isInteger((body.offered as { maxMonths?: unknown }).maxMonths) &&
        Number.isInteger((body.offered as { fee?: unknown }).fee) &&
        string((body.offered as { currency?: unknown }).currency))) &&
    (body.requestedAt === null || instant(body.requestedAt)),
  ReinstatementView: (body) =>
    string(body.language) &&
    oneOf(body.state, ['available', 'started', 'closed']) &&
    [body.title, body.button].every(string) &&
    Array.isArray(body.paragraphs) &&
    body.paragraphs.every(string) &&
    Array.isArray(body.steps) &&
    body.steps.every(string) &&
    (body.status === null || string(body.status)),
  RenewalSubmitted: (body) => instant(body.submittedAt),
  Registry: (body) =>
    [body.program, body.name, body.disclaimer].every(string) &&
    day(body.asOf) &&
    Array.isArray(body.categories) &&
    body.categories.every(
      (category: { code?: unknown; label?: unknown; entries?: unknown }) =>
        string(category.code) && string(category.label) && Array.isArray(category.entries) && category.entries.every(registryEntry),
    ),
};

const CONTRACT = ['POST /registrations', 'POST /applications', 'GET /applications/{id}', 'POST /applications/lookup'];
// Issue 19, point 5: the amend link's calls (docs/coordinators.md), public; the token is in the body.
const AMEND = ['POST /applications/amend/open', 'POST /applications/amend/submit'];
const APPLICANT_REFERENCES = [
  'GET /registrations/{id}/references',
  'POST /registrations/{id}/references',
  'POST /registrations/{id}/references/{requestId}/resend',
  'POST /registrations/{id}/references/{requestId}/address',
  'POST /registrations/{id}/references/{requestId}/cancel',
];
const RATER = ['open', 'accept', 'decline', 'save', 'submit'].map((action) => `POST /ratings/${action}`);
// Issue 20's fee routes (docs/fees.md): public; Stripe signs the webhook's body instead.
const FEES = ['POST /fees/checkout', 'POST /fees/renewal-checkout', 'POST /fees/stripe/{program}'];
const UPLOADS = ['POST /uploads', 'PUT /uploads/{uploadId}/documents/{documentId}', 'DELETE /uploads/{uploadId}/documents/{documentId}'];
// Issue 21's endorsee calls (docs/renewal.md) and public registry (docs/registry.md): public.
const RENEWALS = ['open', 'save', 'submit', 'registry', 'inactive'].map((action) => `POST /renewals/${action}`);
const REINSTATEMENTS = ['POST /reinstatements/open', 'POST /reinstatements/start'];
const REGISTRY = ['GET /registry/{program}', 'GET /registry/{program}.json'];

/** The token of the link in the request mail to `email` (no SMTP server: the outbox keeps the mail). */
async function linkToken(server: TestServer, email: string): Promise<string> {
  const { rows } = await server.db.query<{ body: string }>(
    "select body from mail_outbox where recipient = $1 and purpose = 'rater-request' order by id desc limit 1",
    [email],
  );
  return /\/r\/#([A-Za-z0-9_-]{43})$/m.exec(rows[0]!.body)![1]!;
}

describe('docs/openapi.yaml and the running server', () => {
  const operations = readSpec();
  let database: TestDatabase;
  let server: TestServer;
  const seen: string[] = [];

  /** Checks one answer against the spec, and notes it. */
  async function holds(operation: string, response: Response, expected: number) {
    assert.equal(response.status, expected, `${operation}: ${await response.clone().text()}`);
    const responses = operations.get(operation)!;
    const listed = responses.responses.has(String(response.status))
      ? String(response.status)
      : response.status >= 500 && responses.responses.has('5XX')
        ? '5XX'
        : undefined;
    assert.ok(
      listed,
      `${operation} answered ${response.status}, which the spec does not list (${[...responses.responses.keys()].join(', ')})`,
    );
    const schema = responses.responses.get(listed)!;
    if (schema) {
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
      const body = (await response.json()) as Record<string, unknown>;
      assert.ok(SHAPES[schema]!(body), `${operation} ${response.status}: ${JSON.stringify(body)} is not a ${schema}`);
    }
    seen.push(`${operation} ${response.status}`);
  }

  before(async () => {
    database = await freshDatabase('pglite');
    server = await startTestServer(database, { maxBodyBytes: 64 * 1024 });
  });
  after(async () => {
    await server?.close();
    database?.cleanup();
  });

  it('declares the contract public (security: []), the applicant reference calls behind the access token, and lists 415 for the POSTs', () => {
    assert.deepEqual(
      [...operations.keys()],
      [...CONTRACT, ...AMEND, ...APPLICANT_REFERENCES, ...RATER, ...FEES, ...UPLOADS, ...RENEWALS, ...REINSTATEMENTS, ...REGISTRY],
    );
    for (const name of [...CONTRACT, ...AMEND, ...RATER, ...FEES, 'POST /uploads', ...RENEWALS, ...REINSTATEMENTS, ...REGISTRY])
      assert.ok(operations.get(name)!.security, `${name} has security: []`);
    for (const name of UPLOADS.slice(1)) assert.ok(!operations.get(name)!.security, `${name} needs the upload token`);
    for (const name of APPLICANT_REFERENCES) assert.ok(!operations.get(name)!.security, `${name} needs the access token`);
    for (const [name, operation] of operations)
      if (name.startsWith('POST') && name !== 'POST /applications/lookup') assert.ok(operation.responses.has('415'), name);
  });

  it('the reference operations: every answer the server gives is listed, its body as the spec says', async () => {
    // An applicant of their own: once an applicant has reference requests, their application waits for the ratings.
    const applicant = { ...validRegistration().applicant, email: 'rita.referee@example.org' };
    const registration = (await (await post(server, '/api/registrations', { ...validRegistration(), applicant })).json()) as {
      id: string;
      accessToken: string;
    };
    const other = (await (await post(server, '/api/registrations', validRegistration())).json()) as { id: string; accessToken: string };
    const base = `/api/registrations/${registration.id}/references`;
    const as = (path: string, body?: unknown, token: string | null = registration.accessToken, type = 'application/json') =>
      server.request(`${base}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': type, ...(token ? { [APPLICANT_TOKEN_HEADER]: token } : {}) },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
    const input = { name: 'Lee Park', email: 'lee@example.net', role: 'supervisor', waiveRight: true };
    const list = 'GET /registrations/{id}/references';
    const create = 'POST /registrations/{id}/references';
    await holds(list, await as(''), 200);
    await holds(list, await as('', undefined, null), 401);
    await holds(list, await as('', undefined, other.accessToken), 403);
    await holds(create, await as('', input), 201);
    await holds(create, await as('', { ...input, email: 'not an address' }), 400);
    await holds(create, await as('', input), 422);
    await holds(create, await as('', JSON.stringify(input), registration.accessToken, 'text/plain'), 415);
    await holds(create, await as('', { ...input, note: 'x'.repeat(70 * 1024) }), 413);
    await holds(create, await as('', input, null), 401);
    await holds(create, await as('', input, other.accessToken), 403);
    const { requests } = (await (await as('')).json()) as { requests: { id: string }[] };
    const id = requests[0]!.id;
    for (const [action, body] of [
      ['resend', {}],
      ['address', { email: 'lee.park@example.net' }],
      ['cancel', {}],
    ] as const) {
      const operation = `POST /registrations/{id}/references/{requestId}/${action}`;
      await holds(operation, await as(`/${crypto.randomUUID()}/${action}`, body), 404);
      await holds(operation, await as(`/${id}/${action}`, { ...body, extra: 1 }), 400);
      await holds(operation, await as(`/${id}/${action}`, body, null), 401);
      await holds(operation, await as(`/${id}/${action}`, body, other.accessToken), 403);
      await holds(operation, await as(`/${id}/${action}`, JSON.stringify(body), registration.accessToken, 'text/plain'), 415);
      await holds(operation, await as(`/${id}/${action}`, { pad: 'x'.repeat(70 * 1024) }), 413);
    }
    await holds('POST /registrations/{id}/references/{requestId}/resend', await as(`/${id}/resend`, {}), 409);
    await holds('POST /registrations/{id}/references/{requestId}/address', await as(`/${id}/address`, { email: applicant.email }), 422);
    await holds(
      'POST /registrations/{id}/references/{requestId}/address',
      await as(`/${id}/address`, { email: 'lee.park@example.net' }),
      200,
    );
    await holds(
      'POST /registrations/{id}/references/{requestId}/cancel',
      await as(`/${id}/cancel`, { replaceWith: { ...input, email: applicant.email } }),
      422,
    );
    await holds('POST /registrations/{id}/references/{requestId}/cancel', await as(`/${id}/cancel`, {}), 200);
    await holds('POST /registrations/{id}/references/{requestId}/cancel', await as(`/${id}/cancel`, {}), 409);

    await holds(create, await as('', { ...input, email: 'sam@example.net' }), 201);
    const token = await linkToken(server, 'sam@example.net');
    const rate = (action: string, body: unknown, type = 'application/json') =>
      server.request(`/api/ratings/${action}`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    for (const action of ['open', 'accept', 'decline', 'save', 'submit']) {
      const operation = `POST /ratings/${action}`;
      await holds(
        operation,
        await rate(action, { token: 'x'.repeat(43), ...(action === 'save' || action === 'submit' ? { answers: {} } : {}) }),
        404,
      );
      await holds(operation, await rate(action, { token: 42 }), 400);
      await holds(operation, await rate(action, JSON.stringify({ token }), 'text/plain'), 415);
      await holds(operation, await rate(action, { token, pad: 'x'.repeat(70 * 1024) }), 413);
    }
    await holds('POST /ratings/open', await rate('open', { token }), 200);
    await holds('POST /ratings/accept', await rate('accept', { token }), 200);
    await holds('POST /ratings/save', await rate('save', { token, answers: { knownMonths: 3 } }), 200);
    await holds('POST /ratings/submit', await rate('submit', { token, answers: {} }), 422);
    await holds('POST /ratings/decline', await rate('decline', { token, note: 'Too busy.' }), 200);
    for (const action of ['open', 'accept', 'decline']) await holds(`POST /ratings/${action}`, await rate(action, { token }), 410);
    for (const action of ['save', 'submit']) await holds(`POST /ratings/${action}`, await rate(action, { token, answers: {} }), 410);
  });

  it('the fee operations: every answer the server gives is listed, its body as the spec says', async () => {
    const secret = 'whsec_openapi';
    const stripe = await startFakeStripe();
    const feesDatabase = await freshDatabase('pglite');
    const program = defineProgram({
      id: 'fees-spec',
      name: 'Fees Spec AIMH',
      offers: { 'IMH-E': [...IMH_CODES] },
      feeSchedule: [
        { kind: 'registration', amount: 2000, currency: 'USD', stripe: true },
        { kind: 'processing', amount: 5000, currency: 'USD', paymentUrl: 'https://pay.example.org/?ref={reference}' },
      ],
    });
    const fees = await startTestServer(feesDatabase, {
      maxBodyBytes: 64 * 1024,
      programs: [
        { program, origins: ['https://embed.example.org'] },
        { program: programs.alliance, origins: [] },
      ],
      stripe: { 'fees-spec': { secretKey: 'sk_test_spec', webhookSecret: secret, apiUrl: stripe.url } },
    });
    try {
      const registration = (await (await post(fees, '/api/registrations', { ...validRegistration(), program: 'fees-spec' })).json()) as {
        id: string;
      };
      const application = (await (await post(fees, '/api/applications', { ...validApplication(), program: 'fees-spec' })).json()) as {
        id: string;
      };
      const send = (path: string, body: string, headers: Record<string, string> = {}, type = 'application/json') =>
        fees.request(path, { method: 'POST', headers: { 'content-type': type, ...headers }, body });
      const checkout = (body: unknown, type?: string) =>
        send('/api/fees/checkout', typeof body === 'string' ? body : JSON.stringify(body), {}, type);
      const op = 'POST /fees/checkout';
      await holds(op, await checkout({ record: registration.id, kind: 'registration', returnUrl: 'https://embed.example.org/apply' }), 201);
      await holds(op, await checkout({ record: registration.id }), 400);
      await holds(op, await checkout('{"record":'), 400);
      await holds(op, await checkout({ record: registration.id, kind: 'registration', returnUrl: 'https://evil.example.net/' }), 400);
      await holds(op, await checkout({ record: crypto.randomUUID(), kind: 'registration' }), 404);
      await holds(op, await checkout({ record: application.id, kind: 'processing' }), 409);
      await holds(op, await checkout(JSON.stringify({ record: registration.id, kind: 'registration' }), 'text/plain'), 415);
      await holds(op, await checkout({ record: registration.id, kind: 'registration', pad: 'x'.repeat(8 * 1024) }), 413);
      stripe.down = true;
      await holds(op, await checkout({ record: registration.id, kind: 'processing' }), 409);
      const other = (await (await post(fees, '/api/registrations', { ...validRegistration(), program: 'fees-spec' })).json()) as {
        id: string;
      };
      await holds(op, await checkout({ record: other.id, kind: 'registration' }), 503);
      stripe.down = false;

      const hook = 'POST /fees/stripe/{program}';
      const deliver = (delivery: { body: string; signature: string }, to = 'fees-spec', type?: string) =>
        send(`/api/fees/stripe/${to}`, delivery.body, { 'stripe-signature': delivery.signature }, type);
      const session = stripe.sessions[0]!;
      const paid = signedEvent(secret, {
        id: 'evt_spec_paid',
        type: 'checkout.session.completed',
        data: { object: { ...session, payment_status: 'paid', payment_intent: 'pi_spec' } },
      });
      await holds(hook, await deliver(paid), 200);
      await holds(hook, await deliver(paid), 200);
      await holds(hook, await deliver({ body: paid.body, signature: 't=1,v1=00' }), 400);
      await holds(hook, await fees.request('/api/fees/stripe/fees-spec', { method: 'POST', body: paid.body }), 400);
      const notEvent = '{"hello":"world"}';
      await holds(hook, await deliver({ body: notEvent, signature: signBody(secret, notEvent) }), 400);
      await holds(hook, await deliver(paid, 'alliance'), 404);
      await holds(hook, await deliver(paid, 'fees-spec', 'text/plain'), 415);
      const large = JSON.stringify({ id: 'evt_large', pad: 'x'.repeat(70 * 1024) });
      await holds(hook, await deliver({ body: large, signature: signBody(secret, large) }), 413);
      // The status lookup carries the fees as the spec's FeeLine says.
      const status = await fees.request(`/api/applications/${application.id}`);
      await holds('GET /applications/{id}', status, 200);
      const seenFees = ((await (await fees.request(`/api/applications/${application.id}`)).json()) as { fees?: { status: string }[] }).fees;
      assert.deepEqual(
        seenFees?.map((fee) => fee.status),
        ['paid', 'due'],
      );
    } finally {
      await fees.close().catch(() => {});
      await stripe.stop();
      feesDatabase.cleanup();
    }
  });

  it('the renewal and registry operations: every answer the server gives is listed, its body as the spec says', async () => {
    const endorseesDatabase = await freshDatabase('pglite');
    // The window is open: the import mails each endorsee a renewal link (kept in the outbox).
    const now = new Date('2026-10-02T13:00:00.000Z');
    const renewing = await startTestServer(endorseesDatabase, {
      maxBodyBytes: 64 * 1024,
      clock: () => now,
      programs: RENEWAL_PROGRAMS,
      jobPollMs: 3_600_000,
    });
    try {
      const coordinator = await signedInCoordinator(renewing, 'coordinator@lakeside.example.org', 'lakeside-aimh');
      await coordinator.json('POST', '/admin/api/endorsees/import', { program: 'lakeside-aimh', csv: ENDORSEES_CSV });
      await renewing.jobs.runDue();
      const { rows } = await renewing.db.query<{ body: string }>(
        "select body from mail_outbox where recipient = 'ana@example.org' and body like '%/renew/#%' order by id limit 1",
      );
      const token = /\/renew\/#([A-Za-z0-9_-]{43})$/m.exec(rows[0]!.body)![1]!;
      const renew = (action: string, body: unknown, type = 'application/json') =>
        renewing.request(`/api/renewals/${action}`, {
          method: 'POST',
          headers: { 'content-type': type },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        });
      for (const action of ['open', 'save', 'submit', 'registry', 'inactive']) {
        const operation = `POST /renewals/${action}`;
        const extra =
          action === 'registry' ? { displayName: null, fields: {} } : ['save', 'submit'].includes(action) ? { renewal: {} } : {};
        await holds(operation, await renew(action, { token: 'x'.repeat(43), ...extra }), 404);
        await holds(operation, await renew(action, { token: 42 }), 400);
        await holds(operation, await renew(action, JSON.stringify({ token }), 'text/plain'), 415);
        await holds(operation, await renew(action, { token, pad: 'x'.repeat(70 * 1024) }), 413);
      }
      await holds('POST /renewals/open', await renew('open', { token }), 200);
      // Renewal fees (docs/fees.md): this program's come from its older renewal.fees, paid as the coordinator says.
      const pay = (body: unknown, type = 'application/json') =>
        renewing.request('/api/fees/renewal-checkout', {
          method: 'POST',
          headers: { 'content-type': type },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        });
      const payOp = 'POST /fees/renewal-checkout';
      await holds(payOp, await pay({ token, kind: 'renewal' }), 409);
      await holds(payOp, await pay({ token: 'x'.repeat(43), kind: 'renewal' }), 404);
      await holds(payOp, await pay({ token }), 400);
      await holds(payOp, await pay(JSON.stringify({ token, kind: 'renewal' }), 'text/plain'), 415);
      await holds(payOp, await pay({ token, kind: 'renewal', pad: 'x'.repeat(8 * 1024) }), 413);
      const signature = { accepted: true, signedName: 'Ana Ruiz', signedOn: '2026-10-02' };
      const training = [
        { title: 'Attachment', provider: 'Lakeside AIMH', date: '2026-03-10', hours: 14, topics: ['iecmh'] },
        { title: 'Equity', provider: 'Lakeside AIMH', date: '2026-04-10', hours: 1, topics: ['dei'] },
      ];
      const complete = {
        training,
        rscReceived: [
          { provider: { name: 'Lee Park' }, format: 'group', modality: 'virtual', start: '2026-01-15', end: '2026-09-30', hours: 12 },
        ],
        providesRsc: false,
        membership: { association: 'Lakeside AIMH', expiresOn: '2027-06-30' },
        attestations: { codeOfEthics: signature, noSanction: signature },
      };
      await holds('POST /renewals/save', await renew('save', { token, renewal: { training } }), 200);
      await holds('POST /renewals/open', await renew('open', { token }), 200);
      await holds('POST /renewals/submit', await renew('submit', { token, renewal: { ...complete, rscReceived: [] } }), 422);
      await holds('POST /renewals/submit', await renew('submit', { token, renewal: complete }), 200);
      await holds('POST /renewals/save', await renew('save', { token, renewal: complete }), 409);
      await holds('POST /renewals/submit', await renew('submit', { token, renewal: complete }), 409);
      await holds('POST /renewals/registry', await renew('registry', { token, displayName: 'Ana R.', fields: { region: 'North' } }), 200);
      await holds('POST /renewals/inactive', await renew('inactive', { token }), 200);
      await holds('POST /renewals/inactive', await renew('inactive', { token }), 200);

      // A reinstatement link of a lapsed category (an import of someone not renewed), and one of a current category.
      await coordinator.json('POST', '/admin/api/endorsees/import', {
        program: 'lakeside-aimh',
        csv: 'name,email,categories,endorsed_on,last_renewal\nEve Lund,eve@example.org,IFS,2018-03-01,2023-11-01',
      });
      const link = async (email: string) => {
        const { rows } = await renewing.db.query<{ id: string }>(
          'select c.id from endorsee_categories c join endorsees e on e.id = c.endorsee_id where e.email = $1',
          [email],
        );
        return renewing.db.transaction(async (tx) => issueReinstatementLink(tx, (await loadCategory(tx, rows[0]!.id))!, now));
      };
      const reinstate = (action: string, body: unknown, type = 'application/json') =>
        renewing.request(`/api/reinstatements/${action}`, {
          method: 'POST',
          headers: { 'content-type': type },
          body: typeof body === 'string' ? body : JSON.stringify(body),
        });
      const eve = await link('eve@example.org');
      for (const action of ['open', 'start']) {
        const operation = `POST /reinstatements/${action}`;
        await holds(operation, await reinstate(action, { token: 'x'.repeat(43) }), 404);
        await holds(operation, await reinstate(action, { token: 42 }), 400);
        await holds(operation, await reinstate(action, JSON.stringify({ token: eve }), 'text/plain'), 415);
        await holds(operation, await reinstate(action, { token: eve, pad: 'x'.repeat(70 * 1024) }), 413);
        await holds(operation, await reinstate(action, { token: eve }), 200);
      }
      await holds('POST /reinstatements/start', await reinstate('start', { token: await link('ben@example.org') }), 409);

      await holds('GET /registry/{program}.json', await renewing.request('/registry/lakeside-aimh.json'), 200);
      await holds('GET /registry/{program}.json', await renewing.request('/registry/lakeside-aimh.json?lang=es'), 200);
      await holds('GET /registry/{program}.json', await renewing.request('/registry/nowhere.json'), 404);
      await holds('GET /registry/{program}', await renewing.request('/registry/lakeside-aimh'), 200);
      await holds('GET /registry/{program}', await renewing.request('/registry/nowhere'), 404);
      const registry = (await (await renewing.request('/registry/lakeside-aimh.json')).json()) as { categories: { entries: unknown[] }[] };
      assert.ok(
        registry.categories.some((category) => category.entries.length > 0),
        'the JSON held to the schema lists someone',
      );
    } finally {
      await renewing.close().catch(() => {});
      endorseesDatabase.cleanup();
    }
  });

  for (const [operation, path, payload] of [
    ['POST /registrations', '/api/registrations', validRegistration],
    ['POST /applications', '/api/applications', validApplication],
  ] as const) {
    it(`${operation}: every answer the server gives is listed, its body as the spec says`, async () => {
      const key = crypto.randomUUID();
      await holds(operation, await post(server, path, payload(), key), 201);
      await holds(operation, await post(server, path, payload(), key), 200);
      await holds(operation, await post(server, path, { ...payload(), schemaVersion: 2 }, key), 409);
      await holds(operation, await post(server, path, { ...payload(), program: 'nowhere' }), 422);
      await holds(operation, await post(server, path, { ...payload(), applicant: {} }), 422);
      await holds(operation, await post(server, path, payload(), undefined, { origin: 'https://evil.example.com' }), 403);
      await holds(
        operation,
        await server.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload()) }),
        400,
      );
      await holds(operation, await post(server, path, '{"program":'), 400);
      await holds(operation, await post(server, path, JSON.stringify(payload()), undefined, { 'content-type': 'text/plain' }), 415);
      await holds(operation, await post(server, path, JSON.stringify({ ...payload(), pad: 'x'.repeat(70 * 1024) })), 413);
    });
  }

  it('GET /applications/{id}: found and not found', async () => {
    const receipt = (await (await post(server, '/api/applications', validApplication())).json()) as { id: string };
    await holds('GET /applications/{id}', await server.request(`/api/applications/${receipt.id}`), 200);
    await holds('GET /applications/{id}', await server.request(`/api/applications/${crypto.randomUUID()}`), 404);
    await holds('GET /applications/{id}', await server.request('/api/applications/not-a-reference'), 404);
  });

  it('POST /applications/lookup: found, not found, malformed, too large, another content type', async () => {
    const application = validApplication();
    const receipt = (await (await post(server, '/api/applications', application)).json()) as { reference: string };
    const lookup = (body: string, type = 'application/json') =>
      server.request('/api/applications/lookup', { method: 'POST', headers: { 'content-type': type }, body });
    const email = application.applicant.email;
    await holds('POST /applications/lookup', await lookup(JSON.stringify({ reference: receipt.reference, email })), 200);
    await holds('POST /applications/lookup', await lookup(JSON.stringify({ reference: receipt.reference, email: 'x@example.org' })), 404);
    await holds('POST /applications/lookup', await lookup(JSON.stringify({ reference: receipt.reference })), 400);
    await holds('POST /applications/lookup', await lookup(JSON.stringify({ reference: 'x'.repeat(5000), email })), 413);
    await holds('POST /applications/lookup', await lookup(JSON.stringify({ reference: receipt.reference, email }), 'text/plain'), 415);
  });

  it('the amend operations: every answer the server gives is listed, its body as the spec says', async () => {
    const receipt = (await (await post(server, '/api/applications', validApplication())).json()) as { id: string };
    const coordinator = await signedInCoordinator(server, 'staff@amend-spec.example.org', 'alliance');
    await coordinator.json('POST', `/admin/api/records/${receipt.id}/status`, {
      status: 'more_information_needed',
      message: 'More, please.',
    });
    const { rows } = await server.db.query<{ body: string }>(
      "select body from mail_outbox where record_id = $1 and purpose = 'status-changed' order by id desc limit 1",
      [receipt.id],
    );
    const token = /\/amend\/#([A-Za-z0-9_-]{43})$/m.exec(rows[0]!.body)![1]!;
    const send = (action: string, body: unknown, type = 'application/json') =>
      server.request(`/api/applications/amend/${action}`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    for (const action of ['open', 'submit']) {
      const operation = `POST /applications/amend/${action}`;
      const extra = action === 'submit' ? { application: validApplication() } : {};
      await holds(operation, await send(action, { token: 'x'.repeat(43), ...extra }), 404);
      await holds(operation, await send(action, { token: 42 }), 400);
      await holds(operation, await send(action, JSON.stringify({ token, ...extra }), 'text/plain'), 415);
      await holds(operation, await send(action, { token, pad: 'x'.repeat(70 * 1024) }), 413);
    }
    await holds('POST /applications/amend/open', await send('open', { token }), 200);
    await holds(
      'POST /applications/amend/submit',
      await send('submit', { token, application: { ...validApplication(), applicant: {} } }),
      422,
    );
    await holds('POST /applications/amend/submit', await send('submit', { token, application: validApplication() }), 200);
    await holds('POST /applications/amend/open', await send('open', { token }), 410);
    await holds('POST /applications/amend/submit', await send('submit', { token, application: validApplication() }), 410);
  });

  it('429 when one address sends too much, and 5XX when the database is gone, on every operation', async () => {
    const limitedDatabase = await freshDatabase('pglite');
    const limited = await startTestServer(limitedDatabase, { rateLimit: 1 });
    try {
      await holds('POST /registrations', await post(limited, '/api/registrations', validRegistration()), 201);
      await holds('POST /registrations', await post(limited, '/api/registrations', validRegistration()), 429);
      await holds('POST /applications', await post(limited, '/api/applications', validApplication()), 429);
      const checkout = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"record":"x","kind":"registration"}' };
      await holds('POST /fees/checkout', await limited.request('/api/fees/checkout', checkout), 429);
      const lookup = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"reference":"x","email":"y"}' };
      await holds('POST /applications/lookup', await limited.request('/api/applications/lookup', lookup), 404);
      await holds('POST /applications/lookup', await limited.request('/api/applications/lookup', lookup), 429);
      // The endorsee's calls share the receiver's per-address limit (docs/renewal.md).
      const renewal = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: 'x'.repeat(43) }) };
      for (const operation of [...RENEWALS, ...REINSTATEMENTS]) {
        const limitedAnswer = await limited.request(`/api${operation.slice('POST '.length)}`, renewal);
        assert.match(limitedAnswer.headers.get('retry-after') ?? '', /^\d+$/);
        await holds(operation, limitedAnswer, 429);
      }
      await limited.db.close();
      await holds('GET /applications/{id}', await limited.request(`/api/applications/${crypto.randomUUID()}`), 503);
    } finally {
      await limited.close().catch(() => {});
      limitedDatabase.cleanup();
    }
  });
});
