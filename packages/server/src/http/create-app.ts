import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { routePath } from 'hono/route';
import {
  APPLICANT_TOKEN_HEADER,
  DOCUMENT_KIND_HEADER,
  DOCUMENT_NAME_HEADER,
  UPLOAD_OFFSET_HEADER,
  UPLOAD_TOKEN_HEADER,
} from '@endorsement-kit/sdk';
import { validateApplication, validateRegistration, type Application } from '@endorsement-kit/sdk';
import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Page } from '../config/server-options.js';
import type { Database } from '../db/database.js';
import { composeMails } from '../mail/compose-mails.js';
import { bodyHash } from '../records/body-hash.js';
import { FIRST_STATUS, type RecordKind } from '../records/record-kind.js';
import {
  findApplicationByReference,
  findApplicationReceipt,
  findByKey,
  receiveRecord,
  type ReceiveOutcome,
} from '../records/receive-record.js';
import { newShortReference, normalizeShortReference } from '../records/short-reference.js';
import { adminRoutes } from '../admin/admin-routes.js';
import { statusDetails } from '../admin/applicant-status.js';
import { apiError } from './api-error.js';
import { clientAddress } from './client-address.js';
import { readIdempotencyKey } from './idempotency-key.js';
import { negotiateLocale } from './negotiate-locale.js';
import { homeRoutes } from './home-routes.js';
import { createRateLimiter } from './rate-limiter.js';
import { readJsonBody } from './read-json-body.js';
import { newSecret, secretHash } from '../admin/secret-token.js';
import { applicantReferenceRoutes } from '../references/applicant-routes.js';
import { raterPageRoutes } from '../references/rater-page.js';
import { raterRoutes } from '../references/rater-routes.js';
import { ratingsPending } from '../references/ratings-gate.js';
import { linkReinstatementRegistration } from '../endorsees/reinstatement.js';
import { reinstatementPageRoutes } from '../endorsees/reinstatement-page.js';
import { reinstatementRoutes } from '../endorsees/reinstatement-routes.js';
import { registryConsentRoutes } from '../endorsees/registry-consent-routes.js';
import { reinstatementRatingsPending } from '../endorsees/reinstatement-ratings.js';
import { linkedRegistration } from '../records/registration-link.js';
import { notYetAccepted } from '../records/acceptance-gate.js';
import { dayOf } from '../references/reference-views.js';
import { feeRoutes } from '../fees/fee-routes.js';
import type { StripeAccount } from '../fees/stripe-accounts.js';
import type { DocumentsContext } from '../documents/documents-context.js';
import { documentIssues, linkDocuments } from '../documents/referenced-documents.js';
import { uploadRoutes } from '../documents/upload-routes.js';
import { registryRoutes } from '../endorsees/registry-routes.js';
import { renewalPageRoutes } from '../endorsees/renewal-page.js';
import { renewalRoutes } from '../endorsees/renewal-routes.js';
import { amendRoutes } from '../review/amend-routes.js';
import { amendPageRoutes } from '../review/amend-page.js';
import { UUID } from './uuid.js';
import { originAllowed } from './origin-allowed.js';

/** What the HTTP layer is given by `createEndorsementServer`. */
export interface AppContext {
  db: Database;
  programs: readonly ReceiverProgram[];
  publicUrl: string | undefined;
  rateLimit: number;
  maxBodyBytes: number;
  trustProxy: number;
  pages: Readonly<Record<string, Page>>;
  log: (line: string) => void;
  /** Called after a record's transaction commits: its mails are in the outbox. */
  onMailQueued: () => void;
  /** The time of reference links, reminders and expiries (tests move it). */
  clock: () => Date;
  /** The built `<endorsement-rating>` script the rater's page loads; default the element package's. */
  raterScript?: string | undefined;
  /** The Stripe accounts of the programs whose fees go through Stripe Checkout (docs/fees.md). */
  stripe?: Readonly<Record<string, StripeAccount>> | undefined;
  /** Where uploaded documents go and what scans them (docs/documents.md). */
  documents: DocumentsContext;
  /** Called after a job was scheduled for now (a file to delete). */
  onJobQueued: () => void;
}

type Env = { Variables: { requestId: string; recordId?: string } };

const PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";
const LOOKUPS_PER_MINUTE = 10;

/**
 * The Hono app: the backend contract under `/api` (docs/backend.md), `GET /api/health`, and the
 * optional pages. Runs on any runtime Hono supports; `startServer` runs it on Node.
 */
export function createApp(context: AppContext) {
  const { db, log } = context;
  const byId = new Map(context.programs.map((entry) => [entry.program.id, entry]));
  const allowedOrigins = new Set(context.programs.flatMap((entry) => entry.origins));
  const limiter = createRateLimiter(context.rateLimit);
  // Lookups by reference and email have a tighter limit of their own: guessing is what it slows.
  const lookups = createRateLimiter(Math.min(context.rateLimit, LOOKUPS_PER_MINUTE));
  const app = new Hono<Env>();

  app.use('*', async (c, next) => {
    const started = performance.now();
    c.set('requestId', randomUUID().slice(0, 8));
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    // The route's pattern, never the raw path: a path is the client's to fill with anything.
    const record = c.get('recordId');
    log(
      `${c.req.method} ${routePath(c)} ${c.res.status} ${Math.round(performance.now() - started)}ms req=${c.get('requestId')}${record ? ` record=${record}` : ''}`,
    );
  });

  // Pages, scripts, styles and the workspace's JSON go gzip-compressed to a browser that takes it:
  // the renewal page with its script written in is 109 KB as written and 34 KB compressed, about
  // 0.4 s less at a phone's 1.5 Mbit/s. Of /api, only the links' open calls (their answer carries
  // the program, about 11 KB): the others answer in a few hundred bytes, not worth the 0.3 ms of
  // compressing each. Staff calls carry a SameSite=Strict cookie, so no other site can have a
  // browser repeat them to read a secret from their sizes (BREACH).
  const gzip = compress({ encoding: 'gzip' });
  app.use('*', (c, next) => (c.req.path.startsWith('/api/') && !c.req.path.endsWith('/open') ? next() : gzip(c, next)));

  app.use(
    '/api/*',
    cors({
      origin: (origin) => (allowedOrigins.has(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowHeaders: [
        'Content-Type',
        'Idempotency-Key',
        'Authorization',
        'Accept-Language',
        APPLICANT_TOKEN_HEADER,
        UPLOAD_TOKEN_HEADER,
        DOCUMENT_KIND_HEADER,
        DOCUMENT_NAME_HEADER,
        UPLOAD_OFFSET_HEADER,
      ],
      exposeHeaders: [UPLOAD_OFFSET_HEADER, 'Upload-Length'],
      maxAge: 600,
    }),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.get('/api/health', async (c) => {
    try {
      await db.query('select 1');
      return c.json({ status: 'ok', database: db.kind });
    } catch {
      return apiError(c, 503, 'unavailable', 'The database is not reachable.', { 'Retry-After': '5' });
    }
  });

  const receive = (kind: RecordKind) => async (c: Context<Env>) => {
    const wait = limiter.take(clientAddress(c, context.trustProxy));
    if (wait > 0)
      return apiError(c, 429, 'rate_limited', 'Too many requests from this address; try again shortly.', { 'Retry-After': String(wait) });
    const key = readIdempotencyKey(c.req.raw.headers);
    if (!key.ok) return apiError(c, 400, key.error, key.message);
    const body = await readJsonBody(c.req.raw, context.maxBodyBytes);
    if (!body.ok) return apiError(c, body.status, body.error, body.message);

    const programId = (body.value as { program?: unknown } | null)?.program;
    const entry = typeof programId === 'string' ? byId.get(programId) : undefined;
    if (!entry)
      return c.json(
        {
          issues: [{ path: ['program'], code: 'unknown_program', message: 'This server does not receive applications for that program.' }],
        },
        422,
      );
    if (!originAllowed(c.req.header('origin'), c.req.url, context.publicUrl, entry.origins))
      return apiError(c, 403, 'origin_not_allowed', 'Pages on this origin may not send to this program.');

    const hash = bodyHash(body.bytes);
    const result =
      kind === 'registration' ? validateRegistration(entry.program, body.value) : validateApplication(entry.program, body.value);
    let outcome: ReceiveOutcome | undefined;
    let accessToken: string | undefined;
    if (!result.ok) {
      // A body kept before under this key stays accepted, even if the program's rules changed since.
      outcome = await findByKey(db, kind, key.key, hash, body.value);
      if (!outcome) return c.json({ issues: result.issues }, 422);
    } else {
      const locale = negotiateLocale(c.req.header('accept-language'), entry.program);
      const payload = result.value;
      const registration =
        kind === 'application'
          ? await linkedRegistration(db, entry.program.id, c.req.raw.headers, String(payload.applicant?.email ?? ''))
          : undefined;
      if (kind === 'application') {
        const refused =
          notYetAccepted(entry, registration, locale) ??
          (await ratingsPending(db, entry, payload, registration?.id, dayOf(context.clock()), locale)) ??
          (await reinstatementRatingsPending(db, entry, payload, dayOf(context.clock()), locale));
        if (refused && !(await findByKey(db, kind, key.key, hash, body.value))) return c.json({ issues: [refused] }, 422);
        const missing = await documentIssues(db, entry.program.id, payload as Application);
        if (missing.length && !(await findByKey(db, kind, key.key, hash, body.value))) return c.json({ issues: missing }, 422);
      }
      const receipt = {
        id: randomUUID(),
        reference: newShortReference(),
        receivedAt: new Date().toISOString(),
        status: FIRST_STATUS[kind],
      };
      const recordLink = `${(context.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '')}/admin/records/${receipt.id}`;
      const mails = composeMails({
        kind,
        program: entry.program,
        payload,
        receipt,
        locale,
        coordinatorEmail: entry.coordinatorEmail ?? entry.program.contact.email,
        recordLink,
      });
      accessToken = kind === 'registration' ? newSecret() : undefined;
      outcome = await receiveRecord(
        db,
        {
          kind,
          program: entry.program.id,
          idempotencyKey: key.key,
          bodyHash: hash,
          payload,
          locale,
          receipt,
          ...(accessToken ? { accessTokenHash: secretHash(accessToken) } : {}),
          ...(registration ? { registrationId: registration.id } : {}),
        },
        mails,
      );
      if (outcome.outcome === 'created') context.onMailQueued();
      if (kind === 'registration' && outcome.outcome === 'created')
        await linkReinstatementRegistration(db, {
          id: outcome.receipt.id,
          program: entry.program.id,
          email: String(payload.applicant?.email ?? ''),
          category: String(payload.category ?? ''),
          receivedAt: context.clock().toISOString(),
        });
      if (kind === 'application' && outcome.outcome !== 'conflict')
        await linkDocuments(db, payload as Application, outcome.receipt.id, context.clock());
    }
    if (outcome.outcome === 'conflict')
      return apiError(c, 409, 'idempotency_key_reused', 'This Idempotency-Key was used for a different body.');
    c.set('recordId', outcome.receipt.id);
    if (kind === 'registration' && outcome.outcome === 'repeated') {
      // A retry whose first answer was lost: only the token's hash is kept, so a new token replaces
      // it (the retry carries the same Idempotency-Key and body, which only the applicant's browser has).
      accessToken = newSecret();
      await db.query("update records set access_token_hash = $2 where id = $1 and kind = 'registration'", [
        outcome.receipt.id,
        secretHash(accessToken),
      ]);
    }
    const receipt = accessToken ? { ...outcome.receipt, accessToken } : outcome.receipt;
    return c.json(receipt, outcome.outcome === 'created' ? 201 : 200);
  };

  app.post('/api/registrations', receive('registration'));
  app.post('/api/applications', receive('application'));
  app.get('/api/applications/:id', async (c) => {
    const id = c.req.param('id');
    const receipt = UUID.test(id) ? await findApplicationReceipt(db, id) : undefined;
    if (!receipt) return apiError(c, 404, 'not_found', 'No application has this reference.');
    c.set('recordId', receipt.id);
    return c.json({ ...receipt, ...(await statusDetails(db, context.programs, receipt.id)) });
  });
  // The applicant's own lookup: the short reference of their registration or application with the
  // email address they gave, in the body (never in a URL). A wrong code and a wrong email get the same 404.
  app.post('/api/applications/lookup', async (c) => {
    const wait = lookups.take(clientAddress(c, context.trustProxy));
    if (wait > 0)
      return apiError(c, 429, 'rate_limited', 'Too many lookups from this address; try again shortly.', { 'Retry-After': String(wait) });
    const body = await readJsonBody(c.req.raw, 4096);
    if (!body.ok) return apiError(c, body.status, body.error, body.message);
    const { reference, email } = (body.value ?? {}) as { reference?: unknown; email?: unknown };
    if (typeof reference !== 'string' || typeof email !== 'string' || !email.trim())
      return apiError(c, 400, 'invalid_lookup', 'Send { "reference": string, "email": string }.');
    const id = reference.trim().toLowerCase();
    const receipt = await findApplicationByReference(db, normalizeShortReference(reference), UUID.test(id) ? id : undefined, email);
    if (!receipt) return apiError(c, 404, 'not_found', 'No application has this reference and email address.');
    c.set('recordId', receipt.id);
    return c.json({ ...receipt, ...(await statusDetails(db, context.programs, receipt.id)) });
  });
  const references = {
    db,
    programs: byId,
    publicUrl: context.publicUrl,
    trustProxy: context.trustProxy,
    maxBodyBytes: context.maxBodyBytes,
    clock: context.clock,
    limiter,
    onMailQueued: context.onMailQueued,
  };
  app.route('/api/registrations', applicantReferenceRoutes(references));
  app.route('/api/ratings', raterRoutes(references));
  app.route('/', raterPageRoutes({ script: context.raterScript }));
  app.route('/api/fees', feeRoutes({ ...references, stripe: context.stripe ?? {}, log }));
  app.route('/api/uploads', uploadRoutes({ ...references, documents: context.documents, onJobQueued: context.onJobQueued }));
  app.route('/', registryRoutes(db, context.programs, context.clock));
  app.route('/api/renewals', renewalRoutes(references));
  app.route('/api/applications/amend', amendRoutes(references));
  app.route('/', renewalPageRoutes());
  app.route('/', amendPageRoutes());
  app.route('/api/renewals', registryConsentRoutes(references));
  app.route('/api/reinstatements', reinstatementRoutes(references));
  app.route('/', reinstatementPageRoutes());
  app.on(['PUT', 'PATCH', 'DELETE', 'GET'], ['/api/registrations', '/api/applications'], (c) =>
    apiError(c, 405, 'method_not_allowed', 'Use POST.', { Allow: 'POST' }),
  );
  app.all('/api/*', (c) => apiError(c, 404, 'not_found', 'No such endpoint.'));

  app.route('/admin', adminRoutes(context));

  for (const [path, page] of Object.entries(context.pages)) {
    app.get(path, async (c) =>
      c.body(await page.body(), 200, {
        'Content-Type': `${page.type}; charset=utf-8`,
        'Content-Security-Policy': PAGE_CSP,
        'Cache-Control': 'no-cache',
      }),
    );
  }

  app.route('/', homeRoutes(context.programs));
  app.notFound((c) => c.text('Not found', 404));
  app.onError((error, c) => {
    // A fault of ours (the database is down, a bug): say it is temporary; the SDK retries 5xx with
    // the same key. Only the error's name and code are logged: messages can quote stored values.
    log(`error req=${c.get('requestId')} ${error.name}${(error as { code?: string }).code ? ` ${(error as { code?: string }).code}` : ''}`);
    return apiError(c, 503, 'unavailable', 'The server could not finish this request; try again.', { 'Retry-After': '5' });
  });
  return app;
}
