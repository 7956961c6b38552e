import { Hono, type Context, type Next } from 'hono';
import * as z from 'zod';
import { localize, translate } from '@endorsement-kit/sdk';
import type { ReceiverProgram } from '../config/receiver-program.js';
import type { Database } from '../db/database.js';
import { apiError } from '../http/api-error.js';
import { clientAddress } from '../http/client-address.js';
import { readJsonBody } from '../http/read-json-body.js';
import { adminPage, adminScript } from './admin-page.js';
import { checkLogin, setPassword } from './coordinator-accounts.js';
import { toCsv } from './csv.js';
import { createFailureCounter } from './failure-counter.js';
import { acceptRegistration, addNote, assignAdvisor, audit, auditTrail, deleteRecord, notesOf, setStatus } from './record-actions.js';
import { allApplications, findRecord, listRecords, PAGE_SIZE, type RecordFilter, type RecordRow } from './record-queries.js';
import { answersByStep, requirementSummary } from './record-view.js';
import { endAllSessions, endSession, readSession, startSession, type Coordinator } from './sessions.js';
import { APPLICATION_STATUSES, REGISTRATION_STATUSES } from './workflow.js';

/** What the workspace needs from the server. */
export interface AdminContext {
  db: Database;
  programs: readonly ReceiverProgram[];
  publicUrl: string | undefined;
  trustProxy: number;
  onMailQueued: () => void;
}

type Env = { Variables: { coordinator: Coordinator } };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const text = (max: number) => z.string().trim().min(1).max(max);
const bodies = {
  login: z.strictObject({ email: z.string().max(320), password: z.string().max(1000) }),
  password: z.strictObject({ token: z.string().max(200), password: z.string().max(1000) }),
  advisor: z.strictObject({ name: text(200), email: z.email().max(320) }),
  status: z.strictObject({ status: z.enum(APPLICATION_STATUSES), message: z.optional(z.string().trim().max(2000)) }),
  note: z.strictObject({ body: text(5000) }),
};

/**
 * The coordinator's workspace under `/admin`: the page, and its JSON API under `/admin/api`.
 * Every state-changing request must come from the server's own origin (Origin header) with a JSON
 * body; every record is looked up within the signed-in coordinator's programs only.
 */
export function adminRoutes(context: AdminContext) {
  const { db } = context;
  const byId = new Map(context.programs.map((entry) => [entry.program.id, entry]));
  // Failed sign-ins per client address per minute, besides the per-account lockout.
  const failures = createFailureCounter(10);
  const admin = new Hono<Env>();

  admin.use('/api/*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const origin = c.req.header('origin');
      const own = new Set([new URL(c.req.url).origin, context.publicUrl && new URL(context.publicUrl).origin]);
      if (!origin || !own.has(origin)) return apiError(c, 403, 'origin_mismatch', 'Changes are accepted only from the workspace page itself.');
    }
    await next();
  });

  async function json<T>(c: Context, schema: z.ZodType<T>): Promise<{ ok: true; value: T } | { ok: false; response: Response }> {
    const body = await readJsonBody(c.req.raw, 64 * 1024);
    if (!body.ok) return { ok: false, response: apiError(c, body.status, body.error, body.message) };
    const parsed = schema.safeParse(body.value);
    if (!parsed.success) return { ok: false, response: c.json({ issues: parsed.error.issues.map((i) => ({ path: i.path, code: i.code, message: i.message })) }, 422) };
    return { ok: true, value: parsed.data };
  }

  admin.post('/api/session', async (c) => {
    const address = clientAddress(c, context.trustProxy);
    const wait = failures.wait(address);
    if (wait > 0) return apiError(c, 429, 'rate_limited', 'Too many failed sign-ins from this address; try again in a minute.', { 'Retry-After': String(wait) });
    const body = await json(c, bodies.login);
    if (!body.ok) return body.response;
    const result = await checkLogin(db, body.value.email, body.value.password);
    if (!result.ok) failures.count(address);
    if (!result.ok && result.error === 'locked') return apiError(c, 429, 'locked', 'Too many wrong passwords with this address: signing in with it is paused for 15 minutes.');
    if (!result.ok) return apiError(c, 401, 'invalid_credentials', 'The email address or the password is wrong.');
    await startSession(db, c, result.coordinatorId);
    return c.json({ ok: true });
  });
  admin.post('/api/password', async (c) => {
    const body = await json(c, bodies.password);
    if (!body.ok) return body.response;
    const result = await setPassword(db, body.value.token, body.value.password);
    if (!result.ok) return apiError(c, result.error === 'weak_password' ? 422 : 400, result.error, result.error === 'weak_password' ? 'Choose a password of at least 12 characters.' : 'This link was used already or has expired; ask for a new one.');
    return c.json({ ok: true });
  });

  const signedIn = async (c: Context<Env>, next: Next) => {
    const coordinator = await readSession(db, c);
    if (!coordinator) return apiError(c, 401, 'signed_out', 'Sign in first.');
    // A program taken out of PROGRAMS keeps its records and memberships, but is not served.
    c.set('coordinator', { ...coordinator, programs: coordinator.programs.filter((id) => byId.has(id)) });
    await next();
  };
  admin.use('/api/me', signedIn);
  admin.use('/api/sign-out-everywhere', signedIn);
  admin.use('/api/records', signedIn);
  admin.use('/api/records/*', signedIn);
  admin.use('/api/export.*', signedIn);

  admin.delete('/api/session', async (c) => {
    await endSession(db, c);
    return c.json({ ok: true });
  });
  admin.post('/api/sign-out-everywhere', async (c) => {
    await endAllSessions(db, c.get('coordinator').id);
    await endSession(db, c);
    return c.json({ ok: true });
  });

  admin.get('/api/me', (c) => {
    const me = c.get('coordinator');
    const programs = me.programs.flatMap((id) => {
      const entry = byId.get(id);
      if (!entry) return [];
      const { program } = entry;
      const locale = program.defaultLocale;
      return [{
        id,
        name: localize(program.name, locale),
        locale,
        categories: Object.entries(program.categories).map(([code, category]) => ({ code, label: localize(category!.label, locale) })),
        statuses: [...REGISTRATION_STATUSES, ...APPLICATION_STATUSES].map((status) => ({ value: status, label: translate(program, locale, `ui.receipt.state.${status}`) })),
      }];
    });
    return c.json({ email: me.email, programs });
  });

  /** The request's filter, or a 403 when it names a program that is not the coordinator's. */
  function readFilter(c: Context<Env>): RecordFilter | Response {
    const q = (name: string) => c.req.query(name) || undefined;
    const filter = { q: q('q'), kind: q('kind'), status: q('status'), endorsement: q('endorsement'), category: q('category'), program: q('program'), from: q('from'), to: q('to') };
    if (filter.program && !c.get('coordinator').programs.includes(filter.program)) return apiError(c, 403, 'forbidden_program', 'You are not a coordinator of that program.');
    return filter;
  }
  const summary = (row: RecordRow) => {
    const applicant = (row.payload.applicant ?? {}) as Record<string, unknown>;
    return {
      id: row.id,
      kind: row.kind,
      program: row.program,
      status: row.status,
      receivedAt: new Date(row.received_at).toISOString(),
      name: `${String(applicant.givenName ?? '')} ${String(applicant.familyName ?? '')}`.trim(),
      email: String(applicant.email ?? ''),
      endorsement: String(row.payload.endorsement ?? ''),
      category: String(row.payload.category ?? ''),
      advisor: row.advisor,
    };
  };

  admin.get('/api/records', async (c) => {
    const filter = readFilter(c);
    if (filter instanceof Response) return filter;
    const page = Math.max(1, Math.min(10_000, Number.parseInt(c.req.query('page') ?? '1', 10) || 1));
    const { rows, total } = await listRecords(db, c.get('coordinator').programs, filter, page);
    return c.json({ items: rows.map(summary), total, page, pageSize: PAGE_SIZE });
  });

  /** The record named by `:id` within the coordinator's programs, or a 404 (also for another program's). */
  async function record(c: Context<Env>): Promise<RecordRow | Response> {
    const id = c.req.param('id') ?? '';
    const row = UUID.test(id) ? await findRecord(db, c.get('coordinator').programs, id) : undefined;
    return row ?? apiError(c, 404, 'not_found', 'No record with this reference in your programs.');
  }
  const programOf = (row: RecordRow) => byId.get(row.program)!.program;

  admin.get('/api/records/:id', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    const program = programOf(row);
    const locale = program.defaultLocale;
    const payload = row.payload;
    const mails = await db.query<{ purpose: string; recipient: string; state: string; created_at: Date | string }>('select purpose, recipient, state, created_at from mail_outbox where record_id = $1 order by id', [row.id]);
    return c.json({
      record: { ...summary(row), locale: row.locale, statusMessage: row.status_message, acceptedAt: row.accepted_at && new Date(row.accepted_at).toISOString(), programName: localize(program.name, locale) },
      steps: answersByStep(program, row.kind, payload, locale),
      requirements: row.kind === 'application' ? requirementSummary(program, payload, new Date(row.received_at).toISOString(), locale) : undefined,
      transcripts: (Array.isArray(payload.education) ? (payload.education as Record<string, unknown>[]) : []).map((e) => ({ level: String(e.level ?? ''), institution: String(e.institution ?? ''), transcript: String(e.transcript ?? '') })),
      references: (Array.isArray(payload.references) ? (payload.references as Record<string, unknown>[]) : []).map((r) => ({ name: String(r.name ?? ''), role: String(r.role ?? ''), endorsed: r.endorsed === true, waiveRight: r.waiveRight === true })),
      mails: mails.rows.map((m) => ({ purpose: m.purpose, recipient: m.recipient, state: m.state, at: new Date(m.created_at).toISOString() })),
      notes: await notesOf(db, row.id),
      audit: await auditTrail(db, row.id),
    });
  });

  admin.post('/api/records/:id/accept', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    if (row.kind !== 'registration') return apiError(c, 409, 'not_a_registration', 'Only a registration is accepted.');
    await acceptRegistration(db, row, c.get('coordinator').email);
    return c.json({ ok: true });
  });
  admin.post('/api/records/:id/advisor', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    const body = await json(c, bodies.advisor);
    if (!body.ok) return body.response;
    await assignAdvisor(db, programOf(row), row, body.value, c.get('coordinator').email);
    context.onMailQueued();
    return c.json({ ok: true });
  });
  admin.post('/api/records/:id/status', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    if (row.kind !== 'application') return apiError(c, 409, 'not_an_application', 'Only an application has a review status.');
    const body = await json(c, bodies.status);
    if (!body.ok) return body.response;
    const message = body.value.status === 'more_information_needed' ? body.value.message || null : null;
    if (body.value.status === 'more_information_needed' && !message) return c.json({ issues: [{ path: ['message'], code: 'required', message: 'Say what information is needed.' }] }, 422);
    await setStatus(db, row, body.value.status, message, c.get('coordinator').email);
    return c.json({ ok: true });
  });
  admin.post('/api/records/:id/notes', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    const body = await json(c, bodies.note);
    if (!body.ok) return body.response;
    await addNote(db, row, body.value.body, c.get('coordinator').email);
    return c.json({ ok: true });
  });
  admin.get('/api/records/:id/export', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    await audit(db, row, c.get('coordinator').email, 'exported');
    const whole = { ...summary(row), locale: row.locale, statusMessage: row.status_message, payload: row.payload, notes: await notesOf(db, row.id), audit: await auditTrail(db, row.id) };
    return c.body(JSON.stringify(whole, null, 2), 200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': `attachment; filename="record-${row.id}.json"` });
  });
  admin.delete('/api/records/:id', async (c) => {
    const row = await record(c);
    if (row instanceof Response) return row;
    await deleteRecord(db, row, c.get('coordinator').email);
    return c.json({ ok: true });
  });

  const exportRows = async (c: Context<Env>) => {
    const filter = readFilter(c);
    if (filter instanceof Response) return filter;
    return (await allApplications(db, c.get('coordinator').programs, filter)).map((row) => ({ row, requirements: requirementSummary(programOf(row), row.payload, new Date(row.received_at).toISOString(), programOf(row).defaultLocale) }));
  };
  admin.get('/api/export.json', async (c) => {
    const rows = await exportRows(c);
    if (rows instanceof Response) return rows;
    const body = rows.map(({ row, requirements }) => ({ ...summary(row), requirementsMet: requirements?.met ?? false, requirements: Object.fromEntries((requirements?.items ?? []).map((r) => [r.id, { state: r.state, detail: r.detail }])) }));
    return c.body(JSON.stringify(body, null, 2), 200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': 'attachment; filename="applications.json"' });
  });
  admin.get('/api/export.csv', async (c) => {
    const rows = await exportRows(c);
    if (rows instanceof Response) return rows;
    const ids = [...new Set(rows.flatMap(({ requirements }) => requirements?.items.map((r) => r.id) ?? []))];
    const header = ['id', 'program', 'received_at', 'status', 'given_name', 'family_name', 'email', 'endorsement', 'category', 'advisor_name', 'advisor_email', 'requirements_met', ...ids];
    const lines = rows.map(({ row, requirements }) => {
      const applicant = (row.payload.applicant ?? {}) as Record<string, unknown>;
      const byReq = new Map(requirements?.items.map((r) => [r.id, r.state === 'missing' ? `missing: ${r.detail}` : r.state]));
      return [row.id, row.program, new Date(row.received_at).toISOString(), row.status, applicant.givenName, applicant.familyName, applicant.email, row.payload.endorsement, row.payload.category, row.advisor?.name, row.advisor?.email, requirements?.met ? 'yes' : 'no', ...ids.map((id) => byReq.get(id) ?? '')];
    });
    return c.body(toCsv([header, ...lines]), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="applications.csv"' });
  });

  admin.all('/api/*', (c) => apiError(c, 404, 'not_found', 'No such endpoint.'));
  admin.get('/assets/workspace.js', adminScript);
  admin.get('/', adminPage);
  admin.get('/*', adminPage);
  return admin;
}
